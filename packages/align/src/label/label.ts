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
  sentences.slice(0, MAX_TEXTS).forEach((f, index) => collectCandidates(f, index, corpus, candidates));
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

function collectCandidates(f: SentenceFeatures, index: number, corpus: Corpus, out: Map<string, Candidate>): void {
  const words = f.tokens.filter((t) => t.kind !== 'punct' || t.text === '-');
  for (let i = 0; i < words.length; i++) {
    let weight = 0;
    for (let n = 1, j = i; n <= MAX_WORDS && j < words.length; j++) {
      const token = words[j]!;
      if (token.text === '-') continue;
      if (j > i && !joined(words, j)) break;
      weight += tokenWeight(token, corpus);
      if (!token.stop && !words[i]!.stop) addCandidate(out, f, words.slice(i, j + 1), weight, index);
      n++;
    }
  }
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

function addCandidate(out: Map<string, Candidate>, f: SentenceFeatures, run: Token[], weight: number, index: number): void {
  const words = run.filter((t) => t.kind !== 'punct');
  if (words.every((t) => t.kind === 'number')) return;
  const keys = words.map((t) => t.key).join(' ');
  let c = out.get(keys);
  if (!c) out.set(keys, (c = { keys, weight, texts: new Set(), surfaces: new Map() }));
  c.texts.add(index);
  const surface = displayForm(f, run);
  c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
}

function displayForm(f: SentenceFeatures, run: Token[]): string {
  const text = f.text.slice(run[0]!.start, run[run.length - 1]!.end).replace(/\s+/g, ' ');
  const first = run[0]!;
  const atStart = !f.tokens.some((t) => t.end <= first.start && t.kind !== 'punct');
  const isName = f.entities.some((e) => e.surface.split(' ')[0] === first.text) && !atStart;
  return atStart && !isName && first.text.length > 1 && first.text !== first.text.toUpperCase() ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function mostCommonSurface(c: Candidate): string {
  return [...c.surfaces].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

function fallbackLabel(f: SentenceFeatures | undefined): string {
  if (!f) return '';
  return f.tokens.filter((t) => t.kind !== 'punct').slice(0, MAX_WORDS).map((t) => t.text).join(' ');
}
