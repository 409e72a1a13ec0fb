#!/usr/bin/env node
/**
 * Fits the similarity model (packages/align/src/similarity/model-weights.ts) by logistic regression over the
 * aligner's pair features, on the TRAIN splits only: STS-B headlines (soft target: gold score / 5) and ECB+
 * train topics (same event or not); STS-B carries 80 % of the weight (STS_SHARE), which keeps dev Pearson ≥ 0.80
 * now that ECB+ pairs also carry the article-level clash (an STS-B pair has no article), and ECB+ look-alike pairs
 * weigh twice a plain ECB+ pair (LOOK_ALIKE). Dev splits are left to
 * bench/quality.mjs. Usage: npm run build -w @parallax/align && node bench/fit-similarity.mjs
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetsDir } from './lib/datasets.mjs';
import { fitLogistic } from './lib/logistic.mjs';
import { ecbSet, loadAligner, loadVectors, stsbSet } from './lib/pair-sets.mjs';

const dir = datasetsDir();
if (!dir) {
  console.log('fit-similarity: ../shared/datasets is absent; nothing fitted.');
  process.exit(0);
}
const align = await loadAligner();
const vectors = loadVectors(align);
const sts = stsbSet(align, dir, 'train', vectors);
const ecb = ecbSet(align, dir, 'train', vectors);
const rows = [...sts.map((p) => p.x), ...ecb.map((p) => p.x)];
const targets = [...sts.map((p) => p.score / 5), ...ecb.map((p) => (p.same ? 1 : 0))];
const stsShare = Number(process.env.STS_SHARE ?? 0.8);
// Look-alike pairs (the other event of a topic) are the errors a journalist cannot afford: they weigh LOOK_ALIKE
// times a plain pair within ECB+'s share, so the fit buys a lower look-alike rate with a little recall.
const lookAlike = Number(process.env.LOOK_ALIKE ?? 2);
const ecbMass = ecb.reduce((sum, p) => sum + (p.lookAlike ? lookAlike : 1), 0);
const weights = [
  ...sts.map(() => stsShare / sts.length),
  ...ecb.map((p) => ((1 - stsShare) * (p.lookAlike ? lookAlike : 1)) / ecbMass),
].map((w) => w * rows.length);
const fitted = fitLogistic(rows, targets, weights, { l2: 1 });
const named = Object.fromEntries(align.FEATURE_NAMES.map((name, i) => [name, Math.round(fitted.weights[i] * 1e4) / 1e4]));
const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'align', 'src', 'similarity', 'model-weights.ts');
writeFileSync(
  file,
  `import type { SimilarityModel } from './model.js';

/**
 * Written by bench/fit-similarity.mjs: logistic regression over FEATURE_NAMES, fitted on the train splits of
 * STS-B headlines (Cer et al., SemEval-2017; scores CC BY-SA 4.0) and ECB+ topics (Cybulska & Vossen, LREC 2014;
 * annotation CC BY 3.0). Only these numbers are derived from the data; no text of it is in the repository.
 * ${sts.length} STS-B pairs and ${ecb.length} ECB+ pairs, STS-B ${Math.round(stsShare * 100)} % of the weight, ECB+ ${Math.round((1 - stsShare) * 100)} % (look-alike
 * pairs ${lookAlike}× a plain pair), L2 = 1.
 */
export const SIMILARITY_MODEL: SimilarityModel = {
  bias: ${Math.round(fitted.bias * 1e4) / 1e4},
  weights: ${JSON.stringify(named, null, 4)
    .replace(/"(\w+)":/g, '$1:')
    .replace(/\n}/, ',\n  }')},
};
`,
);
console.log(`fitted on ${sts.length} STS-B + ${ecb.length} ECB+ train pairs → ${file}`);
console.log(named, 'bias', fitted.bias.toFixed(3));
