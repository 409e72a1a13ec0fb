/** Shape measurements of one unit, computed once and shared by every classifier. */
export interface UnitFeatures {
  words: number;
  chars: number;
  /** Ends like a sentence: . ! ? or … possibly followed by closing quotes or brackets. */
  terminal: boolean;
  endsColon: boolean;
  startsUpper: boolean;
  startsLower: boolean;
  bullet: boolean;
  /** Share of content words (not "of", "the" …) that start with a capital letter. */
  titleRatio: number;
  functionWords: number;
  /** Headline-style verb cue: a common headline verb, an infinitive, or a kicker ("China visit: …"). */
  verbCue: boolean;
  /** Lower-cased letters and digits only, single-spaced: the key for repeated-ness. */
  key: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const TERMINAL = /[.!?…]["'”’»)\]*]*$/;
const BULLET = /^[•·●▪■◦*]\s*|^[-–—]\s/;
const KICKER = /^[^:]{2,40}:\s+\S+\s+\S+\s+\S+/;
const INFINITIVE = /\bto\s+[a-z]{3,}/;
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

/** Measures one unit of text. */
export function measure(text: string): UnitFeatures {
  let words = 0;
  let content = 0;
  let capitalised = 0;
  let functionWords = 0;
  let verbCue = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    words += 1;
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
  const first = text.charAt(0);
  return {
    words,
    chars: text.length,
    terminal: TERMINAL.test(text),
    endsColon: text.endsWith(':'),
    startsUpper: first !== first.toLowerCase(),
    startsLower: first !== first.toUpperCase(),
    bullet: BULLET.test(text),
    titleRatio: content === 0 ? 0 : capitalised / content,
    functionWords,
    verbCue: verbCue || INFINITIVE.test(text) || KICKER.test(text),
    key: normaliseKey(text),
  };
}

/** Lower-cases and keeps only letters and digits, single-spaced, so near-identical lines compare equal. */
export function normaliseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
