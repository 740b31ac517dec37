import type { BundledDataset } from "../dataset-types.ts";
import { ladToItl3File } from "../loaders/load-uk-area-hierarchy.ts";
import { setPath, sourceFileOf } from "../sets-path.ts";
import { attributions, OGL } from "./attributions.ts";

const sicFolder = "uk-sic2007";

/** The SIC 2007 classification and the district -> LEP lookup. */
export const referenceDatasets: readonly BundledDataset[] = [
  {
    id: "sic2007",
    title: "UK SIC 2007 (section > division > group > class > subclass; NACE Rev. 2 to class level)",
    kind: "classification",
    geography: "-",
    classification: "UK SIC 2007",
    classificationId: "sic2007",
    levels: [
      { id: "section", title: "Section (21, A-U)" },
      { id: "division", title: "Division (88, 2-digit)" },
      { id: "group", title: "Group (272, 3-digit, e.g. 30.3)" },
      { id: "class", title: "Class (615, 4-digit, e.g. 30.30)" },
      { id: "subclass", title: "Subclass (729 Nomis 5-digit codes, e.g. 30300)" },
    ],
    years: [2007],
    licence: `${OGL}; code lists MIT (openregister)`,
    attribution: attributions.sic2007,
    files: {
      hierarchy: setPath(sicFolder, "sic2007_hierarchy.tsv"),
      subclasses: setPath(sicFolder, "sic2007_subclass_lookup_nomis.csv"),
      divisions: setPath(sicFolder, "sic2007_divisions_with_sections.csv"),
    },
    sourceFile: sourceFileOf(sicFolder),
  },
  {
    id: "uk-lad21-lep21",
    title: "English local authority districts (2021) to Local Enterprise Partnerships (2021), derived",
    kind: "lookup",
    geography: "309 English districts -> 38 LEPs (7 districts in two LEPs)",
    classification: "-",
    levels: [],
    years: [2021],
    licence: OGL,
    attribution: attributions.ukBoundaries,
    files: { lookup: setPath("uk-boundaries", "lad21_to_lep21_england_derived.csv") },
    sourceFile: sourceFileOf("uk-boundaries"),
  },
  {
    id: "uk-areas-2021",
    title: "UK local authority districts (2021) in ITL3, ITL2 and ITL1 regions (2021), derived",
    kind: "lookup",
    geography: "374 UK districts -> 179 ITL3 -> 41 ITL2 -> 12 ITL1",
    classification: "-",
    levels: [
      { id: "itl1", title: "ITL1 region (12, e.g. TLK South West)" },
      { id: "itl2", title: "ITL2 region (41, e.g. TLK1)" },
      { id: "itl3", title: "ITL3 region (179, e.g. TLK11)" },
      { id: "lad", title: "Local authority district, December 2021 (374, e.g. E06000023)" },
    ],
    years: [2021],
    licence: OGL,
    attribution: attributions.ukBoundaries,
    files: { lookup: ladToItl3File },
    sourceFile: sourceFileOf("uk-boundaries"),
  },
];
