import type { SimilarityModel } from './model.js';

/**
 * Written by bench/fit-similarity.mjs: logistic regression over FEATURE_NAMES, fitted on the train splits of
 * STS-B headlines (Cer et al., SemEval-2017; scores CC BY-SA 4.0) and ECB+ topics (Cybulska & Vossen, LREC 2014;
 * annotation CC BY 3.0). Only these numbers are derived from the data; no text of it is in the repository.
 * 1999 STS-B pairs and 23525 ECB+ pairs, STS-B 80 % of the weight, ECB+ 20 % (look-alike
 * pairs 2× a plain pair), L2 = 1.
 */
export const SIMILARITY_MODEL: SimilarityModel = {
  bias: -1.3244,
  weights: {
    containment: -2.9837,
    coverLarge: 0.4622,
    cosine: 0.4607,
    bigrams: -0.5661,
    jaccard: 3.4471,
    softMin: 1.626,
    softMax: 1.0449,
    entities: -0.0382,
    entityClash: -0.5384,
    numberClash: -0.1181,
    dateClash: -0.8187,
    lengthRatio: -1.9628,
    quotes: 1.1268,
    sharedMass: 2.1957,
    numbersAgree: 0.4779,
    nameClashMass: 0.2357,
    articleClash: -3.0928,
    countClash: -0.4457,
  },
};
