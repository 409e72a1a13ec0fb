import { MONTHS, WEEKDAYS } from '../lexicon/cues.js';
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
  /** True when the phrase holds a date (a month, a weekday or a year). */
  dated: boolean;
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
  return labelOptions(sentences, corpus)[0] ?? fallbackLabel(sentences[0]);
}

/**
 * The label candidates of a claim, best first (at most `limit`), so that a caller naming many claims can skip
 * a label another claim already has. Single words rank below phrases: "interim" or "bilateral" name nothing.
 */
export function labelOptions(sentences: readonly SentenceFeatures[], corpus: Corpus, limit = 6): string[] {
  const candidates = new Map<string, Candidate>();
  const names = capitalisedMidSentence(sentences.slice(0, MAX_TEXTS));
  sentences.slice(0, MAX_TEXTS).forEach((f, index) => collectCandidates(f, index, corpus, candidates, names));
  const needed = Math.min(2, sentences.length);
  const scored = [...candidates.values()].map((c) => {
    const support = c.texts.size / sentences.length;
    const single = c.keys.includes(' ') ? 1 : SINGLE_WORD_FACTOR;
    // Dates identify an occasion, not what was said ("February 4 to 8").
    const dated = c.dated ? DATED_FACTOR : 1;
    return { c, score: c.weight * single * dated * (c.texts.size >= needed ? 1 : 0.35) * (0.4 + 0.6 * support) };
  });
  scored.sort((a, b) => b.score - a.score || (a.c.keys < b.c.keys ? -1 : 1));
  const out: string[] = [];
  for (const { c } of scored) {
    const label = mostCommonSurface(c);
    if (!out.includes(label)) out.push(label);
    if (out.length >= limit) break;
  }
  return out;
}

const SINGLE_WORD_FACTOR = 0.45;
const DATED_FACTOR = 0.3;
const TITLE_WORDS = new Set('president premier minister prime deputy counterpart spokesperson spokesman chairman'.split(' '));
const PREPOSITIONS = new Set('along across toward towards onto amid near beyond following alongside throughout'.split(' '));
const GENERIC_HEADS = new Set('port city province region airport district river valley strip state sea island islands'.split(' '));
const PHRASE_GLUE = new Set(['of', 'and', 'the', 'in', 'on', 'for', 'to', 'with', 'a', 'an']);

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
      // Inside a label only the glue of noun phrases may appear ("Belt and Road", "visit to Pakistan"), not the
      // verbs and pronouns that make it a clause fragment ("Taiwan is an inseparable").
      if (token.stop && j > i && !PHRASE_GLUE.has(token.norm)) break;
      weight += tokenWeight(token, corpus);
      if (canStart(words, i) && canEnd(words, j)) addCandidate(out, f, words.slice(i, j + 1), weight, index, names);
      n++;
    }
  }
}

// A phrase starts on a content word, or on a function word fused to the next by a hyphen ("one-China"); never
// inside a hyphenated compound ("weather" of "all-weather") and never on a verb form or a reporting word.
function canStart(words: Token[], i: number): boolean {
  const first = words[i]!;
  if (first.kind === 'punct' || fusedToPrevious(words, i)) return false;
  if (WEAK_LABEL_WORDS.has(first.norm) || TITLE_WORDS.has(first.norm) || (!first.cap && /(?:ed|ly|ing)$/.test(first.norm))) return false;
  // Never from the middle of a name ("Zones" of "Special Economic Zones").
  if (first.cap && isNameWord(words[i - 1]) && words[i - 1]!.end + 1 === first.start && !atSentenceStart(words, i - 1)) return false;
  return !first.stop || (words[i + 1]?.text === '-' && words[i + 1]!.start === first.end);
}

// A phrase ends on a word that can close a noun phrase: not a function word, reporting word, participle
// ("aimed") or adverb, and not inside a hyphenated compound ("all" of "all-weather").
function canEnd(words: Token[], j: number): boolean {
  const last = words[j]!;
  if (last.stop || last.kind === 'punct' || fusedToNext(words, j)) return false;
  if (WEAK_LABEL_WORDS.has(last.norm) || PREPOSITIONS.has(last.norm)) return false;
  // Nor before the generic head that completes a name ("Korran" of "Korran region").
  if (last.cap && GENERIC_HEADS.has(words[j + 1]?.norm ?? '') && words[j + 1]!.start === last.end + 1) return false;
  // Nor up to the middle of one ("China-Pakistan" of "China-Pakistan Economic Corridor").
  const next = words[j + 1];
  if (isNameWord(next) && next!.start === last.end + 1 && (last.cap || words[j - 1]?.text === '-')) return false;
  return last.cap || !/(?:ed|ly|ing)$/.test(last.norm);
}

function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.cap && !t.stop;
}

function atSentenceStart(words: Token[], i: number): boolean {
  return !words.slice(0, i).some((t) => t.kind !== 'punct');
}

function fusedToPrevious(words: Token[], i: number): boolean {
  const prev = words[i - 1];
  return prev !== undefined && prev.text === '-' && prev.end === words[i]!.start;
}

function fusedToNext(words: Token[], j: number): boolean {
  const next = words[j + 1];
  return next !== undefined && next.text === '-' && next.start === words[j]!.end;
}

// Words of one phrase sit next to each other: separated by a space or a hyphen, not by a comma or a bracket.
function joined(words: Token[], j: number): boolean {
  const gap = words[j - 1]!.end === words[j]!.start || words[j]!.start - words[j - 1]!.end === 1;
  return gap && (words[j - 1]!.kind !== 'punct' || words[j - 1]!.text === '-');
}

function tokenWeight(token: Token, corpus: Corpus): number {
  if (token.stop) return 0;
  const base = corpus.weight(token.key);
  // Titles and the names of participants most articles repeat say who, not what: "President Zardari" is no label.
  if (TITLE_WORDS.has(token.norm)) return base * 0.15;
  if (token.cap && (corpus.articleShare?.(token.key) ?? 0) >= 0.5) return base * 0.3;
  // Verbs in the past tense and reporting words name the act of saying, not what was said.
  if (WEAK_LABEL_WORDS.has(token.norm)) return base * 0.15;
  if (!token.cap && /ed$/.test(token.norm)) return base * 0.4;
  return base;
}

function addCandidate(
  out: Map<string, Candidate>,
  f: SentenceFeatures,
  run: Token[],
  weight: number,
  index: number,
  names: Set<string>,
): void {
  const words = run.filter((t) => t.kind !== 'punct');
  if (words.every((t) => t.kind === 'number')) return;
  // Labels quote the sentences, so candidates are keyed by stem: a synonym swap is not the same phrase.
  const keys = words.map((t) => t.stem).join(' ');
  let c = out.get(keys);
  const dated = words.some((t) => MONTHS[t.norm] !== undefined || WEEKDAYS.has(t.norm) || /^(?:19|20)\d\d$/.test(t.text));
  if (!c) out.set(keys, (c = { keys, weight, texts: new Set(), surfaces: new Map(), dated }));
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
  return f.tokens
    .filter((t) => t.kind !== 'punct')
    .slice(0, MAX_WORDS)
    .map((t) => t.text)
    .join(' ');
}
