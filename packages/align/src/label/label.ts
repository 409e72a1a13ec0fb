import { WEAK_LABEL_WORDS } from '../lexicon/stopwords.js';
import { DEFAULT_CORPUS, type Corpus } from '../text/corpus.js';
import { sentenceFeatures, type SentenceFeatures } from '../text/features.js';
import type { Token } from '../text/tokenize.js';

/** A candidate label: a run of 1 to 4 words, its rarity-weighted score, and how it was written each time. */
interface Candidate {
  keys: string;
  weight: number;
  texts: Set<number>;
  surfaces: Map<string, number>;
}

const MAX_WORDS = 4;
const MAX_TEXTS = 40;

/**
 * Names a claim by its most telling phrase: the run of up to four words that most of its sentences share and
 * that weighs most by rarity ("one-China principle", "Kashmir dispute", "Gwadar Port"). Runs never start or end
 * on a function word, reporting verbs ("reiterated", "said") weigh little, and the phrase is shown as most often
 * written, lower-cased at a sentence start unless it is a name.
 */
export function claimLabel(texts: string[], corpus: Corpus = DEFAULT_CORPUS): string {
  return labelFromFeatures(texts.slice(0, MAX_TEXTS).map(sentenceFeatures), corpus);
}

/** {@link claimLabel} on sentences already analysed. */
export function labelFromFeatures(sentences: readonly SentenceFeatures[], corpus: Corpus): string {
  const candidates = new Map<string, Candidate>();
  const names = capitalisedMidSentence(sentences.slice(0, MAX_TEXTS));
  sentences.slice(0, MAX_TEXTS).forEach((f, index) => collectCandidates(f, index, corpus, candidates, names));
  let best: Candidate | undefined;
  let bestScore = 0;
  const needed = Math.min(2, sentences.length);
  for (const c of candidates.values()) {
    const support = c.texts.size / sentences.length;
    const score = c.weight * (c.texts.size >= needed ? 1 : 0.35) * (0.4 + 0.6 * support);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best ? mostCommonSurface(best) : fallbackLabel(sentences[0]);
}

/** Words written with a capital somewhere other than at a sentence start: names, whatever their position. */
function capitalisedMidSentence(sentences: readonly SentenceFeatures[]): Set<string> {
  const names = new Set<string>();
  for (const f of sentences) {
    const words = f.tokens.filter((t) => t.kind !== 'punct');
    words.slice(1).forEach((t) => t.cap && names.add(t.norm));
  }
  return names;
}

function collectCandidates(f: SentenceFeatures, index: number, corpus: Corpus, out: Map<string, Candidate>, names: Set<string>): void {
  const words = f.tokens.filter((t) => t.kind !== 'punct' || t.text === '-');
  for (let i = 0; i < words.length; i++) {
    let weight = 0;
    for (let n = 1, j = i; n <= MAX_WORDS && j < words.length; j++) {
      const token = words[j]!;
      if (token.text === '-') continue;
      if (j > i && !joined(words, j)) break;
      weight += tokenWeight(token, corpus);
      if (!token.stop && canStart(words, i)) addCandidate(out, f, words.slice(i, j + 1), weight, index, names);
      n++;
    }
  }
}

// A phrase starts on a content word, or on a function word fused to the next by a hyphen ("one-China").
function canStart(words: Token[], i: number): boolean {
  const first = words[i]!;
  if (first.kind === 'punct') return false;
  return !first.stop || (words[i + 1]?.text === '-' && words[i + 1]!.start === first.end);
}

// Words of one phrase sit next to each other: separated by a space or a hyphen, not by a comma or a bracket.
function joined(words: Token[], j: number): boolean {
  const gap = words[j - 1]!.end === words[j]!.start || words[j]!.start - words[j - 1]!.end === 1;
  return gap && (words[j - 1]!.kind !== 'punct' || words[j - 1]!.text === '-');
}

function tokenWeight(token: Token, corpus: Corpus): number {
  if (token.stop) return 0;
  const base = corpus.weight(token.key);
  // Verbs in the past tense and reporting words name the act of saying, not what was said.
  if (WEAK_LABEL_WORDS.has(token.norm)) return base * 0.15;
  if (!token.cap && /ed$/.test(token.norm)) return base * 0.4;
  return base;
}

function addCandidate(out: Map<string, Candidate>, f: SentenceFeatures, run: Token[], weight: number, index: number, names: Set<string>): void {
  const words = run.filter((t) => t.kind !== 'punct');
  if (words.every((t) => t.kind === 'number')) return;
  // Labels quote the sentences, so candidates are keyed by stem: a synonym swap is not the same phrase.
  const keys = words.map((t) => t.stem).join(' ');
  let c = out.get(keys);
  if (!c) out.set(keys, (c = { keys, weight, texts: new Set(), surfaces: new Map() }));
  c.texts.add(index);
  const surface = displayForm(f, run, names);
  c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
}

// A capital that only marks a sentence start is dropped; a name keeps it (seen capitalised elsewhere, or followed
// by another capitalised word, as in "Gwadar Port").
function displayForm(f: SentenceFeatures, run: Token[], names: Set<string>): string {
  const text = f.text.slice(run[0]!.start, run[run.length - 1]!.end).replace(/\s+/g, ' ');
  const first = run[0]!;
  const atStart = !f.tokens.some((t) => t.end <= first.start && t.kind !== 'punct');
  if (!atStart || !first.cap || first.text === first.text.toUpperCase()) return text;
  const isName = names.has(first.norm) || (run[1] !== undefined && run[1].cap && run[1].kind === 'word');
  return isName ? text : text[0]!.toLowerCase() + text.slice(1);
}

function mostCommonSurface(c: Candidate): string {
  return [...c.surfaces].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

function fallbackLabel(f: SentenceFeatures | undefined): string {
  if (!f) return '';
  return f.tokens.filter((t) => t.kind !== 'punct').slice(0, MAX_WORDS).map((t) => t.text).join(' ');
}
