// Sample sizes per stratum. Proportional allocation n_h = n N_h / N rounded by largest remainder
// (Hamilton): floors first, then one more to the largest remainders; ties go to the larger stratum,
// then to the stratum first in name order. Given allocation is checked against the strata.
import { PlatformError } from "../../platform/platform-error.ts";

export interface StratumSize {
  readonly stratum: string;
  readonly population: number;
}

/** Example: n = 10 over A 50, B 30, C 20 -> [5, 3, 2]; n = 7 -> 3.5, 2.1, 1.4 -> [4, 2, 1]. */
export function proportionalAllocation(strata: readonly StratumSize[], n: number): number[] {
  const total = strata.reduce((sum, s) => sum + s.population, 0);
  if (!Number.isInteger(n) || n < 0 || n > total) {
    throw new PlatformError("validation", `size: must be a whole number from 0 to ${total}`, {
      field: "size",
    });
  }
  const exact = strata.map((s) => (n * s.population) / total);
  const sizes = exact.map(Math.floor);
  let left = n - sizes.reduce((sum, x) => sum + x, 0);
  const order = strata
    .map((s, i) => ({ i, remainder: exact[i]! - sizes[i]!, population: s.population }))
    .sort((x, y) => y.remainder - x.remainder || y.population - x.population || x.i - y.i);
  for (const { i } of order) {
    if (left === 0) break;
    sizes[i]! += 1;
    left -= 1;
  }
  return sizes;
}

/** The given sizes in stratum order (0 for strata not named); `validation` naming the stratum. */
export function givenAllocation(
  strata: readonly StratumSize[],
  given: Readonly<Record<string, number>>,
): number[] {
  const known = new Set(strata.map((s) => s.stratum));
  for (const name of Object.keys(given)) {
    if (!known.has(name)) {
      throw new PlatformError("validation", `allocation: no stratum "${name}" in the frame`, {
        field: "allocation",
      });
    }
  }
  return strata.map((s) => {
    const n = given[s.stratum] ?? 0;
    if (!Number.isInteger(n) || n < 0 || n > s.population) {
      throw new PlatformError(
        "validation",
        `allocation: stratum "${s.stratum}" needs a whole number from 0 to ${s.population}, got ${n}`,
        { field: "allocation" },
      );
    }
    return n;
  });
}
