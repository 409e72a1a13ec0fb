#!/usr/bin/env node
/**
 * Alignment quality on public, human-labelled data kept outside the repository (../shared/datasets), plus the
 * sample articles. Thresholds are fitted on the train splits; every figure is printed from the dev splits.
 *   - STS-B headlines: Pearson with the gold score; F1 at gold >= 4 and at gold >= 3.
 *   - ECB+ cross-document sentence pairs: precision / recall / F1 of "same event", look-alike false-positive rate.
 *   - ECB+ document level: alignArticles on pairs of documents, precision and recall of its cross-document links.
 *   - Sample articles: cross-outlet link P/R/F1 and shared claims found, against the careful reading in
 *     packages/align/src/__fixtures__/seed-claims.ts (through dist-fixtures, see below).
 * Skips with a message (exit 0) when the data sets are absent. Usage: npm run bench:quality
 */
import { datasetsDir } from './lib/datasets.mjs';
import { bestThreshold, pearson, prf } from './lib/metrics.mjs';
import { ecbSet, jaccard, loadAligner, loadVectors, stsbSet } from './lib/pair-sets.mjs';
import { documentLevel } from './lib/doc-level.mjs';
import { sampleArticles } from './lib/samples.mjs';

const pct = (x) => (100 * x).toFixed(1);
const dir = datasetsDir();
const align = await loadAligner();
const vectors = loadVectors(align, !process.argv.includes('--no-vectors'));
if (!dir) console.log('bench:quality: ../shared/datasets is absent (set PARALLAX_DATASETS); data-set figures skipped.');
else {
  stsbFigures();
  ecbFigures();
  documentLevel(align, dir, vectors);
}
await sampleArticles(align, vectors);

function stsbFigures() {
  const train = stsbSet(align, dir, 'train', vectors);
  const dev = stsbSet(align, dir, 'dev', vectors);
  for (const [name, score] of [
    ['similarity', (p) => p.predicted],
    ['token Jaccard', (p) => jaccard(p.a, p.b)],
  ]) {
    const cells = [4, 3].map((gold) => {
      const t = bestThreshold(
        train.map(score),
        train.map((p) => p.score >= gold),
      );
      const r = prf(
        dev.map(score),
        dev.map((p) => p.score >= gold),
        t,
      );
      return `F1@${gold} ${pct(r.f1)} (t=${t})`;
    });
    console.log(
      `STS-B headlines dev, ${name}: Pearson ${pearson(
        dev.map(score),
        dev.map((p) => p.score),
      ).toFixed(3)}; ${cells.join('; ')}`,
    );
  }
}

function ecbFigures() {
  const train = ecbSet(align, dir, 'train', vectors);
  const dev = ecbSet(align, dir, 'dev', vectors);
  for (const [name, score] of [
    ['similarity', (p) => p.predicted],
    ['token Jaccard', (p) => jaccard(p.a, p.b)],
  ]) {
    const lookAlike = dev.filter((p) => p.lookAlike);
    const trainLookAlike = train
      .filter((p) => p.lookAlike)
      .map(score)
      .sort((a, b) => a - b);
    // Best F1 on train, and best F1 on train among thresholds that keep train look-alike FPR <= 20 %.
    const capped = trainLookAlike[Math.floor(0.8 * trainLookAlike.length)];
    const free = bestThreshold(
      train.map(score),
      train.map((p) => p.same),
    );
    for (const [rule, t] of [
      ['F1-best', free],
      ['FPR<=20% on train', Math.max(free, capped)],
    ]) {
      const r = prf(
        dev.map(score),
        dev.map((p) => p.same),
        t,
      );
      const fpr = lookAlike.filter((p) => score(p) >= t).length / lookAlike.length;
      console.log(
        `ECB+ dev sentence pairs (${dev.length}, ${lookAlike.length} look-alike), ${name}, ${rule}: P ${pct(r.precision)} R ${pct(r.recall)} F1 ${pct(r.f1)} acc ${pct(r.accuracy)}; look-alike FPR ${pct(fpr)} (t=${t.toFixed(3)})`,
      );
    }
  }
}
