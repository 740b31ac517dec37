// The "Compare by" cross-tab of the results page (issue 6, scope 5), pure and tested without a
// browser: the reply's shape from GET {s}/crosstab, its path, the choices of the select, the
// grouped bars with intervals (Observable Plot, drawn by PlotFigure) and the table's rows.
import * as Plot from "@observablehq/plot";
import type {
  CategoryResult,
  CrosstabTest,
  SurveyCrosstab as DomainCrosstab,
  CrosstabGroup as DomainCrosstabGroup,
} from "@smartspec/domain";
import { surveyPath } from "../../../api/survey-path.ts";
import type { ResultsView } from "../../../api/survey-results-paths.ts";
import { intervalColour } from "../results-plot.ts";

/** A group's share of one answer: the parts of the domain's CategoryResult the page shows. */
export type CrosstabCategory = Pick<CategoryResult, "value" | "label" | "proportion" | "low" | "high" | "n">;

export type CrosstabGroup = Omit<DomainCrosstabGroup, "categories"> & {
  readonly categories: readonly CrosstabCategory[];
};

/** GET {s}/crosstab's reply (the domain's SurveyCrosstab), the parts the page shows. */
export type SurveyCrosstab = Pick<
  DomainCrosstab,
  "row" | "by" | "categories" | "sentence" | "withoutGroup"
> & {
  readonly groups: readonly CrosstabGroup[];
  readonly test: Omit<CrosstabTest, "meanDeff"> | null;
};

/** The frame variables the server groups by, as the select names them. */
export const crosstabFrameOptions = [
  { value: "size_band", label: "Size band" },
  { value: "region", label: "Region" },
  { value: "sic_section", label: "SIC section" },
  { value: "stratum", label: "Sample stratum" },
] as const;

/** Question types a cross-tab takes, each way. */
export const crosstabQuestionTypes: ReadonlySet<string> = new Set(["single-choice", "rating", "likert"]);

/**
 * The select's choices for question `row`: the frame variables, then every other question a
 * cross-tab can take, by title. Example: for "aware" among aware, benefits (multiple choice), size
 * -> the four frame variables and `{ value: "size", label: "Question: Size?" }`.
 */
export function crosstabByOptions(
  row: string,
  questions: readonly { readonly name: string; readonly title: string; readonly type: string }[],
): { value: string; label: string }[] {
  return [
    ...crosstabFrameOptions,
    ...questions
      .filter((q) => q.name !== row && crosstabQuestionTypes.has(q.type))
      .map((q) => ({ value: q.name, label: `Question: ${q.title}` })),
  ];
}

/**
 * GET {s}/crosstab for a row question, a `by` variable and the page's view. Example:
 * `crosstabPath("ne", "s1", "aware", "size_band", { weighting: "rake:size,section", year: 2022 })` ->
 * `/api/workspaces/ne/surveys/s1/crosstab?row=aware&by=size_band&weighting=rake%3Asize%2Csection&year=2022`.
 */
export function crosstabPath(
  slug: string,
  surveyId: string,
  row: string,
  by: string,
  view: ResultsView,
): string {
  const params = new URLSearchParams({ row, by });
  if (view.weighting !== "design") params.set("weighting", view.weighting);
  if (view.year !== undefined) params.set("year", String(view.year));
  return `${surveyPath(slug, surveyId)}/crosstab?${params.toString()}`;
}

/** One bar per group and answer, answers in the question's order, groups in the reply's order. */
export function crosstabBars(crosstab: SurveyCrosstab) {
  return crosstab.groups.flatMap((group) =>
    group.categories.map((c) => ({
      group: group.label,
      answer: c.label,
      proportion: c.proportion,
      low: c.low,
      high: c.high,
    })),
  );
}

/** Group colours: 3:1 or more on white each (WCAG 1.4.11), distinct in hue and lightness. */
export const groupColours = ["#1d4f91", "#c0504d", "#2e7d32", "#8a5a00", "#6a3d9a", "#00695c", "#6b7686"];

/**
 * Grouped bars: one panel row per answer, one bar per group with its interval, on a 0-100 % axis
 * (Plot's `percent` multiplies the proportions by 100, so the domain is in percent).
 */
export function crosstabPlotOptions(
  crosstab: SurveyCrosstab,
  width: number,
  intervalName = "95% interval",
): Plot.PlotOptions {
  const bars = crosstabBars(crosstab);
  const groups = crosstab.groups.map((g) => g.label);
  const answers = crosstab.categories.map((c) => c.label);
  const longest = Math.max(4, ...answers.map((a) => a.length), ...groups.map((g) => g.length));
  return {
    width,
    height: 40 + 22 * bars.length + 12 * answers.length,
    marginLeft: Math.min(Math.round(width * 0.4), 12 + 7 * longest),
    x: { domain: [0, 100], label: `Share, % (bar) and ${intervalName} (line)`, percent: true, grid: true },
    y: { domain: groups, label: null },
    fy: { domain: answers, label: null },
    color: { domain: groups, range: groupColours.slice(0, Math.max(1, groups.length)), legend: false },
    marks: [
      Plot.barX(bars, {
        x: "proportion",
        y: "group",
        fy: "answer",
        fill: "group",
        insetTop: 3,
        insetBottom: 3,
      }),
      Plot.ruleY(bars, {
        x1: "low",
        x2: "high",
        y: "group",
        fy: "answer",
        stroke: intervalColour,
        strokeWidth: 2,
      }),
      Plot.ruleX([0]),
    ],
  };
}

const percent = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : "-");

/** The table: one row per group, "share (low to high)" per answer, then n and effective n. */
export function crosstabTableRows(crosstab: SurveyCrosstab) {
  return crosstab.groups.map((group) => ({
    group: group.label,
    cells: crosstab.categories.map((category) => {
      const c = group.categories.find((x) => x.value === category.value);
      return c ? `${percent(c.proportion)} (${percent(c.low)} to ${percent(c.high)})` : "-";
    }),
    n: String(group.n),
    nEffective: group.n === 0 ? "-" : group.nEffective.toFixed(1),
  }));
}
