// `smartspec survey estimate`: design-based proportions of every category of one column, overall
// or by group, with svyciprop-equivalent intervals (issue 6 contract):
//   by,category,proportion,se,ci_low,ci_high,n,n_effective
import { resolve } from "node:path";
import { estimateProportions, type SurveyIntervalMethod, surveyDesign } from "@smartspec/domain";
import type { CliContext } from "../cli-context.ts";
import { choiceOption, parseOptions, requiredOption, stringOption } from "../parse-options.ts";
import { UsageError } from "../usage-error.ts";
import { codeColumn, positiveColumn, readSurveyCsv, textColumn, writeSurveyCsv } from "./survey-csv.ts";
import { locateSurveyErrors } from "./survey-design-error.ts";

const options = {
  data: { type: "string" },
  var: { type: "string" },
  by: { type: "string" },
  weight: { type: "string" },
  strata: { type: "string" },
  fpc: { type: "string" },
  ci: { type: "string" },
  level: { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const intervalChoices = ["wilson", "clopper-pearson", "logit", "wald"] as const;
const svycipropMethod: Record<(typeof intervalChoices)[number], SurveyIntervalMethod> = {
  wilson: "wilson",
  "clopper-pearson": "beta",
  logit: "logit",
  wald: "mean",
};

export const surveyEstimateHelp = `Usage: smartspec survey estimate --data FILE.csv --var COL [--by COL] [--weight COL]
         [--strata COL] [--fpc COL] [--ci wilson|clopper-pearson|logit|wald] [--level 0.95]
         --out FILE.csv

The share of respondents in every category of --var, with its design-based standard error and
confidence interval, as R's survey package computes them for
  svydesign(ids = ~1, strata = ~STRATA, weights = ~WEIGHT, fpc = ~FPC, data = d)
(each row its own sampling unit; without --fpc, sampling with replacement). Per group of --by,
the estimate is svyciprop on subset(design, !is.na(VAR) & BY == group): rows with an empty
--var are left out of the percentages but stay in the design (domain estimation).

Options:
  --data FILE.csv    one row per respondent (comma, semicolon or tab separated)
  --var COL          the answer column (any text or codes; empty = no answer)
  --by COL           estimate per group of this column (rows with an empty group are left out)
  --weight COL       final weights, taken as fixed design weights (> 0); default N_h / n_h with
                     --fpc, else 1
  --strata COL       sampling strata (no empty values)
  --fpc COL          population size N_h of the row's stratum (> 1), or its sampling fraction (<= 1)
  --ci METHOD        wilson (default; survey >= 4.5 svyciprop "wilson"), clopper-pearson
                     (svyciprop "beta", Korn & Graubard), logit (svyciprop "logit"), wald
                     (svyciprop "mean"); t quantiles with the design's degrees of freedom
  --level X          confidence level, between 0 and 1 (default 0.95)
  --out FILE.csv     by,category,proportion,se,ci_low,ci_high,n,n_effective: n = the group's
                     unweighted base (rows with an answer), n_effective = p(1-p)/se^2

Where a share is 0 or 1 the survey intervals are undefined; that row gets an unweighted
Clopper-Pearson interval and n_effective is Kish's (sum w)^2 / sum w^2, and a note says so.

Example:
  smartspec survey estimate --data answers.csv --var aware --by sector --strata size --fpc N_h \\
    --out aware.csv`;

const header = ["by", "category", "proportion", "se", "ci_low", "ci_high", "n", "n_effective"] as const;

function levelOption(values: Record<string, string | boolean | undefined>): number {
  const text = stringOption(values, "level");
  if (text === undefined) return 0.95;
  const level = Number(text);
  if (text.trim() === "" || !(level > 0 && level < 1)) {
    throw new UsageError(
      `--level must be a number between 0 and 1, e.g. 0.95 (got "${text}")`,
      "survey estimate",
    );
  }
  return level;
}

export async function runSurveyEstimate(args: readonly string[], context: CliContext): Promise<number> {
  const command = "survey estimate";
  const values = parseOptions(command, args, options);
  if (values.help) {
    context.stdout(`${surveyEstimateHelp}\n`);
    return 0;
  }
  const dataFile = requiredOption(command, values, "data");
  const variable = requiredOption(command, values, "var");
  const out = requiredOption(command, values, "out");
  const ci = choiceOption(command, values, "ci", intervalChoices) ?? "wilson";
  const level = levelOption(values);
  const [by, weight, strata, fpc] = ["by", "weight", "strata", "fpc"].map((name) =>
    stringOption(values, name),
  );

  const table = readSurveyCsv(resolve(context.cwd, dataFile), dataFile);
  const answers = textColumn(table, variable, "--var");
  const groups = by === undefined ? undefined : textColumn(table, by, "--by");
  const design = locateSurveyErrors(table, () =>
    surveyDesign({
      rows: table.records.length,
      ...(weight === undefined ? {} : { weights: positiveColumn(table, weight, "--weight") }),
      ...(strata === undefined ? {} : { strata: codeColumn(table, strata, "--strata") }),
      ...(fpc === undefined ? {} : { fpc: positiveColumn(table, fpc, "--fpc") }),
    }),
  );
  const estimates = locateSurveyErrors(table, () =>
    estimateProportions({
      design,
      values: answers,
      ...(groups === undefined ? {} : { by: groups }),
      method: svycipropMethod[ci],
      level,
    }),
  );
  if (estimates.length === 0) {
    context.stderr(
      `warning: ${dataFile}: no row has an answer in column "${variable}"; the output has no rows.\n`,
    );
  }
  writeSurveyCsv(
    resolve(context.cwd, out),
    out,
    header,
    estimates.map((e) => [e.by, e.category, e.proportion, e.se, e.lower, e.upper, e.n, e.nEffective]),
  );
  const fallback = estimates.filter((e) => e.intervalMethod === "clopper-pearson-unweighted");
  if (fallback.length > 0) {
    const listed = fallback.map((e) => (e.by === "" ? e.category : `${e.by}/${e.category}`)).join(", ");
    context.stderr(
      `note: share 0 or 1, so an unweighted Clopper-Pearson interval and Kish's n_effective for: ${listed}.\n`,
    );
  }
  const terms = [
    strata === undefined ? undefined : `strata = ~${strata}`,
    weight === undefined ? undefined : `weights = ~${weight}`,
    fpc === undefined ? undefined : `fpc = ~${fpc}`,
  ].filter((t) => t !== undefined);
  context.stdout(
    `Wrote ${out} (${estimates.length} rows): svydesign(ids = ~1${terms.map((t) => `, ${t}`).join("")}), ` +
      `svyciprop(method = "${svycipropMethod[ci]}", level = ${level}).\n`,
  );
  return 0;
}
