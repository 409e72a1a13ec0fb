import type { SimilarityModel } from './model.js';

/**
 * Written by bench/fit-similarity.mjs: logistic regression over FEATURE_NAMES, fitted on the train splits of
 * STS-B headlines (Cer et al., SemEval-2017; scores CC BY-SA 4.0) and ECB+ topics (Cybulska & Vossen, LREC 2014;
 * annotation CC BY 3.0). Only these numbers are derived from the data; no text of it is in the repository.
 * 1999 STS-B pairs and 23525 ECB+ pairs, STS-B 80 % of the weight, ECB+ 20 % (look-alike
 * pairs 2× a plain pair), L2 = 1.
 */
export const SIMILARITY_MODEL: SimilarityModel = {
  bias: -1.325,
  weights: {
    containment: -3.0657,
    coverLarge: 0.5167,
    cosine: 0.5807,
    bigrams: -0.5214,
    jaccard: 3.3548,
    softMin: 1.582,
    softMax: 1.0215,
    entities: 0.0042,
    entityClash: -0.5154,
    numberClash: -0.3667,
    dateClash: -0.6914,
    lengthRatio: -2.0186,
    quotes: 1.1294,
    sharedMass: 2.2325,
    numbersAgree: 0.5167,
    nameClashMass: 0.2724,
    articleClash: -3.0406,
  },
};
