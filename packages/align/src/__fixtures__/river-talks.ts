import type { AlignArticle } from '../types.js';

/**
 * An invented comparison, written for the tests (not from the seeds): three outlets on talks between two
 * invented countries. Every article names both countries and the prime minister, so those names alone must
 * never link two different claims. A1 folds two commitments that outlet B reports in two sentences.
 */
export const RIVER_TALKS: Readonly<Record<string, readonly string[]>> = {
  A: [
    'Ministers from Norland and Estavia agreed on Tuesday to build a joint hydroelectric dam on the Vell River.',
    'The two governments also pledged to share flood warnings along the river, and they called for an immediate ceasefire in the Korran region.',
    'Norland’s Prime Minister Anja Berg said the project would create 4,000 jobs.',
    'Estavia will fund 60 percent of the construction costs.',
    'The two sides signed a long-term water-sharing agreement.',
  ],
  B: [
    'Norland and Estavia on Tuesday agreed to build a hydroelectric dam together on the Vell River.',
    'Both governments pledged to share flood warnings along the river with each other.',
    'They also urged an immediate ceasefire in the Korran region.',
    'Prime Minister Anja Berg said the dam would create about 4,000 jobs.',
    'Critics in Norland warned that the reservoir would flood three villages.',
    'Norland and Estavia also concluded a long-term water-sharing agreement.',
  ],
  C: [
    'Norland and Estavia signed a deal to construct a hydroelectric dam on the Vell River, officials said.',
    'Estavia is to pay 60 percent of the construction costs.',
    'Anja Berg, Norland’s prime minister, visited a school in the capital of Estavia in March.',
    'The agreement follows two years of negotiations between Norland and Estavia.',
  ],
};

/** The id of sentence `index` of article `article`, e.g. "B:2". */
export const rid = (article: string, index: number): string => `${article}:${index}`;

/** The invented comparison as alignment input. */
export function riverTalks(): AlignArticle[] {
  return Object.entries(RIVER_TALKS).map(([id, sentences]) => ({
    id,
    outletName: `Outlet ${id}`,
    kind: 'NEWS' as const,
    segments: sentences.map((text, index) => ({ id: rid(id, index), articleId: id, index, text })),
  }));
}
