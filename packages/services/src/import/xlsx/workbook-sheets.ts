// The sheet list of a workbook: `xl/workbook.xml` names the sheets in tab order and points at
// each through `xl/_rels/workbook.xml.rels` (ECMA-376 Part 1, 18.2.19-18.2.20 and Part 2, 9.3).
import { attribute, parseXml } from "./xml-events.ts";

/** One sheet as the tab bar shows it; `part` is its zip entry name. */
export interface WorkbookSheet {
  readonly name: string;
  /** "visible", "hidden" or "veryHidden". */
  readonly state: string;
  /** Chart and dialog sheets hold no cells; only "worksheet" can be read. */
  readonly kind: "worksheet" | "chartsheet" | "other";
  readonly part: string | undefined;
}

export interface WorkbookLayout {
  readonly sheets: readonly WorkbookSheet[];
  /** Dates count from 1904-01-01 (old Mac Excel) instead of 1900-01-00. */
  readonly date1904: boolean;
  readonly sharedStringsPart: string | undefined;
  readonly stylesPart: string | undefined;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** A relationship target is relative to `xl/` unless it starts with "/" (relative to the package root). */
function resolveTarget(target: string): string {
  const parts = target.startsWith("/") ? [] : ["xl"];
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "" && segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

function readRelationships(rels: Uint8Array | undefined): Map<string, Relationship> {
  const byId = new Map<string, Relationship>();
  if (rels === undefined) return byId;
  parseXml(rels, {
    open(name, attributes) {
      const id = attributes.Id;
      const target = attributes.Target;
      if (name !== "Relationship" || id === undefined || target === undefined) return;
      const type = attributes.Type ?? "";
      byId.set(id, { type: type.slice(type.lastIndexOf("/") + 1), target: resolveTarget(target) });
    },
  });
  return byId;
}

const kindOf = (type: string | undefined): WorkbookSheet["kind"] =>
  type === "worksheet" ? "worksheet" : type === "chartsheet" ? "chartsheet" : "other";

/**
 * The sheets, date system and part names of a workbook from the bytes of its workbook part and
 * relationships. Without relationships, sheet N is assumed at `xl/worksheets/sheetN.xml`, where
 * every producer puts it. Example: `readWorkbookLayout(workbookXml, relsXml).sheets[0]?.name`.
 */
export function readWorkbookLayout(workbook: Uint8Array, rels: Uint8Array | undefined): WorkbookLayout {
  const relationships = readRelationships(rels);
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  parseXml(workbook, {
    open(name, attributes) {
      if (name === "workbookPr") {
        const value = attributes.date1904;
        date1904 = value === "1" || value === "true";
      } else if (name === "sheet") {
        const target = relationships.get(attribute(attributes, "id", true) ?? "");
        const fallback = rels === undefined ? `xl/worksheets/sheet${sheets.length + 1}.xml` : undefined;
        sheets.push({
          name: attributes.name ?? `Sheet${sheets.length + 1}`,
          state: attributes.state ?? "visible",
          kind: target === undefined && fallback !== undefined ? "worksheet" : kindOf(target?.type),
          part: target?.target ?? fallback,
        });
      }
    },
  });
  const partOf = (type: string) => [...relationships.values()].find((r) => r.type === type)?.target;
  return {
    sheets,
    date1904,
    sharedStringsPart: rels === undefined ? "xl/sharedStrings.xml" : partOf("sharedStrings"),
    stylesPart: rels === undefined ? "xl/styles.xml" : partOf("styles"),
  };
}
