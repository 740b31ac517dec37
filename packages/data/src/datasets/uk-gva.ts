import { type BundledDataset, yearRange } from "../dataset-types.ts";
import { setPath, sourceFileOf } from "../sets-path.ts";
import { attributions, OGL } from "./attributions.ts";

const folder = "uk-regional-gva-itl-industry";
const columns = { region: "itl_code", activity: "industry_code", value: "gva_gbp_million", time: "year" };
const itl2 = setPath(folder, "gva_current_prices_itl2_industry_1998_2021.csv.gz");
const itl3 = setPath(folder, "gva_current_prices_itl3_industry_1998_2021.csv.gz");

/**
 * ONS regional GVA (balanced), current prices, as derived long files holding the finest
 * non-overlapping industry rows of each table (owner-occupiers' imputed rent 68IMP excluded).
 */
export const ukGvaDatasets: readonly BundledDataset[] = [
  {
    id: "uk-gva-itl2",
    title: "UK regional GVA (balanced) by ITL2 region and industry, current prices, 1998-2021",
    kind: "region-activity",
    geography: "41 UK ITL2 regions (ITL 2021 codes, e.g. TLK1; includes Northern Ireland)",
    regionGeography: { id: "uk-areas-2021", level: "itl2" },
    classification:
      "SIC 2007 divisions and division groups (ONS regional GVA industries, 71 non-overlapping)",
    measure: "gross value added, current prices (GBP million)",
    levels: [{ id: "industry", title: "Finest published industry (division or division group)", file: itl2 }],
    defaultLevel: "industry",
    years: yearRange(1998, 2021),
    licence: OGL,
    attribution: attributions.gva,
    files: {
      long: itl2,
      wide: setPath(folder, "Table_2c_ITL2_UK_current_price_estimates_pounds_million.csv.gz"),
    },
    columns,
    sourceFile: sourceFileOf(folder),
  },
  {
    id: "uk-gva-itl3",
    title: "UK regional GVA (balanced) by ITL3 region and industry, current prices, 1998-2021",
    kind: "region-activity",
    geography: "179 UK ITL3 regions (ITL 2021 codes, e.g. TLK11)",
    regionGeography: { id: "uk-areas-2021", level: "itl3" },
    classification:
      "SIC 2007 sections, sub-sections and divisions (ONS regional GVA industries, 47 non-overlapping)",
    measure: "gross value added, current prices (GBP million)",
    levels: [
      { id: "industry", title: "Finest published industry (section, sub-section or division)", file: itl3 },
    ],
    defaultLevel: "industry",
    years: yearRange(1998, 2021),
    licence: OGL,
    attribution: attributions.gva,
    files: {
      long: itl3,
      wide: setPath(folder, "Table_3c_ITL3_UK_current_price_estimates_pounds_million.csv.gz"),
    },
    columns,
    sourceFile: sourceFileOf(folder),
  },
];
