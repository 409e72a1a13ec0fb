/**
 * ECB+ at document level: for every pair of documents of a dev topic, alignArticles aligns their validated
 * sentences; a predicted link is two sentences of different documents in one claim. Precision and recall against
 * the gold (shared event), over all pairs, with the look-alike pairs (documents of the two different events) apart.
 */
import { loadEcbTopics } from './datasets.mjs';

export function documentLevel(align, dir, vectors) {
  const totals = { tp: 0, fp: 0, fn: 0, lookAlikeLinks: 0, lookAlikePairs: 0 };
  for (const docs of loadEcbTopics(dir, 'dev')) {
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) countPair(align, docs[i], docs[j], vectors, totals);
    }
  }
  const precision = totals.tp / (totals.tp + totals.fp || 1);
  const recall = totals.tp / (totals.tp + totals.fn || 1);
  console.log(
    `ECB+ dev document pairs, alignArticles: P ${(100 * precision).toFixed(1)} R ${(100 * recall).toFixed(1)}; ` +
      `look-alike document pairs with any link ${totals.lookAlikeLinks}/${totals.lookAlikePairs}`,
  );
}

function countPair(align, x, y, vectors, totals) {
  const article = (doc) => ({
    id: doc.doc_id,
    kind: 'NEWS',
    segments: doc.sentences
      .filter((s) => s.validated)
      .map((s) => ({ id: `${doc.doc_id}:${s.sid}`, articleId: doc.doc_id, index: s.sid, text: s.text })),
  });
  const events = new Map(
    [x, y].flatMap((d) => d.sentences.filter((s) => s.validated).map((s) => [`${d.doc_id}:${s.sid}`, new Set(s.events)])),
  );
  const result = align.alignArticles([article(x), article(y)], { wordVectors: vectors, singletons: 'unaligned' });
  const predicted = new Set();
  for (const claim of result.claims) {
    for (const a of claim.links)
      for (const b of claim.links) if (a.articleId === x.doc_id && b.articleId === y.doc_id) predicted.add(`${a.segmentId}|${b.segmentId}`);
  }
  for (const [ia, ea] of events) {
    if (!ia.startsWith(`${x.doc_id}:`)) continue;
    for (const [ib, eb] of events) {
      if (!ib.startsWith(`${y.doc_id}:`)) continue;
      const same = [...ea].some((e) => eb.has(e));
      const hit = predicted.has(`${ia}|${ib}`);
      if (same && hit) totals.tp++;
      else if (hit) totals.fp++;
      else if (same) totals.fn++;
    }
  }
  if (x.subtopic !== y.subtopic) {
    totals.lookAlikePairs++;
    if (predicted.size) totals.lookAlikeLinks++;
  }
}
