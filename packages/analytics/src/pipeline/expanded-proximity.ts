import type { ProximityReader } from "../relatedness/minimum-conditional-proximity.ts";

/**
 * A proximity over all `size` activities from one over the kept ones: a pair involving a dropped
 * activity reads NaN.
 */
export function expandedProximity(inner: ProximityReader, kept: Int32Array, size: number): ProximityReader {
  if (kept.length === size) return inner;
  const position = new Int32Array(size).fill(-1);
  for (let i = 0; i < kept.length; i++) position[kept[i]!] = i;
  return {
    size,
    value(i: number, j: number): number {
      const a = position[i]!;
      const b = position[j]!;
      return a < 0 || b < 0 ? Number.NaN : inner.value(a, b);
    },
  };
}
