// The states and blocs a story is about, read from its headline and lead: two reports of one joint
// statement name the same parties, and two statements weeks apart usually do not.
const PARTIES: [string, string][] = [
  ['China', 'China|Chinese|Beijing'],
  ['Pakistan', 'Pakistan|Pakistani|Pak|Islamabad'],
  ['India', 'India|Indian|New Delhi'],
  ['United States', 'United States|U\\.S\\.(?! dollars?)|US(?! dollars?)|USA|American|Washington|White House'],
  ['European Union', 'European Union|EU|Brussels|European Council|European Commission'],
  ['Saudi Arabia', 'Saudi Arabia|Saudi|Riyadh|Kingdom of Saudi Arabia'],
  ['United Arab Emirates', 'United Arab Emirates|UAE|Emirati|Abu Dhabi'],
  ['Qatar', 'Qatar|Qatari|Doha'],
  ['Iran', 'Iran|Iranian|Tehran'],
  ['Afghanistan', 'Afghanistan|Afghan|Kabul'],
  ['Bangladesh', 'Bangladesh|Bangladeshi|Dhaka'],
  ['Sri Lanka', 'Sri Lanka|Sri Lankan|Colombo'],
  ['Nepal', 'Nepal|Nepalese|Nepali|Kathmandu'],
  ['Russia', 'Russia|Russian|Moscow|Kremlin'],
  ['Ukraine', 'Ukraine|Ukrainian|Kyiv'],
  ['Turkey', 'Turkey|Türkiye|Turkiye|Turkish|Ankara'],
  ['Japan', 'Japan|Japanese|Tokyo'],
  ['South Korea', 'South Korea|South Korean|Seoul'],
  ['North Korea', 'North Korea|North Korean|Pyongyang'],
  ['United Kingdom', 'United Kingdom|UK|Britain|British|London'],
  ['France', 'France|French|Paris'],
  ['Germany', 'Germany|German|Berlin'],
  ['Israel', 'Israel|Israeli'],
  ['Egypt', 'Egypt|Egyptian|Cairo'],
  ['Indonesia', 'Indonesia|Indonesian|Jakarta'],
  ['Malaysia', 'Malaysia|Malaysian|Kuala Lumpur'],
  ['Australia', 'Australia|Australian|Canberra'],
  ['Brazil', 'Brazil|Brazilian|Brasília|Brasilia'],
  ['Kazakhstan', 'Kazakhstan|Kazakh|Astana'],
  ['Uzbekistan', 'Uzbekistan|Uzbek|Tashkent'],
];
const MATCHERS = PARTIES.map(([name, alt]) => [name, new RegExp(`(?<![\\p{L}-])(?:${alt})(?![\\p{L}-])`, 'u')] as const);
const ANY_PARTY = new RegExp(`^(?:${PARTIES.map(([, alt]) => alt).join('|')})$`, 'u');
// "China-Pakistan", "Pak-Saudi", "India-EU-US": hyphenated names of states, each a party. Other hyphenated
// words ("Pakistan-based", "US-made") name no party.
const HYPHENATED = /(?<![\p{L}-])[\p{L}.]+(?:-[\p{L}.]+)+(?![\p{L}-])/gu;
const LEAD_CHARS = 600;

/** True when the words name a state or its capital, in any case ("ISLAMABAD", "New Delhi", "Tokyo"). */
export function isPartyName(words: string): boolean {
  const titled = words
    .trim()
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  return ANY_PARTY.test(titled) || ANY_PARTY.test(words.trim());
}

/** The parties named in the headline and the first few sentences of the body. */
// "ANKARA:", "NEW DELHI, Oct 21 (PTI)": datelines print the capital in capitals; a run of capital words with
// one of four letters or more is read in title case ("US", "EU" and "UAE" stay as printed).
const CAPITAL_RUN = /\b\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*\b/gu;
function titleCaseRuns(text: string): string {
  return text.replace(CAPITAL_RUN, (run) =>
    /\p{Lu}{4}/u.test(run) ? run.toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()) : run,
  );
}

export function partiesOf(headline: string | null, body: string): Set<string> {
  const lead = titleCaseRuns(`${headline ?? ''}\n${body.slice(0, LEAD_CHARS)}`).replace(HYPHENATED, (words) => {
    const parts = words.split('-');
    return parts.every((p) => ANY_PARTY.test(p)) ? parts.join(' ') : words;
  });
  return new Set(MATCHERS.filter(([, re]) => re.test(lead)).map(([name]) => name));
}
