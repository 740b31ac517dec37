// The weighting of the exports in plain words, shared by the report PDF's cover and the data
// pack's About sheet: the base of the weighted estimates (Kish n_eff and deff; methods doc §5:
// never a weighted percentage without it), what went wrong with a requested weighting, and the
// population counts it calibrates to with the attribution their licence asks for.
import type { Weighting } from "../results/results-design.ts";
import type { WeightingChoice, WeightsSummary } from "../results/weighting-choice.ts";

/** Each weighting as a noun phrase ("Raking by size band and SIC section"). */
export const weightingChoiceTitles: Readonly<Record<WeightingChoice, string>> = {
  design: "Design weights only",
  "post-stratify:size": "Post-stratification by size band",
  "post-stratify:section": "Post-stratification by SIC section",
  "rake:size,section": "Raking by size band and SIC section",
};

/** "Effective sample size 2.9 of 4 responses (Kish), design effect of the weighting 1.36." */
export function kishText(weighting: Weighting, weights: WeightsSummary | undefined): string | null {
  const kish = weights?.kish;
  const weighted = weighting.kind === "design" || (weights !== undefined && weights.applied !== "design");
  if (!weighted || !kish) return null;
  return `Effective sample size ${kish.effectiveSampleSize.toFixed(1)} of ${kish.n} response${kish.n === 1 ? "" : "s"} (Kish), design effect of the weighting ${kish.designEffect.toFixed(2)}.`;
}

const keptSentence = "The design weights are kept.";

/** Why a requested weighting was not applied, or what to read with care; null when nothing is wrong. */
export function weightingProblemsText(weights: WeightsSummary | undefined): string | null {
  if (!weights || weights.problems.length === 0) return null;
  if (weights.applied !== weights.requested) {
    const why = weights.problems.filter((p) => p !== keptSentence).join(" ");
    return `${weightingChoiceTitles[weights.requested]} was asked for, but the design weights are used: ${why}`;
  }
  return `Read the weighting with care: ${weights.problems.join(" ")}`;
}

/** The population counts the weights are calibrated to, with their attribution; null under design weights. */
export function populationText(weights: WeightsSummary | undefined): string | null {
  const p = weights?.population;
  if (!p) return null;
  return `${p.source}, counts for ${p.year}, ${p.geography}. Size bands: ${p.sizeBandMapping}. ${p.attribution}`;
}
