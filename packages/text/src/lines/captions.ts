import { normaliseKey } from './features.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_AT_END = new RegExp(
  `(?:\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\b\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{4})\\s*[.)]?$`,
  'i',
);
const CREDIT_NAMES =
  'reuters|afp|ap|epa|getty images|getty|xinhua|app|ppi|anadolu(?: agency)?|aa|ani|pti|ians|file|handout|supplied|courtesy(?: [\\w .-]+)?|shutterstock|bloomberg|nyt|the associated press|associated press|[a-z]+/[a-z][\\w .-]+';
// "… 2025. Reuters", "… (Photo: AFP)", "… | Photo: Reuters", "… REUTERS/Jane Doe".
const TRAILING_CREDIT = new RegExp(
  `(?:[.)]\\s+|\\s[|/]\\s*|\\s[-–—]\\s*(?=photo|image|file))(?:\\(?(?:photo|image|picture|pic|file photo|photograph)s?\\s*(?:by|:|credit:?)?\\s*)?(?:${CREDIT_NAMES})\\)?\\.?$`,
  'i',
);
const PHOTO_CREDIT_ANYWHERE = /\((?:photo|image|picture|file photo)s?\s*(?::|by|credit)[^)]*\)|\b(?:photo|image|picture)s?\s*(?:by|credit)\s*:?\s*[\p{Lu}]/iu;
const PHOTO_PREFIX = /^(?:file photo|photo|image|picture|pic|caption|illustration|photograph|this (?:photo|picture|image)|in this (?:photo|picture|image|handout))\b[\s:|,–—-]/i;
// Present-tense verbs that describe what a photo shows; news prose reports in the past tense.
const PHOTO_VERBS =
  /\b(?:walk|walks|shake|shakes|pose|poses|posing|attend|attends|speak|speaks|speaking|gesture|gestures|gesturing|arrive|arrives|arriving|meet|meets|sit|sits|sitting|stand|stands|standing|wave|waves|waving|hold|holds|holding|greet|greets|greeting|listen|listens|listening|review|reviews|inspect|inspects|look|looks|looking|talk|talks|talking|chair|chairs|chairing|address|addresses|addressing|receive|receives|receiving|sign|signs|signing|lay|lays|laying|hug|hugs|enter|enters|watch|watches|watching|deliver|delivers|welcome|welcomes|welcoming|inaugurate|inaugurates|wait|waits|waiting|march|marches|marching|pray|prays|praying|celebrate|celebrates|celebrating|take part|takes part|are seen|is seen|seen here|pictured)\b/i;

// "… in Riyadh on Tuesday. — PM Office": a one-sentence description followed by a dashed credit.
const DASH_CREDIT = /[.]\s*[—–-]{1,2}\s*[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}\p{Ll}][\p{L}.]*){0,3}$/u;
// Prose that reports ("said", "will sign") rather than describes a picture.
const REPORTING = /\b(?:said|says|was|were|had|has|have|will|would|shall|can|could|may|might|did|does|to be)\b/i;

/** Why a unit is a caption, or null when it is not one. */
export function captionReason(text: string, words: number, knownCaptionKeys: readonly string[]): string | null {
  if (words < 4 || words > 90) return null;
  if (PHOTO_PREFIX.test(text)) return 'starts like a photo caption ("Photo:", "File photo" …)';
  if (PHOTO_CREDIT_ANYWHERE.test(text)) return 'carries a photo credit';
  const sentences = countSentenceEnds(text);
  if (sentences <= 2 && TRAILING_CREDIT.test(text) && (DATE_AT_END.test(stripCredit(text)) || PHOTO_VERBS.test(text))) {
    return 'ends with a photo credit after a one-line description';
  }
  if (sentences <= 2 && DASH_CREDIT.test(text) && PHOTO_VERBS.test(text) && !REPORTING.test(text)) {
    return 'describes a picture in the present tense and ends with a credit';
  }
  if (sentences <= 1 && DATE_AT_END.test(text) && PHOTO_VERBS.test(text) && !REPORTING.test(text)) {
    return 'describes a picture in the present tense and ends with the date it was taken';
  }
  if (knownCaptionKeys.length > 0) {
    const key = normaliseKey(text);
    for (const known of knownCaptionKeys) {
      if (key.length >= 30 && (known.startsWith(key) || key.startsWith(known))) return 'repeats a caption';
    }
  }
  return null;
}

function stripCredit(text: string): string {
  return text.replace(TRAILING_CREDIT, '.').trim();
}

// Counts sentence ends cheaply (". " followed by a capital); captions are one sentence plus a credit.
function countSentenceEnds(text: string): number {
  let count = 0;
  for (let i = text.indexOf('. '); i !== -1; i = text.indexOf('. ', i + 2)) count += 1;
  return count + 1;
}
