import { FEATURE_NAMES } from './pair-features.js';
import { SIMILARITY_MODEL } from './model-weights.js';

/** A logistic model over FEATURE_NAMES: weights by feature name plus a bias, as fitted by bench/fit-similarity.mjs. */
export interface SimilarityModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

/** The weights in FEATURE_NAMES order, so scoring is a dot product. */
function weightVector(model: SimilarityModel): Float64Array {
  return Float64Array.from(FEATURE_NAMES, (name) => model.weights[name] ?? 0);
}

const DEFAULT_WEIGHTS = weightVector(SIMILARITY_MODEL);

/** The probability that two sentences report the same claim, from their features (see pair-features.ts). */
export function modelScore(x: readonly number[], model?: SimilarityModel): number {
  const w = model ? weightVector(model) : DEFAULT_WEIGHTS;
  let z = model ? model.bias : SIMILARITY_MODEL.bias;
  for (let i = 0; i < w.length; i++) z += w[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}
