// Population margins for weighting a business survey: GB enterprises (ONS UK Business Counts,
// bundled) by size band (the nine Nomis bands summed into micro / small / medium / large) and by
// SIC 2007 section or division (subclasses rolled up through the bundled SIC index), with the
// joint table both margins come from, so any restriction of one margin to levels of the other
// stays consistent (raking needs margins with the same total).
import { findBundledDataset, loadSic2007Index } from "@smartspec/data";
import { PlatformError } from "../../platform/platform-error.ts";
import { businessCountsDatasetId, readBusinessCounts } from "./read-business-counts.ts";
import { type SicLevel, sicLevels } from "./sic-section.ts";
import {
  nomisMappingText,
  nomisSizeBandOf,
  type PopulationSizeBand,
  populationSizeBands,
} from "./size-bands.ts";

export const populationGeographies = ["GB"] as const;
export type PopulationGeography = (typeof populationGeographies)[number];

export interface BusinessPopulationMarginsInput {
  /** Count year (March); default the latest in the table. */
  readonly year?: number;
  /** Default "section". */
  readonly sicLevel?: SicLevel;
  /** Default "GB" (the only geography the bundled subclass x size table has). */
  readonly geography?: PopulationGeography;
  /** The frame's own size-band labels -> band, where the built-in reading (size-bands.ts) is not enough. */
  readonly sizeBands?: Readonly<Record<string, PopulationSizeBand>>;
}

export interface BusinessPopulationMargins {
  readonly datasetId: string;
  readonly year: number;
  readonly geography: string;
  readonly sicLevel: SicLevel;
  readonly unit: string;
  /** Enterprises per band, in band order. */
  readonly bySizeBand: Readonly<Record<PopulationSizeBand, number>>;
  /** Enterprises per section (or division), in code order. */
  readonly bySic: Readonly<Record<string, number>>;
  /** sic -> band -> enterprises. */
  readonly joint: Readonly<Record<string, Readonly<Record<PopulationSizeBand, number>>>>;
  readonly total: number;
  readonly sizeBandMapping: {
    readonly nomis: Readonly<Record<string, PopulationSizeBand>>;
    readonly frame: Readonly<Record<string, PopulationSizeBand>>;
    readonly text: string;
  };
  readonly source: string;
  readonly licence: string;
  readonly attribution: string;
  readonly caveats: readonly string[];
}

const zeroBands = (): Record<PopulationSizeBand, number> => ({ micro: 0, small: 0, medium: 0, large: 0 });

/**
 * Margins for `year` (default the latest). Throws `validation` naming `year`, `sicLevel` or
 * `geography` when the table has no such choice. Example: `businessPopulationMargins({ year: 2022 })
 * .bySizeBand.large` is the number of GB enterprises with 250 or more employment in March 2022.
 */
export function businessPopulationMargins(
  input: BusinessPopulationMarginsInput = {},
): BusinessPopulationMargins {
  const dataset = findBundledDataset(businessCountsDatasetId);
  if (dataset === undefined) throw new Error(`the bundled data set ${businessCountsDatasetId} is missing`);
  const geography = input.geography ?? "GB";
  if (!(populationGeographies as readonly string[]).includes(geography)) {
    throw new PlatformError("validation", `geography: must be one of ${populationGeographies.join(", ")}`, {
      field: "geography",
    });
  }
  const sicLevel = input.sicLevel ?? "section";
  if (!(sicLevels as readonly string[]).includes(sicLevel)) {
    throw new PlatformError("validation", `sicLevel: must be one of ${sicLevels.join(", ")}`, {
      field: "sicLevel",
    });
  }
  const year = input.year ?? dataset.years.at(-1)!;
  const subclasses = readBusinessCounts().get(year);
  if (subclasses === undefined) {
    throw new PlatformError(
      "validation",
      `year: the business counts cover ${dataset.years[0]}-${dataset.years.at(-1)}, not ${year}`,
      { field: "year" },
    );
  }
  const index = loadSic2007Index();
  const joint = new Map<string, Record<PopulationSizeBand, number>>();
  for (const [subclass, counts] of subclasses) {
    const code = index.ancestorAt(subclass, sicLevel);
    if (code === undefined)
      throw new Error(`SIC subclass ${subclass} of ${businessCountsDatasetId} has no ${sicLevel}`);
    let cell = joint.get(code);
    if (cell === undefined) joint.set(code, (cell = zeroBands()));
    populationSizeBands.forEach((band, b) => {
      cell[band] += counts[b]!;
    });
  }
  const codes = [...joint.keys()].sort();
  const bySizeBand = zeroBands();
  const bySic: Record<string, number> = {};
  for (const code of codes) {
    const cell = joint.get(code)!;
    bySic[code] = populationSizeBands.reduce((sum, band) => sum + cell[band], 0);
    for (const band of populationSizeBands) bySizeBand[band] += cell[band];
  }
  return {
    datasetId: businessCountsDatasetId,
    year,
    geography: "Great Britain (K03000001)",
    sicLevel,
    unit: "enterprises (VAT- or PAYE-registered; counted at March)",
    bySizeBand,
    bySic,
    joint: Object.fromEntries(codes.map((code) => [code, joint.get(code)!])),
    total: populationSizeBands.reduce((sum, band) => sum + bySizeBand[band], 0),
    sizeBandMapping: {
      nomis: nomisSizeBandOf,
      frame: { ...(input.sizeBands ?? {}) },
      text: nomisMappingText(),
    },
    source: `${dataset.title} (${businessCountsDatasetId})`,
    licence: dataset.licence,
    attribution: dataset.attribution,
    caveats: [
      "Nomis rounds each published count to 5, so small cells are approximate.",
      "Size is employment (employees plus working proprietors); the 0-4 band includes enterprises with no employees.",
      "Great Britain only: Northern Ireland is not in the table.",
    ],
  };
}
