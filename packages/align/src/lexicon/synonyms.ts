/**
 * Small, hand-kept lexicons for news and diplomatic prose. They are deliberately conservative: each group holds
 * words an editor would swap for one another when rewriting wire copy, so a match is evidence a reader accepts.
 */

/** Groups of interchangeable words; the first word names the group in evidence. */
export const SYNONYM_GROUPS: readonly string[] = [
  'firm unwavering steadfast staunch resolute unswerving unflinching strong solid robust',
  'firmly unwaveringly steadfastly staunchly resolutely strongly',
  'reaffirm reiterate restate reassert renew',
  'support backing back endorse uphold',
  'condemn denounce deplore',
  'terrorism terrorist terror counterterrorism',
  'militant militancy insurgent insurgency extremist extremism',
  'combat fight counter tackle battle counteract',
  'eliminate eradicate dismantle destroy',
  'cooperation collaboration',
  'cooperate collaborate',
  'strengthen bolster boost enhance deepen intensify reinforce solidify consolidate improve',
  'expand broaden widen extend',
  'agree pledge vow commit promise',
  'inalienable inseparable integral indivisible',
  'ensure guarantee',
  'protect safeguard defend shield',
  'safety security',
  'personnel staff workers employees',
  'nationals citizens',
  'attack assault strike raid',
  'killed slain',
  'visit trip tour',
  'meet met',
  'talks dialogue discussions negotiations',
  'statement communique communiqué declaration',
  'ties relations relationship',
  'important significant crucial vital essential',
  'resolve settle solve',
  'resolution settlement',
  'dispute conflict',
  'accelerate expedite',
  'praise commend laud hail applaud',
  'urge encourage',
  'help assist aid',
  'large big major',
  'begin start launch commence',
  'buy purchase acquire procure',
  'rise increase grow surge climb',
  'fall decrease decline drop',
  'announce unveil',
  'soil territory',
  'groups organisations organizations outfits',
  'country nation',
  'economic economy',
  'stability stable',
  'peaceful peacefully peace',
  'emphasize emphasise stress underline underscore highlight',
  'chief head',
  'premier prime',
];

/** Adjectives of nationality and their country, so "the Pakistani side" and "Pakistan" share a term. */
export const DEMONYMS: Readonly<Record<string, string>> = {
  pakistani: 'pakistan', pakistanis: 'pakistan', chinese: 'china', afghan: 'afghanistan', afghans: 'afghanistan',
  indian: 'india', indians: 'india', american: 'america', americans: 'america', russian: 'russia',
  iranian: 'iran', palestinian: 'palestine', palestinians: 'palestine', israeli: 'israel', israelis: 'israel',
  japanese: 'japan', british: 'britain', french: 'france', german: 'germany', turkish: 'turkey',
  ukrainian: 'ukraine', egyptian: 'egypt', saudi: 'saudi', korean: 'korea', european: 'europe',
  bangladeshi: 'bangladesh', iraqi: 'iraq', syrian: 'syria', nepalese: 'nepal', nepali: 'nepal',
  tibetan: 'tibet', taiwanese: 'taiwan', kashmiri: 'kashmir', emirati: 'uae', qatari: 'qatar',
};

/**
 * Different names for the same place or body. A match counts as shared for similarity but is reported as an
 * ENTITY difference, because which name an outlet uses is itself a choice worth showing ("Tibet" vs "Xizang").
 */
export const ENTITY_ALIASES: readonly string[][] = [
  ['tibet', 'xizang'],
  ['turkey', 'turkiye', 'türkiye'],
  ['myanmar', 'burma'],
  ['kyiv', 'kiev'],
  ['mumbai', 'bombay'],
  ['beijing', 'peking'],
  ['ivory coast', "cote d'ivoire", 'côte d’ivoire'],
  ['czechia', 'czech republic'],
  ['eswatini', 'swaziland'],
  ['uae', 'united arab emirates'],
  ['uk', 'united kingdom', 'britain'],
  ['usa', 'united states', 'america'],
];

/** British spellings folded to American ones before stemming. */
export const BRITISH_SPELLINGS: Readonly<Record<string, string>> = {
  defence: 'defense', programme: 'program', programmes: 'programs', centre: 'center', centres: 'centers',
  labour: 'labor', favour: 'favor', honour: 'honor', neighbouring: 'neighboring', neighbour: 'neighbor',
  neighbours: 'neighbors', emphasise: 'emphasize', emphasised: 'emphasized', emphasising: 'emphasizing',
  recognise: 'recognize', recognised: 'recognized', normalise: 'normalize', organise: 'organize',
  organised: 'organized', criticise: 'criticize', criticised: 'criticized', prioritise: 'prioritize',
  modernise: 'modernize', realise: 'realize', authorise: 'authorize', minimise: 'minimize', maximise: 'maximize',
  utilise: 'utilize', mobilise: 'mobilize', stabilise: 'stabilize', jeopardise: 'jeopardize', apologise: 'apologize',
  capitalise: 'capitalize', characterise: 'characterize', finalise: 'finalize', summarise: 'summarize',
  travelled: 'traveled', travelling: 'traveling', cancelled: 'canceled', endeavour: 'endeavor', behaviour: 'behavior',
};
