// R's `round(x, digits)` (R >= 4.0.0): of the two decimal candidates bracketing x, take the one
// nearer to x as a double; on an exact tie take the candidate whose last digit is even (IEC 60559).
// JavaScript's Math.round rounds half up, which differs on ties; the `econgeo` profile needs R's rule.

/** Round like R's `round(x, digits)` for digits in 0..15. NaN and infinities pass through. */
export function roundR(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const p = 10 ** digits;
  const scaled = x * p;
  const lower = Math.floor(scaled);
  const upper = lower + 1;
  const a = lower / p;
  const b = upper / p;
  const da = Math.abs(x - a);
  const db = Math.abs(b - x);
  if (da < db) return a;
  if (db < da) return b;
  return lower % 2 === 0 ? a : b;
}

/** `roundR` applied to every element; returns a new array. */
export function roundArrayR(values: ArrayLike<number>, digits: number): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = roundR(values[i]!, digits);
  return out;
}
