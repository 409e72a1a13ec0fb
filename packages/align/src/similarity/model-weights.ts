import type { SimilarityModel } from './model.js';

/**
 * Written by bench/fit-similarity.mjs: logistic regression over FEATURE_NAMES, fitted on the train splits of
 * STS-B headlines (Cer et al., SemEval-2017; scores CC BY-SA 4.0) and ECB+ topics (Cybulska & Vossen, LREC 2014;
 * annotation CC BY 3.0). Only these numbers are derived from the data; no text of it is in the repository.
 * 1999 STS-B pairs and 23525 ECB+ pairs, STS-B 80 % of the weight, ECB+ 20 % (look-alike
 * pairs 2× a plain pair), L2 = 1.
 */
export const SIMILARITY_MODEL: SimilarityModel = {
  bias: -1.3127,
  weights: {
    containment: -3.0752,
    coverLarge: 0.5288,
    cosine: 0.566,
    bigrams: -0.5213,
    jaccard: 3.3622,
    softMin: 1.587,
    softMax: 1.024,
    entities: 0.0056,
    entityClash: -0.5162,
    numberClash: -0.3662,
    dateClash: -0.6899,
    lengthRatio: -2.0339,
    quotes: 1.1285,
    sharedMass: 2.2312,
    numbersAgree: 0.5158,
    nameClashMass: 0.2745,
    articleClash: -3.046,
  },
};
