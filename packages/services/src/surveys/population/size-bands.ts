// Organisation size bands for weighting: the four employment bands of the UK and EU definitions
// (micro 0-9, small 10-49, medium 50-249, large 250+; survey-methods.md §10), how the nine Nomis
// bands of UK Business Counts sum into them, and how a frame's size-band labels are read.

import { type PopulationSizeBand, populationSizeBands } from "@smartspec/domain";

export { type PopulationSizeBand, populationSizeBands };

/** Each band's employment range, as reports print it. */
export const sizeBandRange: Readonly<Record<PopulationSizeBand, string>> = {
  micro: "0-9",
  small: "10-49",
  medium: "50-249",
  large: "250+",
};

/** Nomis EMPLOYMENT_SIZEBAND_NAME (employees + working proprietors) -> band. Limits coincide exactly. */
export const nomisSizeBandOf: Readonly<Record<string, PopulationSizeBand>> = {
  "0 to 4": "micro",
  "5 to 9": "micro",
  "10 to 19": "small",
  "20 to 49": "small",
  "50 to 99": "medium",
  "100 to 249": "medium",
  "250 to 499": "large",
  "500 to 999": "large",
  "1000+": "large",
};

/** Frame labels read as each band, after lower-casing and removing blanks (e.g. "0 - 9" -> "0-9"). */
const frameLabels: Readonly<Record<PopulationSizeBand, readonly string[]>> = {
  micro: ["micro", "0-9", "1-9", "0to9", "1to9", "under10", "micro(0to9)", "micro(0-9)"],
  small: ["small", "10-49", "10to49", "small(10to49)", "small(10-49)"],
  medium: [
    "medium",
    "medium-sized",
    "50-249",
    "50to249",
    "medium(50to249)",
    "medium-sized(50to249)",
    "medium(50-249)",
  ],
  large: ["large", "250+", "250andover", "250ormore", "250plus", "large(250+)", "large(250ormore)"],
};

const bandOfLabel = new Map(
  populationSizeBands.flatMap((band) => frameLabels[band].map((label) => [label, band] as const)),
);

/** The words of the mapping, for reports: "0 to 4, 5 to 9 -> micro (0-9); ...". */
export function nomisMappingText(): string {
  return populationSizeBands
    .map((band) => {
      const nomis = Object.keys(nomisSizeBandOf).filter((n) => nomisSizeBandOf[n] === band);
      return `${nomis.join(", ")} -> ${band} (${sizeBandRange[band]})`;
    })
    .join("; ");
}

/**
 * The band of a frame's size-band label, or undefined when it is none of the known forms.
 * `overrides` (label as written -> band) comes first. Examples: "0-9", "Micro", "Micro (0 to 9)"
 * -> micro; "250+" -> large; "1-49" -> undefined (it spans two bands).
 */
export function frameSizeBand(
  label: string | null,
  overrides: Readonly<Record<string, PopulationSizeBand>> = {},
): PopulationSizeBand | undefined {
  if (label === null) return undefined;
  const given = overrides[label] ?? overrides[label.trim()];
  if (given !== undefined) return given;
  const key = label
    .toLowerCase()
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, "");
  return bandOfLabel.get(key);
}
