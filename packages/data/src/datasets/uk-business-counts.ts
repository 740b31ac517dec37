import { type BundledDataset, yearRange } from "../dataset-types.ts";
import { setPath, sourceFileOf } from "../sets-path.ts";
import { attributions, OGL } from "./attributions.ts";

const areaFolder = "uk-business-counts-lad-lep";
const gbFolder = "uk-business-counts-gb-sic5-sizeband";
const broadGroups = "UK Business Counts broad industry groups (18, built from SIC 2007 sections)";
const measure = "enterprises (UK Business Counts, IDBR, all size bands; rounded to 5)";
// The derived long files hold size band "Total" only, with codes added (see SOURCE.md).
const areaColumns = {
  region: "area_code",
  activity: "industry_group_code",
  value: "enterprise_count",
  time: "year",
};
const lep = setPath(areaFolder, "ukbc_enterprises_lep_broadindustry_2018_2022.csv.gz");
const lad = setPath(areaFolder, "ukbc_enterprises_lad_broadindustry_2018_2022.csv.gz");
const sizeBands = setPath(
  areaFolder,
  "ukbc_enterprises_england_lad_lep_broadindustry_sizeband_2018_2022.csv.gz",
);
const gbSic5 = setPath(gbFolder, "ukbc_enterprises_gb_sic5_sizeband_2016_2022.csv.gz");

/** ONS UK Business Counts: English LEPs and districts by broad industry; GB by subclass x size band. */
export const ukBusinessCountsDatasets: readonly BundledDataset[] = [
  {
    id: "uk-business-counts-lep",
    title: "Enterprises by Local Enterprise Partnership and broad industry group (England), 2018-2022",
    kind: "region-activity",
    geography: "38 English Local Enterprise Partnerships (2021, LEP21CD codes, e.g. E37000037)",
    classification: broadGroups,
    measure,
    levels: [{ id: "broad-industry-group", title: "Broad industry group (1-18)", file: lep }],
    defaultLevel: "broad-industry-group",
    years: yearRange(2018, 2022),
    licence: OGL,
    attribution: attributions.businessCounts,
    files: { lep },
    columns: areaColumns,
    sourceFile: sourceFileOf(areaFolder),
  },
  {
    id: "uk-business-counts-lad",
    title: "Enterprises by local authority district and broad industry group (England), 2018-2022",
    kind: "region-activity",
    geography: "309 English local authority districts (2021, LAD21CD codes, e.g. E06000023)",
    regionGeography: { id: "uk-areas-2021", level: "lad" },
    classification: broadGroups,
    measure,
    levels: [{ id: "broad-industry-group", title: "Broad industry group (1-18)", file: lad }],
    defaultLevel: "broad-industry-group",
    years: yearRange(2018, 2022),
    licence: OGL,
    attribution: attributions.businessCounts,
    files: { lad },
    columns: areaColumns,
    sourceFile: sourceFileOf(areaFolder),
  },
  {
    id: "uk-business-counts-england-sizeband",
    title: "Enterprises by English area, broad industry group and size band (Nomis table as published)",
    kind: "table",
    geography: "England: 309 districts, 38 LEPs, 48 LSIP/MCA areas, England (names only)",
    classification: broadGroups,
    measure: "enterprises by size band (Total, micro, small, medium-sized, large)",
    levels: [{ id: "broad-industry-group", title: "Broad industry group (1-18)", file: sizeBands }],
    years: yearRange(2018, 2022),
    licence: OGL,
    attribution: attributions.businessCounts,
    files: { table: sizeBands },
    sourceFile: sourceFileOf(areaFolder),
  },
  {
    id: "uk-business-counts-gb-sic5-sizeband",
    title: "Enterprises in Great Britain by SIC 2007 subclass and size band (9 bands), 2016-2022",
    kind: "table",
    geography: "Great Britain (K03000001)",
    classification: "UK SIC 2007",
    classificationId: "sic2007",
    measure: "enterprises by employment size band (EMPLOYMENT_SIZEBAND_NAME; rounded to 5)",
    levels: [{ id: "subclass", title: "SIC 2007 subclass (5-digit Nomis code)", file: gbSic5 }],
    defaultLevel: "subclass",
    years: yearRange(2016, 2022),
    licence: OGL,
    attribution: attributions.businessCounts,
    files: { table: gbSic5 },
    columns: { region: "GEOGRAPHY_CODE", activity: "INDUSTRY_CODE", value: "COUNT", time: "DATE" },
    sourceFile: sourceFileOf(gbFolder),
  },
];
