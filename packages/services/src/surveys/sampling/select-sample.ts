// Draws a sample from frame units (pure): all units, a simple random sample of n, or a stratified
// random sample (strata in name order, units in row order within each, one generator throughout).
import { PlatformError } from "../../platform/platform-error.ts";
import { givenAllocation, proportionalAllocation } from "./allocate-sample.ts";
import { choosePositions, seededRandom } from "./seeded-random.ts";

export type SampleDesign =
  | { readonly design: "all" }
  | { readonly design: "simple"; readonly size: number }
  | { readonly design: "stratified"; readonly size: number; readonly allocation: "proportional" }
  | { readonly design: "stratified"; readonly allocation: Readonly<Record<string, number>> };

export interface SamplingUnit {
  readonly id: string;
  readonly rowNumber: number;
  readonly stratum: string;
}

export interface DrawnStratum {
  /** The design stratum; "*" is the whole frame (designs all and simple). */
  readonly stratum: string;
  readonly population: number;
  readonly sample: number;
}

export interface DrawnSample {
  /** Selected units in row order. */
  readonly units: readonly SamplingUnit[];
  readonly strata: readonly DrawnStratum[];
}

/** Selects units by `design`, reproducibly from `seed`. Units must be in row order. */
export function selectSample(
  units: readonly SamplingUnit[],
  design: SampleDesign,
  seed: string,
): DrawnSample {
  const random = seededRandom(seed);
  if (design.design === "all")
    return { units, strata: [{ stratum: "*", population: units.length, sample: units.length }] };
  if (design.design === "simple") {
    if (!Number.isInteger(design.size) || design.size < 1 || design.size > units.length) {
      throw new PlatformError("validation", `size: must be a whole number from 1 to ${units.length}`, {
        field: "size",
      });
    }
    const positions = choosePositions(random, units.length, design.size);
    return {
      units: Array.from(positions, (p) => units[p]!),
      strata: [{ stratum: "*", population: units.length, sample: design.size }],
    };
  }
  const groups = new Map<string, SamplingUnit[]>();
  for (const unit of units) {
    const group = groups.get(unit.stratum);
    if (group) group.push(unit);
    else groups.set(unit.stratum, [unit]);
  }
  const names = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const sizes = names.map((stratum) => ({ stratum, population: groups.get(stratum)!.length }));
  const allocation =
    design.allocation === "proportional"
      ? proportionalAllocation(sizes, design.size)
      : givenAllocation(sizes, design.allocation);
  const selected: SamplingUnit[] = [];
  names.forEach((stratum, h) => {
    const group = groups.get(stratum)!;
    for (const p of choosePositions(random, group.length, allocation[h]!)) selected.push(group[p]!);
  });
  selected.sort((x, y) => x.rowNumber - y.rowNumber);
  return { units: selected, strata: sizes.map((s, h) => ({ ...s, sample: allocation[h]! })) };
}
