// Results of a coded field: frequencies of the final codes with Wilson intervals (% of coded
// answers) and % of mentions, and the same table as CSV. Any member, once the codes are revealed.
import type { SurveyContext } from "../survey-context.ts";
import { codeFrequencies } from "./code-frequencies.ts";
import { revealedCoding } from "./coded-field-state.ts";
import { type CodingProps, codingScope } from "./coding-scope.ts";
import type { CodingResultsView } from "./coding-views.ts";
import { finalCodeSets } from "./final-code-sets.ts";

/** Frequencies of the final codes of the field (any member, once revealed). */
export async function codingResults(ctx: SurveyContext, props: CodingProps): Promise<CodingResultsView> {
  const db = ctx.database.db;
  const scope = await codingScope(db, props, "read-data");
  const state = await revealedCoding(db, scope);
  const finals = finalCodeSets(state.answers, state.first, state.second, state.adjudicated);
  return {
    field: scope.field.field,
    title: scope.field.title,
    answers: state.answers.length,
    pending: state.answers.length - finals.size,
    ...codeFrequencies(state.codes, finals),
  };
}

const csvHeader = [
  "code",
  "parent",
  "answers",
  "percent_of_answers",
  "ci_low",
  "ci_high",
  "percent_of_mentions",
  "theme_answers",
  "theme_percent",
  "theme_ci_low",
  "theme_ci_high",
];

/** A CSV cell: quoted when it holds a comma, quote or line break; a leading = + - @ is defused. */
function cell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Percent with up to 4 decimals (shortest form: 50, 37.5, 21.5216). */
const percent = (share: number) => Math.round(share * 1e6) / 1e4;

/** The results as CSV (one row per code; shares in percent; the bases in a trailer). */
export async function codingResultsCsv(
  ctx: SurveyContext,
  props: CodingProps,
): Promise<{ readonly fileName: string; readonly text: string }> {
  const results = await codingResults(ctx, props);
  const labels = new Map(results.codes.map((c) => [c.codeId, c.label]));
  const rows = results.codes.map((c) => [
    c.label,
    c.parentId ? (labels.get(c.parentId) ?? "") : "",
    c.answers,
    percent(c.proportion),
    percent(c.lower),
    percent(c.upper),
    percent(c.mentionShare),
    c.theme?.answers ?? null,
    c.theme ? percent(c.theme.proportion) : null,
    c.theme ? percent(c.theme.lower) : null,
    c.theme ? percent(c.theme.upper) : null,
  ]);
  const lines = [csvHeader, ...rows].map((row) => row.map(cell).join(","));
  lines.push(
    "",
    cell(
      `Base: ${results.codedAnswers} answers with final codes (of ${results.answers}; ${results.pending} pending), ${results.mentions} mentions. ${Math.round(results.level * 100)}% Wilson intervals.`,
    ),
  );
  return { fileName: `coding-${props.field}.csv`, text: `${lines.join("\r\n")}\r\n` };
}
