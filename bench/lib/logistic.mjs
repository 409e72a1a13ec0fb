/**
 * Logistic regression by Newton's method (IRLS) with an L2 penalty, on weighted examples whose targets may be
 * soft (a probability). Small and exact: a dozen features and some tens of thousands of rows fit in a second.
 */
export function fitLogistic(rows, targets, sampleWeights, { l2 = 1, iterations = 30 } = {}) {
  const d = rows[0].length + 1;
  const w = new Float64Array(d);
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(d);
    const hess = Array.from({ length: d }, () => new Float64Array(d));
    rows.forEach((x, n) => {
      const xb = [1, ...x];
      const p = sigmoid(dot(w, xb));
      const sw = sampleWeights[n];
      for (let i = 0; i < d; i++) {
        grad[i] += sw * (p - targets[n]) * xb[i];
        for (let j = 0; j < d; j++) hess[i][j] += sw * p * (1 - p) * xb[i] * xb[j];
      }
    });
    for (let i = 1; i < d; i++) {
      grad[i] += l2 * w[i];
      hess[i][i] += l2;
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let i = 0; i < d; i++) {
      w[i] -= step[i];
      change = Math.max(change, Math.abs(step[i]));
    }
    if (change < 1e-7) break;
  }
  return { bias: w[0], weights: [...w.slice(1)] };
}

export function sigmoid(z) {
  return 1 / (1 + Math.exp(-z));
}

function dot(a, b) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(A, b) {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}
