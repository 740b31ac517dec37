import { type BundledDataset, yearRange } from "../dataset-types.ts";
import { setPath, sourceFileOf } from "../sets-path.ts";
import { attributions, OGL } from "./attributions.ts";

const folder = "uk-bres-itl2-sic2007";
const sic2 = setPath(folder, "bres_employment_itl2_sic2_2015_2021.csv.gz");
const sic5 = setPath(folder, "bres_employment_itl2_sic5_2015_2021.csv.gz");
const fulltime = setPath(folder, "bres_fulltime_employees_itl2_sic2_2015_2021.csv.gz");
const geography = "40 GB ITL2 / NUTS 2016 level-2 regions (Nomis codes, e.g. UKK1; no Northern Ireland)";
const columns = { region: "GEOGRAPHY_CODE", activity: "INDUSTRY_CODE", value: "COUNT", time: "DATE" };

/** ONS BRES employment by ITL2 region and SIC 2007 industry, 2015-2021. */
export const ukEmploymentDatasets: readonly BundledDataset[] = [
  {
    id: "uk-bres-itl2",
    title: "UK employment by ITL2 region and SIC 2007 industry (ONS BRES), 2015-2021",
    kind: "region-activity",
    geography,
    regionGeography: { id: "uk-areas-2021", level: "itl2" },
    classification: "UK SIC 2007",
    classificationId: "sic2007",
    measure: "employment (jobs, BRES: employees plus working owners)",
    // Section, group and class are sums of the (rounded) subclass rows; division has its own file,
    // rounded separately by Nomis, so it can differ from the subclass sum by a few jobs per cell.
    levels: [
      { id: "section", title: "SIC 2007 section (A-U)", rollUpFrom: "subclass" },
      { id: "division", title: "SIC 2007 division (2-digit)", file: sic2 },
      { id: "group", title: "SIC 2007 group (3-digit)", rollUpFrom: "subclass" },
      { id: "class", title: "SIC 2007 class (4-digit)", rollUpFrom: "subclass" },
      { id: "subclass", title: "SIC 2007 subclass (5-digit Nomis code)", file: sic5 },
    ],
    defaultLevel: "division",
    years: yearRange(2015, 2021),
    licence: OGL,
    attribution: attributions.bres,
    files: { sic2, sic5 },
    columns,
    sourceFile: sourceFileOf(folder),
  },
  {
    id: "uk-bres-itl2-fulltime",
    title: "UK full-time employees by ITL2 region and SIC 2007 division (ONS BRES), 2015-2021",
    kind: "region-activity",
    geography,
    regionGeography: { id: "uk-areas-2021", level: "itl2" },
    classification: "UK SIC 2007",
    classificationId: "sic2007",
    measure: "full-time employees (BRES)",
    levels: [{ id: "division", title: "SIC 2007 division (2-digit)", file: fulltime }],
    defaultLevel: "division",
    years: yearRange(2015, 2021),
    licence: OGL,
    attribution: attributions.bres,
    files: { sic2: fulltime },
    columns,
    sourceFile: sourceFileOf(folder),
  },
];
