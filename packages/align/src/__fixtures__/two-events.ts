import type { ThreadEventInput } from '../threads/types.js';

/**
 * Two invented events (not the seeds): a 2024 Norway–Chile summit and a 2025 ministerial meeting, reported by
 * three outlets. Each claim restates, softens, re-numbers, re-attributes or renames a commitment of the first.
 */
const OUTLETS = { nordic: 'Nordic Wire', andes: 'Andes Daily', harbour: 'Harbour Times' };

type Said = [outlet: keyof typeof OUTLETS, text: string];

function event(
  id: string,
  title: string,
  date: string,
  outlets: (keyof typeof OUTLETS)[],
  claims: Record<string, Said[]>,
): ThreadEventInput {
  const articles = outlets.map((o) => ({ id: `${id}-${o}`, outlet: OUTLETS[o] }));
  let n = 0;
  return {
    id,
    title,
    date,
    articles,
    claims: Object.entries(claims).map(([claimId, said]) => ({
      id: `${id}-${claimId}`,
      label: claimId,
      sentences: said.map(([o, text]) => ({ segmentId: `${id}-s${n++}`, articleId: `${id}-${o}`, outlet: OUTLETS[o], index: n, text })),
    })),
  };
}

export const SUMMIT_2024 = event('summit', 'Norway–Chile summit', '2024-03-03', ['nordic', 'andes', 'harbour'], {
  arctic: [
    ['nordic', "Norway reaffirmed its firm support for Chile's bid to join the Arctic Council as an observer."],
    ['andes', "Norway reaffirmed its firm support for Chile's bid to join the Arctic Council as an observer state."],
    ['harbour', "Oslo firmly backs Chile's bid to join the Arctic Council as an observer, Norway said."],
  ],
  trade: [
    ['nordic', 'The two sides agreed to raise bilateral trade to 5 billion dollars by 2027.'],
    ['andes', 'Both countries agreed to raise bilateral trade to 5 billion dollars by 2027.'],
  ],
  fishing: [
    ['nordic', 'The two sides condemned illegal fishing by foreign trawlers in the South Pacific.'],
    ['harbour', 'The two sides condemned illegal fishing by foreign trawlers in the South Pacific.'],
  ],
  salmon: [['andes', 'Both sides pledged to expand the salmon farming partnership with Mowi and Salmones Camanchaca.']],
  opening: [['nordic', 'Ministers met in Oslo on 3 March to open the talks on the salmon farming partnership.']],
  festival: [['harbour', 'A folk festival in the old harbour drew record crowds over the weekend.']],
});

export const MINISTERIAL_2025 = event('ministerial', 'Norway–Chile ministerial', '2025-05-05', ['nordic', 'andes', 'harbour'], {
  arctic: [
    ['nordic', "Norway said it may support Chile's bid to join the Arctic Council as an observer."],
    ['andes', "Norway reaffirmed its firm support for Chile's bid to join the Arctic Council as an observer state."],
  ],
  trade: [
    ['nordic', 'The two sides agreed to raise bilateral trade to 8 billion dollars by 2027.'],
    ['andes', 'Both countries agreed to raise bilateral trade to 8 billion dollars by 2027.'],
  ],
  fishing: [['nordic', 'Chile condemned illegal fishing by foreign trawlers in the South Pacific.']],
  salmon: [['andes', 'Both sides pledged to expand the salmon farming partnership with Mowi and AquaChile.']],
  opening: [['nordic', 'Ministers met in Santiago on 5 May to open the talks on the salmon farming partnership.']],
  copper: [['harbour', 'Chile will export more copper cathodes to Norwegian battery makers next year.']],
});
