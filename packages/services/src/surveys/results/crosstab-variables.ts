// The variables a cross-tab can use: a single-choice, rating or Likert question (its choices or
// scale points, in the instrument's order; a Likert item's "don't know" codes are left out as in
// its summary), or a frame variable of the responding unit (size band, region, SIC section,
// stratum; levels in sorted order). Pure.
import { type Choice, type Question, sortedLevels } from "@smartspec/domain";
import { type SicLevel, sicCodeAt } from "../population/sic-section.ts";
import type { CrosstabLevel, CrosstabVariable } from "./crosstab-estimate.ts";
import { type Answers, text, withSpecial } from "./result-shapes.ts";

export const crosstabFrameVariables = ["size_band", "region", "sic_section", "stratum"] as const;
export type CrosstabFrameVariable = (typeof crosstabFrameVariables)[number];

export const crosstabFrameVariableTitle: Readonly<Record<CrosstabFrameVariable, string>> = {
  size_band: "size band",
  region: "region",
  sic_section: "SIC section",
  stratum: "stratum",
};

/** What the frame says of a responding unit. */
export interface CrosstabUnit {
  readonly sizeBand: string | null;
  readonly region: string | null;
  readonly sicCode: string | null;
  readonly stratum: string | null;
}

/** The question types a cross-tab can take, each way. */
export function isCrosstabQuestion(question: Question): boolean {
  return question.type === "single-choice" || question.type === "rating" || question.type === "likert";
}

function questionLevels(question: Question): Choice[] {
  switch (question.type) {
    case "single-choice":
      return withSpecial(question);
    case "rating": {
      const levels: Choice[] = [];
      for (let v = question.min; v <= question.max; v++) levels.push({ value: String(v), label: String(v) });
      return levels;
    }
    case "likert":
      return question.scale.points.map((p) => ({ value: String(p.value), label: p.label }));
    default:
      return [];
  }
}

/** A question as a cross-tab variable; answers outside its levels are missing. */
export function questionVariable(question: Question, answers: Answers): CrosstabVariable {
  const levels = questionLevels(question);
  const codes = new Set(levels.map((l) => l.value));
  return {
    kind: "question",
    name: question.name,
    title: question.title,
    levels,
    values: answers.map((a) => {
      const v = text(a[question.name]);
      return v !== null && codes.has(v) ? v : null;
    }),
  };
}

function unitValue(unit: CrosstabUnit, variable: CrosstabFrameVariable, sicLevel: SicLevel): string | null {
  const raw =
    variable === "size_band"
      ? unit.sizeBand
      : variable === "region"
        ? unit.region
        : variable === "stratum"
          ? unit.stratum
          : (sicCodeAt(unit.sicCode, sicLevel) ?? null);
  const trimmed = raw?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}

/** A frame variable of each response's unit (null: the response is not linked to a unit). */
export function frameVariable(
  variable: CrosstabFrameVariable,
  units: readonly (CrosstabUnit | null)[],
  sicLevel: SicLevel = "section",
): CrosstabVariable {
  const values = units.map((u) => (u === null ? null : unitValue(u, variable, sicLevel)));
  const levels: CrosstabLevel[] = sortedLevels(values).map((v) => ({ value: v, label: v }));
  const title =
    variable === "sic_section" && sicLevel === "division"
      ? "SIC division"
      : crosstabFrameVariableTitle[variable];
  return { kind: "frame", name: variable, title, levels, values };
}
