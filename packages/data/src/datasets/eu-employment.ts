import { type BundledDataset, yearRange } from "../dataset-types.ts";
import { setPath, sourceFileOf } from "../sets-path.ts";
import { attributions } from "./attributions.ts";

const folder = "eu-lfs-employment-nuts2-nace";
const nuts2 = setPath(folder, "lfs_employment_nuts2_nace_age15plus_2008_2015.csv.gz");

/** Eurostat LFS employment by NUTS 2 region and NACE Rev. 2 sector group. */
export const euEmploymentDatasets: readonly BundledDataset[] = [
  {
    id: "eu-lfs-nuts2",
    title: "Employment by NUTS 2 region and NACE Rev. 2 sector group (Eurostat LFS), 2008-2015",
    kind: "region-activity",
    geography: "NUTS 2013 level-2 regions (EU, EFTA, UK, candidates; e.g. UKK1, DE11)",
    classification: "NACE Rev. 2 sector groups (10: A, B-E, F, G-I, J, K, L, M_N, O-Q, R-U)",
    measure: "employment, persons aged 15 and over (thousands, LFS)",
    levels: [{ id: "sector-group", title: "NACE Rev. 2 sector group", file: nuts2 }],
    defaultLevel: "sector-group",
    years: yearRange(2008, 2015),
    licence: "Eurostat reuse policy (Commission Decision 2011/833/EU): free reuse with attribution",
    attribution: attributions.eurostatLfs,
    files: { long: nuts2, original: setPath(folder, "lfst_r_lfe2en2_long.csv.gz") },
    columns: { region: "geo", activity: "nace_r2", value: "employment_thousands", time: "year" },
    sourceFile: sourceFileOf(folder),
  },
];
