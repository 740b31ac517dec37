// Aligning matrices of different periods whose region and activity codes differ (regions merge,
// classifications gain codes). As EconGeo's `entry_mat`, `exit_mat` and `*_list` functions do, the
// result covers the union of the codes, sorted (here by `compareCodes`: code units, never locale).
// A cell missing from one period is either "absent" (0, EconGeo) or "unknown" (NaN: nothing is
// claimed about a region that is not in the data).
import { AnalyticsError } from "../common/analytics-error.ts";
import { compareCodes } from "../matrix/matrix-from-long.ts";
import type { RegionActivityMatrix } from "../matrix/region-activity-matrix.ts";

export const missingCellPolicies = ["absent", "unknown"] as const;
/** How a code missing from one period counts: "absent" (value 0, EconGeo) or "unknown" (NaN). */
export type MissingCellPolicy = (typeof missingCellPolicies)[number];

export interface AlignmentOptions {
  /** Default "absent", as EconGeo. */
  readonly missing?: MissingCellPolicy;
}

/** Values labelled by code, for outputs over a union of codes. */
export interface CodedValues {
  readonly codes: readonly string[];
  readonly values: Float64Array;
}

/** The fill value for missing cells, validated. */
export function missingFill(options: AlignmentOptions | undefined): number {
  const missing = options?.missing ?? "absent";
  if (!(missingCellPolicies as readonly string[]).includes(missing)) {
    throw new AnalyticsError(
      "invalid-option",
      `Unknown missing-cell policy "${String(missing)}"; use one of ${missingCellPolicies.join(", ")}.`,
      { field: "missing", value: missing },
    );
  }
  return missing === "absent" ? 0 : Number.NaN;
}

/** Sorted union of several code lists. */
export function unionCodes(lists: readonly (readonly string[])[]): string[] {
  const all = new Set<string>();
  for (const list of lists) for (const code of list) all.add(code);
  return [...all].sort(compareCodes);
}

/** For each code of `union`, its position in `codes`, or -1. */
function positions(union: readonly string[], codes: readonly string[]): Int32Array {
  const index = new Map<string, number>();
  for (let i = 0; i < codes.length; i++) index.set(codes[i]!, i);
  const out = new Int32Array(union.length);
  for (let i = 0; i < union.length; i++) out[i] = index.get(union[i]!) ?? -1;
  return out;
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A reader of one period's cells (row-major over `matrix`'s codes) row by row over the union
 * `regions` x `activities`: the returned function maps r to union row r, with `fill` for codes the
 * matrix does not have and, with `binary`, every non-zero value read as 1. Rows are gathered into one reused
 * scratch array (or viewed in place when the codes already match), so a transition costs one pass
 * and one output allocation. Never writes to `cells`.
 */
export function rowReader(
  matrix: RegionActivityMatrix,
  cells: ArrayLike<number>,
  regions: readonly string[],
  activities: readonly string[],
  fill: number,
  binary: boolean,
): (r: number) => ArrayLike<number> {
  const nP = activities.length;
  const nPIn = matrix.activities.length;
  const aligned = sameCodes(matrix.regions, regions) && sameCodes(matrix.activities, activities);
  if (aligned && !binary && cells instanceof Float64Array) {
    return (r) => cells.subarray(r * nP, r * nP + nP);
  }
  const rowOf = aligned ? undefined : positions(regions, matrix.regions);
  const colOf = aligned ? undefined : positions(activities, matrix.activities);
  const scratch = new Float64Array(nP);
  return (r) => {
    const source = rowOf ? rowOf[r]! : r;
    if (source < 0) return scratch.fill(fill);
    const base = source * nPIn;
    for (let p = 0; p < nP; p++) {
      const column = colOf ? colOf[p]! : p;
      if (column < 0) scratch[p] = fill;
      else {
        const x = cells[base + column]!;
        scratch[p] = binary ? (x !== 0 ? 1 : 0) : x;
      }
    }
    return scratch;
  };
}

/** `values` (one per code of `codes`) re-laid over `union`, with `fill` for codes not in `codes`. */
export function alignVector(
  values: Float64Array,
  codes: readonly string[],
  union: readonly string[],
  fill: number,
): Float64Array {
  if (sameCodes(codes, union)) return values;
  const from = positions(union, codes);
  const out = new Float64Array(union.length);
  for (let i = 0; i < union.length; i++) out[i] = from[i]! >= 0 ? values[from[i]!]! : fill;
  return out;
}
