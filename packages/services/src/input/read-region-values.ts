import { inputMessages } from "./input-messages.ts";
import { readCsvColumns } from "./read-csv-columns.ts";

export interface RegionValuesInput {
  readonly path: string;
  readonly label?: string;
  /** Column of region codes (matching the main data's codes). */
  readonly region: string;
  /** Column of non-negative values (population, income...). */
  readonly value: string;
}

/** One value per region read from a CSV file (e.g. population), with where it came from. */
export interface RegionValues {
  readonly label: string;
  readonly byRegion: ReadonlyMap<string, number>;
  readonly sha256: string;
}

/**
 * Reads a `region,value` file into a map. A region given twice is a data error (`InputError`),
 * like every other problem in the file.
 */
export async function readRegionValues(input: RegionValuesInput): Promise<RegionValues> {
  const label = input.label ?? input.path;
  const result = await readCsvColumns({
    path: input.path,
    label,
    columns: [
      { name: input.region, role: "region", kind: "code" },
      { name: input.value, role: "value", kind: "number" },
    ],
  });
  const [regions, values] = result.columns as [string[], Float64Array];
  const byRegion = new Map<string, number>();
  const firstLine = new Map<string, number>();
  for (let i = 0; i < regions.length; i++) {
    const region = regions[i]!;
    const seen = firstLine.get(region);
    if (seen !== undefined) {
      throw inputMessages.duplicateCell(label, result.lines[i]!, [input.region], [region], seen);
    }
    firstLine.set(region, result.lines[i]!);
    byRegion.set(region, values[i]!);
  }
  return { label, byRegion, sha256: result.facts.sha256 };
}
