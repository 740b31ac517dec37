// Dense row-major matrices for the few small linear-algebra steps of the Rao-Scott test
// (dimensions of a cross-tab, so tens of rows at most): product, transpose, solve, projection.

export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export function matrix(
  rows: number,
  cols: number,
  data: Float64Array = new Float64Array(rows * cols),
): Matrix {
  return { rows, cols, data };
}

export function multiply(a: Matrix, b: Matrix): Matrix {
  const out = matrix(a.rows, b.cols);
  for (let i = 0; i < a.rows; i++) {
    for (let k = 0; k < a.cols; k++) {
      const aik = a.data[i * a.cols + k]!;
      if (aik === 0) continue;
      for (let j = 0; j < b.cols; j++) out.data[i * b.cols + j]! += aik * b.data[k * b.cols + j]!;
    }
  }
  return out;
}

export function transpose(a: Matrix): Matrix {
  const out = matrix(a.cols, a.rows);
  for (let i = 0; i < a.rows; i++)
    for (let j = 0; j < a.cols; j++) out.data[j * a.rows + i] = a.data[i * a.cols + j]!;
  return out;
}

/** X with A X = B, by Gaussian elimination with partial pivoting (A square, non-singular). */
export function solve(a: Matrix, b: Matrix): Matrix {
  const n = a.rows;
  const m = b.cols;
  const lhs = a.data.slice();
  const rhs = b.data.slice();
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(lhs[r * n + col]!) > Math.abs(lhs[pivot * n + col]!)) pivot = r;
    if (lhs[pivot * n + col] === 0) throw new Error("solve: the matrix is singular");
    if (pivot !== col) {
      for (let j = 0; j < n; j++)
        [lhs[col * n + j], lhs[pivot * n + j]] = [lhs[pivot * n + j]!, lhs[col * n + j]!];
      for (let j = 0; j < m; j++)
        [rhs[col * m + j], rhs[pivot * m + j]] = [rhs[pivot * m + j]!, rhs[col * m + j]!];
    }
    for (let r = col + 1; r < n; r++) {
      const factor = lhs[r * n + col]! / lhs[col * n + col]!;
      if (factor === 0) continue;
      for (let j = col; j < n; j++) lhs[r * n + j]! -= factor * lhs[col * n + j]!;
      for (let j = 0; j < m; j++) rhs[r * m + j]! -= factor * rhs[col * m + j]!;
    }
  }
  for (let col = n - 1; col >= 0; col--) {
    for (let j = 0; j < m; j++) {
      let value = rhs[col * m + j]!;
      for (let k = col + 1; k < n; k++) value -= lhs[col * n + k]! * rhs[k * m + j]!;
      rhs[col * m + j] = value / lhs[col * n + col]!;
    }
  }
  return matrix(n, m, rhs);
}

/** The columns of `y` minus their least-squares projection on the columns of `x` (R: qr.resid(qr(x), y)). */
export function projectionResidual(x: Matrix, y: Matrix): Matrix {
  // Modified Gram-Schmidt on x's columns, twice for stability; columns in x's span are skipped.
  const n = x.rows;
  const basis: Float64Array[] = [];
  for (let j = 0; j < x.cols; j++) {
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = x.data[i * x.cols + j]!;
    const norm0 = Math.hypot(...v);
    for (let pass = 0; pass < 2; pass++) {
      for (const q of basis) {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += q[i]! * v[i]!;
        for (let i = 0; i < n; i++) v[i]! -= dot * q[i]!;
      }
    }
    const norm = Math.hypot(...v);
    if (norm > 1e-12 * norm0) basis.push(v.map((value) => value / norm));
  }
  const out = matrix(y.rows, y.cols, y.data.slice());
  for (let j = 0; j < y.cols; j++) {
    for (let pass = 0; pass < 2; pass++) {
      for (const q of basis) {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += q[i]! * out.data[i * y.cols + j]!;
        for (let i = 0; i < n; i++) out.data[i * y.cols + j]! -= dot * q[i]!;
      }
    }
  }
  return out;
}

export function trace(a: Matrix): number {
  let sum = 0;
  for (let i = 0; i < a.rows; i++) sum += a.data[i * a.cols + i]!;
  return sum;
}
