// Pure parts of the map: which geography levels a data set offers, which feature property holds
// the region codes, and the colour of an LQ. The drawing (d3-geo) is in choropleth.tsx.
import { scaleDiverging } from "d3";

const ladder = ["itl1", "itl2", "itl3", "lad"] as const;

/**
 * The region levels a data set can be mapped at: its own, then the coarser ITL levels (the
 * server sums regions up). Example: "lad" -> ["lad", "itl3", "itl2", "itl1"]; "lep" -> ["lep"];
 * no geography -> [].
 */
export function geographyLevels(own: string | undefined): string[] {
  if (own === undefined || own === "") return [];
  const index = ladder.indexOf(own as (typeof ladder)[number]);
  if (index < 0) return [own];
  return [own, ...ladder.slice(0, index).reverse()];
}

/** Human names of region levels for the "Geography" select. */
export function geographyLabel(level: string): string {
  const names: Record<string, string> = {
    itl1: "ITL1 (nations and regions)",
    itl2: "ITL2",
    itl3: "ITL3",
    lad: "Local authority districts",
    lep: "Local enterprise partnerships",
  };
  return names[level] ?? level.toUpperCase();
}

/**
 * The feature property whose values match the most region codes (boundary files name their
 * code column differently: ITL221CD, LAD23CD, lep21cd...). Ties go to the first key seen; no
 * match -> undefined. Example: ([{ A: "x", B: "TLC" }], ["TLC"]) -> "B".
 */
export function codeProperty(
  properties: readonly (Readonly<Record<string, unknown>> | null | undefined)[],
  codes: readonly string[],
): string | undefined {
  const wanted = new Set(codes);
  const hits = new Map<string, number>();
  for (const record of properties) {
    for (const [key, value] of Object.entries(record ?? {})) {
      if (typeof value === "string" && wanted.has(value)) hits.set(key, (hits.get(key) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [key, count] of hits) if (best === undefined || count > (hits.get(best) ?? 0)) best = key;
  return best;
}

/** The colour of "no value" regions. */
export const noValueColour = "#e3e7ec";

/**
 * A colour function for LQs: diverging around 1 on a log2 scale (LQ 0.25 and 4 are equally far
 * from 1), blue below, orange above, clamped at 1/8 and 8; null or <= 0 -> `noValueColour`.
 */
export function lqColour(): (lq: number | null | undefined) => string {
  const scale = scaleDiverging<string>((t: number) => interpolateBlueOrange(t))
    .domain([-3, 0, 3])
    .clamp(true);
  return (lq) => (lq === null || lq === undefined || !(lq > 0) ? noValueColour : scale(Math.log2(lq)));
}

/** The legend's stops: LQ values and their colours. */
export function lqLegendStops(): { lq: number; colour: string }[] {
  const colour = lqColour();
  return [0.125, 0.25, 0.5, 1, 2, 4, 8].map((lq) => ({ lq, colour: colour(lq) }));
}

// Blue (#1d5aa6) -> near white (#f4f1ea) -> orange (#b45309): readable for red-green colour blindness.
function interpolateBlueOrange(t: number): string {
  const stops = [
    [29, 90, 166],
    [244, 241, 234],
    [180, 83, 9],
  ] as const;
  const [from, to, local] = t < 0.5 ? [stops[0], stops[1], t * 2] : [stops[1], stops[2], (t - 0.5) * 2];
  const mix = (i: 0 | 1 | 2) => Math.round(from[i] + (to[i] - from[i]) * local);
  return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}
