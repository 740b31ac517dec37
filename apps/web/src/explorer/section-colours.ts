// One fixed colour per SIC 2007 section (A-U), so a section keeps its colour on every chart and
// page. Colours from Observable's "observable10" and Tableau 20 palettes, reordered so that
// neighbouring sections differ; all reach 3:1 against white (graphical objects, WCAG 1.4.11).
import type { LegendEntry } from "./export-layout.ts";

const palette: Readonly<Record<string, string>> = {
  A: "#2e7d32",
  B: "#6d4c41",
  C: "#1d5aa6",
  D: "#c2410c",
  E: "#0f766e",
  F: "#b45309",
  G: "#7c3aed",
  H: "#be185d",
  I: "#a16207",
  J: "#0369a1",
  K: "#4d7c0f",
  L: "#9f1239",
  M: "#4338ca",
  N: "#047857",
  O: "#57534e",
  P: "#b91c1c",
  Q: "#0e7490",
  R: "#a21caf",
  S: "#3f6212",
  T: "#78350f",
  U: "#334155",
};

/** The colour of activities without a SIC section (uploads, trade classifications). */
export const noSectionColour = "#6b7686";

/** The label used for activities without a section, in legends and tables. */
export const noSectionLabel = "Other";

/**
 * The fill colour of a SIC section letter ("C" -> "#1d5aa6"); lower case is accepted; anything
 * else (null, "", "Z") -> the neutral `noSectionColour`.
 */
export function sectionColour(section: string | null | undefined): string {
  if (!section) return noSectionColour;
  return palette[section.toUpperCase()] ?? noSectionColour;
}

/** The sections present in some rows, sorted, with "Other" last: the legend's entries. */
export function sectionsIn(rows: readonly { readonly section: string | null }[]): string[] {
  const letters = new Set(
    rows.map((row) =>
      row.section && palette[row.section.toUpperCase()] ? row.section.toUpperCase() : noSectionLabel,
    ),
  );
  return [...letters].sort((a, b) =>
    a === noSectionLabel ? 1 : b === noSectionLabel ? -1 : a.localeCompare(b),
  );
}

/** The legend's entries as a colour key for exported charts: "Section C", ..., "Other". */
export function sectionLegendEntries(rows: readonly { readonly section: string | null }[]): LegendEntry[] {
  return sectionsIn(rows).map((section) =>
    section === noSectionLabel
      ? { colour: noSectionColour, label: noSectionLabel }
      : { colour: sectionColour(section), label: `Section ${section}` },
  );
}
