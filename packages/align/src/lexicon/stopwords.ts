/**
 * Function words that carry no claim content. They are kept in the token stream (for n-grams and diffs) but get
 * no weight in similarity and never start or end a label.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am among an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having he her
  here hers herself him himself his how i if in into is it its itself just me more most my myself nor of off on
  once only or other our ours ourselves out over own same she should so some such than that the their theirs them
  themselves then there these they this those through to too under until up very was we were what when where which
  while who whom why will with would you your yours yourself yourselves upon per via amid within without whether
  s t don shall may might must us one ones another since although though despite unless thus hence indeed yet
  therefore whereas`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Frequent words of news prose. With no corpus to measure rarity, they get a reduced weight so that "said" or
 * "countries" cannot make two unrelated sentences look alike.
 */
export const COMMON_NEWS_WORDS: ReadonlySet<string> = new Set(
  `say said says saying tell told state stated statement add added note noted according report reported also well
  two three side sides country countries nation nations year years day days time new first second last next
  people official officials government leader leaders meet met meeting talk talks hold held make made take took
  give gave include including includ includes included issue issues matter matters part way use used need needs
  agree agreed agreement continue continued further both other many several various number mr ms president minister
  week month today yesterday major key important recent recently area areas term terms level high large big small
  percent per world international national regional global public general end begin began come came go went get got
  see seen show shown set put call called work working done like just even still already however meanwhile
  additionally moreover addition part role way effort efforts`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that make poor claim labels on their own even when rare in a comparison (reporting and framing verbs). */
export const WEAK_LABEL_WORDS: ReadonlySet<string> = new Set(
  `said says stated told added noted reiterated reaffirmed reiterate reaffirm agreed agree emphasized emphasised
  stressed underlined underscored highlighted expressed welcomed pledged vowed called urged discussed reported
  according also further both sides side two countries nations mutual other statement joint issued during
  including well additionally meanwhile however moreover its their his her they them`
    .split(/\s+/)
    .filter(Boolean),
);
