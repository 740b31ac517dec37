// The bundled UK Business Counts table of GB enterprises by SIC 2007 subclass x 9 size bands
// (uk-business-counts-gb-sic5-sizeband), read once and kept as counts per year, subclass and the
// four weighting bands (size-bands.ts). 45,927 rows; about 3 MB of CSV.
import { findBundledDataset, readTable } from "@smartspec/data";
import { nomisSizeBandOf, type PopulationSizeBand, populationSizeBands } from "./size-bands.ts";

export const businessCountsDatasetId = "uk-business-counts-gb-sic5-sizeband";

/** year -> subclass -> enterprises per band (micro, small, medium, large). */
export type BusinessCountsByYear = ReadonlyMap<number, ReadonlyMap<string, Float64Array>>;

const bandIndex = new Map<PopulationSizeBand, number>(populationSizeBands.map((band, i) => [band, i]));

function read(): BusinessCountsByYear {
  const dataset = findBundledDataset(businessCountsDatasetId);
  const file = dataset?.files.table;
  if (file === undefined) throw new Error(`the bundled data set ${businessCountsDatasetId} is missing`);
  const table = readTable(file);
  const [date, code, band, count] = ["DATE", "INDUSTRY_CODE", "EMPLOYMENT_SIZEBAND_NAME", "COUNT"].map((c) =>
    table.column(c),
  ) as [number, number, number, number];
  const years = new Map<number, Map<string, Float64Array>>();
  table.rows.forEach((row, i) => {
    const mapped = nomisSizeBandOf[row[band]!];
    const value = Number(row[count]);
    if (mapped === undefined || !Number.isFinite(value)) {
      throw new Error(
        `${file}, line ${i + 2}: size band "${row[band]}" or count "${row[count]}" is not valid`,
      );
    }
    const year = Number(row[date]);
    let subclasses = years.get(year);
    if (subclasses === undefined) years.set(year, (subclasses = new Map()));
    let counts = subclasses.get(row[code]!);
    if (counts === undefined)
      subclasses.set(row[code]!, (counts = new Float64Array(populationSizeBands.length)));
    counts[bandIndex.get(mapped)!]! += value;
  });
  return years;
}

let cached: BusinessCountsByYear | undefined;

/** The table by year and subclass, read on first use. */
export function readBusinessCounts(): BusinessCountsByYear {
  cached ??= read();
  return cached;
}
