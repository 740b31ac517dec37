// Sparse gather-sum, the inner loop of every matvec with the 0/1 presence matrix (CSR or CSC).

/**
 * out[j] = Σ source[index[k]] over k in start[j]..start[j+1]; four accumulators break the add
 * dependency chain (about 1.5× faster than one in V8).
 */
export function gatherSums(start: Int32Array, index: Int32Array, source: Float64Array, out: Float64Array) {
  for (let j = 0; j < out.length; j++) {
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    const end = start[j + 1]!;
    let k = start[j]!;
    for (; k + 3 < end; k += 4) {
      a += source[index[k]!]!;
      b += source[index[k + 1]!]!;
      c += source[index[k + 2]!]!;
      d += source[index[k + 3]!]!;
    }
    for (; k < end; k++) a += source[index[k]!]!;
    out[j] = a + b + (c + d);
  }
}
