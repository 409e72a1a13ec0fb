/** Figures for the quality benchmark: Pearson, precision/recall/F1 at a threshold, the best threshold for F1. */
export function pearson(xs, ys) {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Precision, recall, F1 and accuracy of `scores >= threshold` against boolean gold. */
export function prf(scores, gold, threshold) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  scores.forEach((s, i) => {
    const p = s >= threshold;
    if (p && gold[i]) tp++;
    else if (p) fp++;
    else if (gold[i]) fn++;
    else tn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: (tp + tn) / scores.length };
}

/** The threshold that maximises F1 (or accuracy) on the given scores, searched over the distinct scores. */
export function bestThreshold(scores, gold, metric = 'f1') {
  const candidates = [...new Set(scores.map((s) => Math.round(s * 1000) / 1000))].sort((a, b) => a - b);
  let best = { threshold: 0.5, value: -1 };
  const step = Math.max(1, Math.floor(candidates.length / 400));
  for (let i = 0; i < candidates.length; i += step) {
    const value = prf(scores, gold, candidates[i])[metric];
    if (value > best.value) best = { threshold: candidates[i], value };
  }
  return best.threshold;
}

/** The lowest threshold at which at most `rate` of the scores are predicted positive (`score >= threshold`). */
export function thresholdForRate(scores, rate) {
  const sorted = [...scores].sort((a, b) => b - a);
  const allowed = Math.floor(rate * sorted.length);
  if (allowed >= sorted.length) return -Infinity;
  // Every score above the (allowed+1)-th highest may pass; ties with it may not, or the rate would be exceeded.
  const blocked = sorted[allowed];
  let j = allowed - 1;
  while (j >= 0 && sorted[j] === blocked) j--;
  return j >= 0 ? sorted[j] : blocked + 1e-9;
}
