#!/usr/bin/env node
/**
 * Alignment quality on public, human-labelled data kept outside the repository (../shared/datasets), plus the
 * sample articles. Thresholds are fitted on the train splits; every figure is printed from the dev splits.
 *   - STS-B headlines: Pearson with the gold score; F1 at gold >= 4 and at gold >= 3; a binary accuracy in the
 *     manner of MSRP (which is not in ../shared/datasets), with the threshold fitted for accuracy on train.
 *   - ECB+ cross-document sentence pairs: precision / recall / F1 of "same event" and the look-alike false-positive
 *     rate (pooled, and the mean over topics), at three thresholds: the F1-best on train, the lowest that keeps the
 *     look-alike rate <= 20 % on train, and the product's own operating floor (LEARNED_FLOOR of the aligner).
 *   - ECB+ document level: alignArticles on pairs of documents, precision and recall of its cross-document links.
 *   - Sample articles: cross-outlet link P/R/F1 and shared claims found, against the careful reading in
 *     packages/align/src/__fixtures__/seed-claims.ts (through tsx, see lib/samples.mjs).
 * Skips with a message (exit 0) when the data sets are absent. Usage: npm run bench:quality [-- --no-vectors]
 */
import { datasetsDir } from './lib/datasets.mjs';
import { bestThreshold, pearson, prf, thresholdForRate } from './lib/metrics.mjs';
import { ecbSet, jaccard, loadAligner, loadVectors, stsbSet } from './lib/pair-sets.mjs';
import { documentLevel } from './lib/doc-level.mjs';
import { sampleArticles } from './lib/samples.mjs';

const pct = (x) => (100 * x).toFixed(1);
const LOOK_ALIKE_CAP = 0.2;
const dir = datasetsDir();
const align = await loadAligner();
const vectors = loadVectors(align, !process.argv.includes('--no-vectors'));
const floor = align.LEARNED_FLOOR;
const scorers = [
  ['similarity', (p) => p.predicted, floor],
  ['token Jaccard', (p) => jaccard(p.a, p.b), undefined],
];
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
  for (const [name, score, operating] of scorers) {
    const pearsonDev = pearson(
      dev.map(score),
      dev.map((p) => p.score),
    ).toFixed(3);
    console.log(`STS-B headlines dev (${dev.length} pairs), ${name}: Pearson ${pearsonDev}`);
    for (const gold of [4, 3]) {
      const trainGold = train.map((p) => p.score >= gold);
      const devGold = dev.map((p) => p.score >= gold);
      const rules = [
        ['F1-best on train', bestThreshold(train.map(score), trainGold)],
        ['accuracy-best on train (MSRP-like)', bestThreshold(train.map(score), trainGold, 'accuracy')],
        ...(operating === undefined ? [] : [['product floor', operating]]),
      ];
      for (const [rule, t] of rules) {
        const r = prf(dev.map(score), devGold, t);
        console.log(
          `  gold >= ${gold}, ${rule.padEnd(34)} t=${t.toFixed(3)}: P ${pct(r.precision)} R ${pct(r.recall)} F1 ${pct(r.f1)} acc ${pct(r.accuracy)}`,
        );
      }
    }
  }
}

function ecbFigures() {
  const train = ecbSet(align, dir, 'train', vectors);
  const dev = ecbSet(align, dir, 'dev', vectors);
  const lookAlikeDev = dev.filter((p) => p.lookAlike).length;
  console.log(`ECB+ dev cross-document sentence pairs: ${dev.length}, of which ${lookAlikeDev} look-alike (the topic's other event)`);
  for (const [name, score, operating] of scorers) {
    const free = bestThreshold(
      train.map(score),
      train.map((p) => p.same),
    );
    const capped = thresholdForRate(train.filter((p) => p.lookAlike).map(score), LOOK_ALIKE_CAP);
    const rules = [
      ['F1-best on train', free],
      [`look-alike FPR <= ${pct(LOOK_ALIKE_CAP)} % on train`, Math.max(free, capped)],
      ...(operating === undefined ? [] : [['product floor (LEARNED_FLOOR)', operating]]),
    ];
    console.log(`  ${name}:`);
    for (const [rule, t] of rules) {
      const r = prf(
        dev.map(score),
        dev.map((p) => p.same),
        t,
      );
      const fpr = lookAlikeRates(dev, score, t);
      const trainFpr = lookAlikeRates(train, score, t);
      console.log(
        `    ${rule.padEnd(34)} t=${t.toFixed(3)}: P ${pct(r.precision)} R ${pct(r.recall)} F1 ${pct(r.f1)} acc ${pct(r.accuracy)}; ` +
          `look-alike FPR ${pct(fpr.pooled)} % (per-topic mean ${pct(fpr.perTopic)} %; train ${pct(trainFpr.pooled)} %)`,
      );
    }
  }
}

/** The share of look-alike pairs predicted positive, pooled and as the mean of each topic's share. */
function lookAlikeRates(pairs, score, t) {
  const byTopic = new Map();
  for (const p of pairs) {
    if (!p.lookAlike) continue;
    const cell = byTopic.get(p.topic) ?? byTopic.set(p.topic, { n: 0, hit: 0 }).get(p.topic);
    cell.n++;
    if (score(p) >= t) cell.hit++;
  }
  const cells = [...byTopic.values()];
  const n = cells.reduce((s, c) => s + c.n, 0);
  return {
    pooled: cells.reduce((s, c) => s + c.hit, 0) / (n || 1),
    perTopic: cells.reduce((s, c) => s + c.hit / c.n, 0) / (cells.length || 1),
  };
}
