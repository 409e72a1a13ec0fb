import { NOT_WORD_CHARS } from '../hash/letters.js';

const TERMINAL = /[.!?…]["'”’»)\]*]*$/;
const BULLET = /^[•·●▪■◦*]\s*|^[-–—]\s/;
const KICKER = /^[^:]{2,40}:\s+\S+\s+\S+\s+\S+/;
const INFINITIVE = /\bto\s+[a-z]{3,}/;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const FUNCTION_WORDS = new Set(
  'the a an of to in on for and or but with at by from as is are was were be been has have had that this it its their his her which who will would not into than over after'.split(
    ' ',
  ),
);
const HEADLINE_VERBS = new Set(
  (
    'agree agrees sign signs meet meets call calls vow vows say says said urge urges warn warns kill kills killed ' +
    'launch launches reject rejects seek seeks hold holds held announce announces condemn condemns reaffirm reaffirms ' +
    'pledge pledges deepen deepens strengthen strengthens boost boosts bolster bolsters discuss discusses visit visits ' +
    'arrive arrives hit hits slam slams back backs eye eyes mull mulls plan plans face faces win wins claim claims ' +
    'deny denies accuse accuses ban bans approve approves open opens begin begins end ends ask asks push pushes ' +
    'expect expects reach reaches welcome welcomes express expresses stress stresses lead leads join joins fall falls ' +
    'rise rises rose fell die dies died is are was were will has have calls seeks signs criticizes criticises cut cuts'
  ).split(' '),
);

/**
 * Shape measurements of one unit. The cheap ones are computed at once; the word-level ones (title case,
 * function words, verb cue) and the comparison key only when a classifier asks, because most units are
 * plain paragraphs that never need them.
 */
export class UnitFeatures {
  readonly words: number;
  readonly chars: number;
  /** Ends like a sentence: . ! ? or … possibly followed by closing quotes or brackets. */
  readonly terminal: boolean;
  readonly endsColon: boolean;
  readonly startsUpper: boolean;
  readonly startsLower: boolean;
  readonly bullet: boolean;
  private readonly text: string;
  private shape?: { titleRatio: number; functionWords: number; verbCue: boolean };
  private keyCache?: string;

  /** Measures one unit of text. */
  constructor(text: string) {
    this.text = text;
    this.words = countWords(text);
    this.chars = text.length;
    this.terminal = TERMINAL.test(text);
    this.endsColon = text.endsWith(':');
    const first = text.charAt(0);
    this.startsUpper = first !== first.toLowerCase();
    this.startsLower = first !== first.toUpperCase();
    this.bullet = BULLET.test(text);
  }

  /** Share of content words (not "of", "the" …) that start with a capital letter. */
  get titleRatio(): number {
    return this.wordShape().titleRatio;
  }

  /** Number of function words ("the", "of", "was" …): prose has many, labels have none. */
  get functionWords(): number {
    return this.wordShape().functionWords;
  }

  /** Headline-style verb cue: a common headline verb, an infinitive, or a kicker ("China visit: …"). */
  get verbCue(): boolean {
    return this.wordShape().verbCue;
  }

  /** Lower-cased letters and digits only, single-spaced: the key for repeated-ness. */
  get key(): string {
    this.keyCache ??= normaliseKey(this.text);
    return this.keyCache;
  }

  private wordShape(): { titleRatio: number; functionWords: number; verbCue: boolean } {
    this.shape ??= measureWords(this.text);
    return this.shape;
  }
}

/** Measures one unit of text. */
export function measure(text: string): UnitFeatures {
  return new UnitFeatures(text);
}

/** Lower-cases and keeps only letters and digits, single-spaced, so near-identical lines compare equal. */
export function normaliseKey(text: string): string {
  return text.toLowerCase().replace(NOT_WORD_CHARS, ' ').trim();
}

// Counts whitespace-separated tokens that hold at least one letter or digit, without allocating.
function countWords(text: string): number {
  let words = 0;
  let inToken = false;
  let hasWordChar = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 160 || (c >= 9 && c <= 13) || c === 0x202f || (c >= 0x2000 && c <= 0x200b)) {
      if (inToken && hasWordChar) words += 1;
      inToken = false;
      hasWordChar = false;
    } else {
      inToken = true;
      hasWordChar ||= isWordChar(c);
    }
  }
  return inToken && hasWordChar ? words + 1 : words;
}

// ASCII letters and digits, and any non-ASCII character outside the Latin-1 and general punctuation
// blocks: close enough to "letter" for counting words.
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f);
}

function measureWords(text: string): { titleRatio: number; functionWords: number; verbCue: boolean } {
  let content = 0;
  let capitalised = 0;
  let functionWords = 0;
  let verbCue = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const token = m[0];
    const lower = token.toLowerCase();
    if (FUNCTION_WORDS.has(lower)) {
      functionWords += 1;
      continue;
    }
    content += 1;
    if (token !== lower && token[0] !== lower[0]) capitalised += 1;
    if (!verbCue && token === lower && (HEADLINE_VERBS.has(lower) || (lower.length >= 5 && lower.endsWith('ed')))) {
      verbCue = true;
    }
  }
  return {
    titleRatio: content === 0 ? 0 : capitalised / content,
    functionWords,
    verbCue: verbCue || INFINITIVE.test(text) || KICKER.test(text),
  };
}
