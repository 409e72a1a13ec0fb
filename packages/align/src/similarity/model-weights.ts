import type { SimilarityModel } from './model.js';

/**
 * Written by bench/fit-similarity.mjs: logistic regression over FEATURE_NAMES, fitted on the train splits of
 * STS-B headlines (Cer et al., SemEval-2017; scores CC BY-SA 4.0) and ECB+ topics (Cybulska & Vossen, LREC 2014;
 * annotation CC BY 3.0). Only these numbers are derived from the data; no text of it is in the repository.
 * 1999 STS-B pairs and 23525 ECB+ pairs, STS-B 70 % of the weight, ECB+ 30 %, L2 = 1.
 */
export const SIMILARITY_MODEL: SimilarityModel = {
  bias: -2.3733,
  weights: {
    containment: -1.359,
    coverLarge: -1.0557,
    cosine: 0.3239,
    bigrams: -0.5645,
    jaccard: 3.0651,
    softMin: 1.3374,
    softMax: 1.0979,
    entities: -0.133,
    entityClash: -0.6754,
    numberClash: -0.3495,
    dateClash: -0.7303,
    lengthRatio: -0.7379,
    quotes: 1.0725,
    sharedMass: 2.5702,
    numbersAgree: 0.5137,
    nameClashMass: 0.2605,
  },
};
