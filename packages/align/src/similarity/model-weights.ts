import type { SimilarityModel } from './model.js';

/**
 * Written by bench/fit-similarity.mjs: logistic regression over FEATURE_NAMES, fitted on the train splits of
 * STS-B headlines (Cer et al., SemEval-2017; scores CC BY-SA 4.0) and ECB+ topics (Cybulska & Vossen, LREC 2014;
 * annotation CC BY 3.0). Only these numbers are derived from the data; no text of it is in the repository.
 * 1999 STS-B pairs and 23525 ECB+ pairs, STS-B 80 % of the weight, ECB+ 20 % (look-alike
 * pairs 2× a plain pair), L2 = 1.
 */
export const SIMILARITY_MODEL: SimilarityModel = {
  bias: -1.2933,
  weights: {
    containment: -3.0685,
    coverLarge: 0.54,
    cosine: 0.5191,
    bigrams: -0.5136,
    jaccard: 3.3699,
    softMin: 1.6097,
    softMax: 1.0419,
    entities: -0.0419,
    entityClash: -0.5608,
    numberClash: -0.3568,
    dateClash: -0.6953,
    lengthRatio: -2.0196,
    quotes: 1.1243,
    sharedMass: 2.2159,
    numbersAgree: 0.5144,
    nameClashMass: 0.2543,
    articleClash: -3.0436,
    eventClash: 0.0351,
  },
};
