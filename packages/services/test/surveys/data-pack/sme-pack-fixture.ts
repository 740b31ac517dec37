// The data-pack test survey: the SME fixture instrument (packages/domain/test/survey-instrument)
// answered by 60 generated SMEs in three size strata (micro 30 of 900, small 18 of 150, medium 12
// of 53), with a seeded generator so every run writes the same pack, plus the design and the
// estimates a report would show. The R fixtures in ./fixtures were made from exactly this pack.
import {
  type DatasetDesignSpec,
  type DatasetEstimateSpec,
  type SurveyDataset,
  surveyDataset,
} from "@smartspec/domain";
import { smeSurvey } from "../../../../domain/test/survey-instrument/sme-survey.ts";

/** A small linear congruential generator (Numerical Recipes constants): deterministic, not secure. */
function generator(seed: number) {
  let state = seed >>> 0;
  return (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

const strata = [
  { band: "micro", sampled: 30, population: 900 },
  { band: "small", sampled: 18, population: 150 },
  { band: "medium", sampled: 12, population: 53 },
] as const;

function responses() {
  const pick = generator(20260304);
  const one = <T>(items: readonly T[]): T => items[pick(items.length)]!;
  const rows: Record<string, unknown>[] = [];
  const design = {
    caseIds: [] as string[],
    strata: [] as string[],
    fpc: [] as number[],
    weights: [] as number[],
    variants: [] as string[],
    completed: [] as string[],
  };
  for (const stratum of strata) {
    for (let i = 0; i < stratum.sampled; i++) {
      const n = rows.length + 1;
      const sector = one(["manufacturing", "manufacturing", "services", "construction", "other"]);
      const aware = one([1, 2, 3, 3, 4, 4, 5, "dont_know"]);
      const variant = one(["A", "B"]);
      const answers: Record<string, unknown> = {
        size_band: stratum.band,
        sector,
        global_link: one(["yes", "no", "no", "none"]),
        aware,
      };
      if (sector === "other")
        answers["sector-Comment"] = one(["Agri-tech", "Retail, wholesale", 'The "creative" industries']);
      if (stratum.band !== "medium" || pick(2) === 0)
        answers.employees = pick(stratum.band === "micro" ? 10 : 240);
      if (answers.global_link === "yes") answers.global_name = one(["Siemens", "Rolls-Royce", "Škoda"]);
      if (typeof aware === "number" && aware > 1) {
        const benefits = ["new_tech", "contacts", "supply_chain", "image", "funding"].filter(
          () => pick(3) === 0,
        );
        answers.benefits = benefits.length > 0 ? benefits : ["none"];
        answers.expectations = {
          productivity: one([1, 2, 3, 4, 5]),
          exports: one([1, 2, 3, 4, 5, "na"]),
          innovation: one([2, 3, 4, 5]),
        };
        if (!String(answers.benefits).includes("none"))
          answers.barriers = one([
            ["cost", "time", "distance"],
            ["time", "distance", "cost"],
            ["distance", "cost", "time"],
          ]);
        answers[variant === "A" ? "value_a" : "value_b"] = pick(11);
        if (n >= 7 && !rows.some((r) => r.comments))
          answers.comments = `${"Ensure the facility is open to small firms. ".repeat(8)}Café crème ☕ — merci.`;
      }
      rows.push(answers);
      design.caseIds.push(`case-${String(n).padStart(3, "0")}`);
      design.strata.push(stratum.band);
      design.fpc.push(stratum.population);
      design.weights.push(stratum.population / stratum.sampled);
      design.variants.push(variant);
      design.completed.push(
        `2026-03-${String(2 + (n % 20)).padStart(2, "0")}T${String(n % 24).padStart(2, "0")}:30:00Z`,
      );
    }
  }
  return { rows, design };
}

const generated = responses();
export const packResponses = generated.rows;
/** The design columns of each response (case ids, strata, fpc, weights N_h / n_h, variants, days). */
export const packDesignColumns = generated.design;

export const packDataset: SurveyDataset = surveyDataset(smeSurvey(), generated.rows, generated.design);

export const packDesign: DatasetDesignSpec = {
  strata: "stratum",
  fpc: "fpc",
  weights: "weight",
  rake: [
    { variable: "size_band", population: { micro: 900, small: 150, medium: 53 } },
    { variable: "sector", population: { manufacturing: 480, services: 330, construction: 190, other: 103 } },
  ],
};

/** A second design for the R check: strata and weights without an fpc, post-stratified by sector. */
export const packPostStratifiedDesign: DatasetDesignSpec = {
  strata: "stratum",
  weights: "weight",
  postStratify: {
    variable: "sector",
    population: { manufacturing: 480, services: 330, construction: 190, other: 103 },
  },
};

export const packEstimates: DatasetEstimateSpec[] = [
  // Sector is a raking margin, so its shares have a variance of ~1e-25: "logit" (R fits a glm,
  // converged to ~1e-9) would test glm's tolerance, not ours; "xlogit" is closed-form.
  { kind: "proportions", id: "sector", variable: "sector", method: "xlogit" },
  { kind: "proportions", id: "link", variable: "global_link", method: "logit" },
  { kind: "proportions", id: "size", variable: "size_band", method: "asin", level: 0.9 },
  { kind: "proportions", id: "link_by_size", variable: "global_link", by: "size_band", method: "beta" },
  { kind: "top-box", id: "aware_top2", variable: "aware", method: "wilson" },
  { kind: "top-box", id: "aware_by_size", variable: "aware", by: "size_band", method: "xlogit" },
  { kind: "top-box", id: "exports_top2", variable: "expectations_exports", method: "mean", level: 0.99 },
  { kind: "rao-scott", id: "link_x_size", rows: "global_link", columns: "size_band" },
];
