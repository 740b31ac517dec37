// Neumaier's improved Kahan-Babuska compensated summation (Neumaier 1974), as in d3-array's fsum.
// Used wherever a sum feeds a ratio that must not depend on the order of the input.

/** Compensated sum of `values[from..to)`, step `stride`. */
export function compensatedSum(values: ArrayLike<number>, from = 0, to = values.length, stride = 1): number {
  let sum = 0;
  let compensation = 0;
  for (let i = from; i < to; i += stride) {
    const x = values[i]!;
    const t = sum + x;
    if (Math.abs(sum) >= Math.abs(x)) compensation += sum - t + x;
    else compensation += x - t + sum;
    sum = t;
  }
  return sum + compensation;
}
