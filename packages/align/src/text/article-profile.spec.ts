import { analyseSentence, scoreAnalysed, similarityFeatures } from '../similarity/similarity.js';
import { FEATURE_NAMES } from '../similarity/pair-features.js';
import { buildCorpus } from './corpus.js';

// Two look-alike events of one kind (two ferry sinkings), three articles each, invented for the test. The two
// sentences compared say nearly the same words; only the articles around them tell the events apart.
const ARTICLES: Record<string, string[]> = {
  'north-1': [
    'A ferry carrying 200 passengers sank off Port Meridian on Tuesday, the coast guard said.',
    'Captain Ilse Varga told reporters the Aurora Star listed sharply before dawn.',
    'Rescue boats searched the waters near Port Meridian through the night.',
    'Rescue teams searched the water for survivors as relatives gathered at the port.',
  ],
  'north-2': [
    'Rescuers pulled survivors from the sea after the ferry went down.',
    'The Aurora Star left Port Meridian late on Monday with 200 people aboard.',
    'Ilse Varga, the ship captain, said the engine failed.',
  ],
  'north-3': ['Officials in Port Meridian said the Aurora Star had passed an inspection in May.', 'Varga was among the rescued.'],
  'south-1': [
    'A passenger boat capsized near Lake Tobrin on Saturday, killing 14 people.',
    'Officials said the Blue Heron was overloaded when it left Kessel harbour.',
    'Divers from Kessel recovered more bodies from Lake Tobrin on Sunday.',
    'Rescue teams searched the water for more survivors as relatives gathered at the harbour.',
  ],
  'south-2': [
    'The Blue Heron was carrying 80 people across Lake Tobrin, police chief Omar Delacroix said.',
    'Omar Delacroix said the owner was arrested.',
  ],
  'south-3': ['Families waited on the shore of Lake Tobrin for news.', 'Kessel residents blamed the storm for the capsizing.'],
};
const ids = Object.keys(ARTICLES).flatMap((id) => ARTICLES[id]!.map(() => id));
const texts = Object.values(ARTICLES).flat();
const corpus = buildCorpus(texts, { articleIds: ids });
const clash = FEATURE_NAMES.indexOf('articleClash');

describe('article profiles (the names and figures around a sentence)', () => {
  const a = ARTICLES['north-1']![3]!;
  const b = ARTICLES['south-1']![3]!;

  it('find no clash between outlets that report the same event', () => {
    const x = analyseSentence(ARTICLES['north-1']![0]!, corpus, 'north-1');
    const y = analyseSentence(ARTICLES['north-2']![1]!, corpus, 'north-2');
    expect(similarityFeatures(x, y)[clash]).toBe(0);
  });

  it('clash between articles on a look-alike event, and the clash lowers the score', () => {
    const x = analyseSentence(a, corpus, 'north-1');
    const y = analyseSentence(b, corpus, 'south-1');
    expect(similarityFeatures(x, y)[clash]).toBeGreaterThan(0.5);
    const loose = scoreAnalysed(analyseSentence(a, corpus), analyseSentence(b, corpus));
    expect(loose).toBeGreaterThan(0.5);
    expect(scoreAnalysed(x, y)).toBeLessThan(loose - 0.2);
  });

  it('are left out when the article is not known (two loose sentences)', () => {
    expect(similarityFeatures(analyseSentence(a, corpus), analyseSentence(b, corpus))[clash]).toBe(0);
    expect(similarityFeatures(analyseSentence(a, corpus, 'unknown'), analyseSentence(b, corpus, 'south-1'))[clash]).toBe(0);
  });
});
