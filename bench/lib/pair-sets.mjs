/**
 * Turns the data sets into scored pairs with the aligner's own analysis: each STS-B split is one corpus (rarity
 * over its headlines); each ECB+ topic is one comparison (its documents are the articles, so terms every document
 * repeats are discounted exactly as in a real comparison).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ecbPairs, loadEcbTopics, loadStsb } from './datasets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Imports the built aligner (npm run build -w @parallax/align first). */
export async function loadAligner() {
  return import(process.env.ALIGN_DIST ?? join(root, 'packages', 'align', 'dist', 'index.js'));
}

/** The committed word-vector subset, decoded, or undefined when `use` is false. */
export function loadVectors(align, use = true) {
  if (!use || !align.decodeWordVectors) return undefined;
  return align.decodeWordVectors(new Uint8Array(readFileSync(join(root, 'packages', 'align', 'data', 'word-vectors.bin'))));
}

/** A scorer of text pairs within one corpus: features and score, whichever the built aligner offers. */
function scorer(align, texts, corpusOptions) {
  const corpus = align.buildCorpus(texts, corpusOptions);
  if (!align.analyseSentence) return { score: (a, b) => align.similarity(a, b, corpus).score, features: () => [] };
  const cache = new Map();
  // A sentence is analysed in its article when the pair names one (ECB+), so the article's names take part.
  const get = (t, doc) => {
    const key = `${doc ?? ''}\u0000${t}`;
    return cache.get(key) ?? cache.set(key, align.analyseSentence(t, corpus, doc)).get(key);
  };
  return {
    score: (a, b, docA, docB) => align.scoreAnalysed(get(a, docA), get(b, docB)),
    features: (a, b, docA, docB) => align.similarityFeatures(get(a, docA), get(b, docB)),
  };
}

/** STS-B pairs with features, score and gold. */
export function stsbSet(align, dir, split, vectors) {
  const pairs = loadStsb(dir, split);
  const s = scorer(
    align,
    pairs.flatMap((p) => [p.a, p.b]),
    { vectors },
  );
  return pairs.map((p) => ({ ...p, x: s.features(p.a, p.b), predicted: s.score(p.a, p.b) }));
}

/** ECB+ cross-document sentence pairs with features, score, gold and the look-alike mark. */
export function ecbSet(align, dir, split, vectors) {
  return loadEcbTopics(dir, split).flatMap((docs) => {
    const texts = docs.flatMap((d) => d.sentences.map((s) => s.text));
    const articleIds = docs.flatMap((d) => d.sentences.map(() => d.doc_id));
    const s = scorer(align, texts, { vectors, articleIds });
    return ecbPairs(docs).map((p) => ({ ...p, x: s.features(p.a, p.b, p.docA, p.docB), predicted: s.score(p.a, p.b, p.docA, p.docB) }));
  });
}

/** Plain token Jaccard, the lexical floor every figure is compared with. */
export function jaccard(a, b) {
  const words = (t) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / (x.size + y.size - shared || 1);
}
