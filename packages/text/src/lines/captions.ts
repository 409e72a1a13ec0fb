import { normaliseKey } from './features.js';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_AT_END = new RegExp(
  `(?:\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\b\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{4})\\s*[.)]?$`,
  'i',
);
const CREDIT_NAMES =
  'reuters|afp|ap|epa|getty images|getty|xinhua|app|ppi|anadolu(?: agency)?|aa|ani|pti|ians|file|handout|supplied|courtesy(?: [\\w .-]+)?|shutterstock|bloomberg|nyt|the associated press|associated press|[a-z]+/[a-z][\\w .-]+';
// "… 2025. Reuters", "… (Photo: AFP)", "… | Photo: Reuters", "… REUTERS/Jane Doe".
const TRAILING_CREDIT = new RegExp(
  `(?:[.)]\\s+|\\s[|/]\\s*|\\s[-–—]\\s*(?=photo|image|file))(?:\\(?(?:photo|image|picture|pic|file photo|photograph)s?\\s*(?:by|:|credit:?)?\\s*)?\\(?(?:${CREDIT_NAMES})\\)?\\.?$`,
  'i',
);
// "(Photo: AFP)", "(AP Photo/Anjum Naveed, File)", "Photograph: Jane Doe/Reuters", "Photo by Jane Doe".
const PHOTO_CREDIT_ANYWHERE =
  /\([^()]{0,30}\b(?:photo|image|picture)s?\b[^()]*\)|\b(?:photo|photograph|image|picture)s?\s*(?:by\b|credits?\b|:)\s*:?\s*[\p{Lu}]/iu;
const PHOTO_PREFIX =
  /^(?:(?:file|file photo|photo|image|picture|pic|caption|illustration|photograph|this (?:photo|picture|image)|in this (?:photo|picture|image|handout))\b\s*[:|,–—-]|(?:a )?(?:file )?(?:photo|picture|image|photograph)s? (?:of|shows?|taken|showing|from)\b)/i;
// Present-tense verbs that describe what a photo shows; news prose reports in the past tense.
const PHOTO_VERBS =
  /\b(?:walk|walks|shake|shakes|pose|poses|posing|attend|attends|speak|speaks|speaking|gesture|gestures|gesturing|arrive|arrives|arriving|meet|meets|sit|sits|sitting|stand|stands|standing|wave|waves|waving|hold|holds|holding|greet|greets|greeting|listen|listens|listening|review|reviews|inspect|inspects|look|looks|looking|talk|talks|talking|chair|chairs|chairing|address|addresses|addressing|receive|receives|receiving|sign|signs|signing|lay|lays|laying|hug|hugs|enter|enters|watch|watches|watching|deliver|delivers|welcome|welcomes|welcoming|inaugurate|inaugurates|wait|waits|waiting|march|marches|marching|pray|prays|praying|celebrate|celebrates|celebrating|take part|takes part|are seen|is seen|seen here|pictured)\b/i;

// "… in Riyadh on Tuesday. — PM Office": a one-sentence description followed by a dashed credit.
const DASH_CREDIT = /[.]\s*[—–-]{1,2}\s*[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}\p{Ll}][\p{L}.]*){0,3}$/u;
// Prose that reports ("said", "will sign") rather than describes a picture.
const REPORTING = /\b(?:said|says|was|were|had|has|have|will|would|shall|can|could|may|might|did|does|to be)\b/i;

// Captions are told by their last words (credit, date): end-anchored patterns only look at this tail,
// which keeps them from being retried at every position of a long paragraph.
const TAIL = 100;
const CREDIT_LAST_WORDS = new Set(
  'reuters afp ap epa images getty xinhua app ppi anadolu agency aa ani pti ians file handout supplied shutterstock bloomberg nyt press'.split(
    ' ',
  ),
);
const ENDS_WITH_DIGIT = /\d[.)]?\s*$/;
const PHOTO_HINT = /[Pp]hoto|[Ii]mage|[Pp]icture|PHOTO|IMAGE|PICTURE/;

/**
 * Why a unit is a caption, or null when it is not one. `keyOf` gives the unit's comparison key; it is
 * called only when earlier captions exist, to spot the same caption repeated.
 */
export function captionReason(text: string, words: number, knownCaptionKeys: readonly string[], keyOf: () => string): string | null {
  if (words < 4 || words > 90) return null;
  if (PHOTO_PREFIX.test(text)) return 'starts like a photo caption ("Photo:", "File photo" …)';
  const tail = text.length > TAIL ? text.slice(-TAIL) : text;
  const head = text.length > TAIL ? text.slice(0, TAIL) : '';
  if ((PHOTO_HINT.test(tail) && PHOTO_CREDIT_ANYWHERE.test(tail)) || (PHOTO_HINT.test(head) && PHOTO_CREDIT_ANYWHERE.test(head))) {
    return 'carries a photo credit';
  }
  const sentences = countSentenceEnds(text);
  if (sentences <= 2) {
    const describes = (): boolean => PHOTO_VERBS.test(text) && !REPORTING.test(text);
    if (mayEndWithCredit(tail) && TRAILING_CREDIT.test(tail) && (DATE_AT_END.test(stripCredit(tail)) || PHOTO_VERBS.test(text))) {
      return 'ends with a photo credit after a one-line description';
    }
    if (DASH_CREDIT.test(tail) && describes()) return 'describes a picture in the present tense and ends with a credit';
    if (sentences === 1 && ENDS_WITH_DIGIT.test(tail) && DATE_AT_END.test(tail) && describes()) {
      return 'describes a picture in the present tense and ends with the date it was taken';
    }
  }
  // Keys are compared only when the first words already agree: computing one per paragraph is costly.
  if (knownCaptionKeys.some((known) => known.startsWith(leadKey(text)))) {
    const key = keyOf();
    for (const known of knownCaptionKeys) {
      if (key.length >= 30 && (known.startsWith(key) || key.startsWith(known))) return 'repeats a caption';
    }
  }
  return null;
}

// A cheap look at the last word before the credit pattern runs: most paragraphs end in ordinary words.
function mayEndWithCredit(tail: string): boolean {
  const last = tail
    .slice(tail.lastIndexOf(' ') + 1)
    .replace(/[.)\]]+$/, '')
    .toLowerCase();
  // "(Xinhua/Li Xueren)", "(AP Photo/Anjum Naveed)": an agency and a photographer in brackets.
  return CREDIT_LAST_WORDS.has(last) || last.includes('/') || tail.includes('ourtesy') || /\([^()]*\/[^()]*\)\.?$/.test(tail);
}

function leadKey(text: string): string {
  return normaliseKey(text.slice(0, 24)).slice(0, 16);
}

function stripCredit(text: string): string {
  return text.replace(TRAILING_CREDIT, '.').trim();
}

// Counts sentence ends cheaply (". " followed by a capital); captions are one sentence plus a credit.
function countSentenceEnds(text: string): number {
  let count = 0;
  for (let i = text.indexOf('. '); i !== -1; i = text.indexOf('. ', i + 2)) {
    const next = text.charAt(i + 2);
    // "Feb. 5, 2025. (Xinhua/…)": abbreviations and credits after a full stop do not start sentences.
    if (next !== next.toLowerCase()) count += 1;
  }
  return count + 1;
}
