// UK SIC 2007 as a Classification: sections, divisions, groups and classes from the ONS hierarchy
// (openregister copy, ONS notation), subclasses as the 729 unpunctuated Nomis codes used by BRES and
// UK Business Counts, each placed under its class (`30300` -> `30.30`, `93191` -> `93.19`).
import {
  type Classification,
  type ClassificationIndex,
  type ClassificationNode,
  createClassificationIndex,
} from "@smartspec/domain";
import { readTable } from "../read/read-table.ts";
import { setPath } from "../sets-path.ts";
import { lazy } from "./lazy.ts";

/** Nomis' BRES-only farm code, with no class in SIC 2007: it gets a pseudo group and class. */
export const sicFarmCode = "01000";
/** The pseudo group and class holding `01000` under division 01 (not SIC 2007 codes). */
export const sicPseudoGroup = "01.0";
export const sicPseudoClass = "01.00";

const levels = [
  { id: "section", title: "Section" },
  { id: "division", title: "Division (2-digit)" },
  { id: "group", title: "Group (3-digit)" },
  { id: "class", title: "Class (4-digit)" },
  { id: "subclass", title: "Subclass (5-digit Nomis code)" },
] as const;

/** The level of an ONS-notation code of the hierarchy file; undefined for a UK subclass (`93.19/1`). */
function levelOfOnsCode(code: string): string | undefined {
  if (/^[A-U]$/.test(code)) return "section";
  if (/^\d\d$/.test(code)) return "division";
  if (/^\d\d\.\d$/.test(code)) return "group";
  if (/^\d\d\.\d\d$/.test(code)) return "class";
  return undefined;
}

function readSic2007(): Classification {
  const hierarchy = readTable(setPath("uk-sic2007", "sic2007_hierarchy.tsv"));
  const [codeAt, nameAt, parentAt] = ["industrial-classification-2007", "name", "parent"].map((c) =>
    hierarchy.column(c),
  ) as [number, number, number];
  const nodes: ClassificationNode[] = [];
  for (const row of hierarchy.rows) {
    const code = row[codeAt]!;
    const level = levelOfOnsCode(code);
    // UK subclasses (93.19/1) are replaced by their Nomis codes below.
    if (level === undefined) continue;
    const parent = row[parentAt]!.replace("industrial-classification-2007:", "");
    nodes.push({ code, title: row[nameAt]!, level, parent: parent === "" ? null : parent });
  }
  nodes.push(
    {
      code: sicPseudoGroup,
      title: "DEFRA/Scottish Executive Agricultural Data (BRES pseudo group)",
      level: "group",
      parent: "01",
    },
    {
      code: sicPseudoClass,
      title: "DEFRA/Scottish Executive Agricultural Data (BRES pseudo class)",
      level: "class",
      parent: sicPseudoGroup,
    },
  );
  const nomis = readTable(setPath("uk-sic2007", "sic2007_subclass_lookup_nomis.csv"));
  const [subclassAt, titleAt] = ["SIC_5DIGIT_CODE", "SIC_5DIGIT_NAME"].map((c) => nomis.column(c)) as [
    number,
    number,
  ];
  for (const row of nomis.rows) {
    const code = row[subclassAt]!;
    const parent = code === sicFarmCode ? sicPseudoClass : `${code.slice(0, 2)}.${code.slice(2, 4)}`;
    // Nomis titles read "30300 : Manufacture of air and spacecraft and related machinery".
    const title = row[titleAt]!.replace(/^\d{5} : /, "");
    nodes.push({ code, title, level: "subclass", parent });
  }
  return {
    id: "sic2007",
    title: "UK Standard Industrial Classification 2007",
    version: "2007",
    levels,
    nodes,
  };
}

/**
 * UK SIC 2007, read on first use and cached: 21 sections, 88 divisions, 273 groups, 616 classes
 * (each including the pseudo group/class of `01000`) and 729 subclasses. Example:
 * `createClassificationIndex(loadSic2007()).ancestorAt("30300", "division")` is `"30"`.
 */
export const loadSic2007: () => Classification = lazy(readSic2007);

/** The index over `loadSic2007()`, built on first use. Example: `loadSic2007Index().node("29")?.title`. */
export const loadSic2007Index: () => ClassificationIndex = lazy(() =>
  createClassificationIndex(loadSic2007()),
);
