// `smartspec survey rake`: raking weights to population margins (R survey's rake(), same
// stopping rule), written as a `weight` column added to the data (issue 6 contract).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type RakeMargin, rake, surveyDesign } from "@smartspec/domain";
import { InputError } from "@smartspec/services";
import type { CliContext } from "../cli-context.ts";
import {
  parseOptions,
  positiveIntegerOption,
  positiveNumberOption,
  requiredOption,
  stringOption,
} from "../parse-options.ts";
import { codeColumn, positiveColumn, readSurveyCsv, writeSurveyCsv } from "./survey-csv.ts";
import { locateSurveyErrors } from "./survey-design-error.ts";

const options = {
  data: { type: "string" },
  margins: { type: "string" },
  weight: { type: "string" },
  "max-iterations": { type: "string" },
  epsilon: { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export const surveyRakeHelp = `Usage: smartspec survey rake --data FILE.csv --margins FILE.json [--weight COL]
         [--max-iterations 10] [--epsilon 1] --out FILE.csv

Raking (iterative proportional fitting) of the respondents' weights to population totals, as
R's survey package does it:
  rake(svydesign(ids = ~1, weights = ~WEIGHT, data = d), list(~COL1, ~COL2, ...),
       list(totals1, totals2, ...), control = list(maxit = 10, epsilon = 1))
One sweep post-stratifies to each margin in turn (in the file's order); it stops when no cell of
the joint weighted table moves by epsilon or more (weight units if >= 1, else a fraction of the
total weight), or after --max-iterations sweeps (then a warning).

Options:
  --data FILE.csv        one row per respondent
  --margins FILE.json    { "COL": { "level": population_total, ... }, ... }: every level in the
                         data needs a positive total, and every level with a total needs rows
  --weight COL           starting weights (> 0; default 1 for every row)
  --max-iterations N     at most N sweeps (default 10, R's maxit)
  --epsilon X            convergence tolerance (default 1, R's epsilon)
  --out FILE.csv         the data with a \`weight\` column added (or replaced)`;

function readMargins(path: string, file: string): Record<string, Record<string, number>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new InputError(
      "invalid-data",
      `${file}: cannot read the margins as JSON (${(error as Error).message}).`,
      {
        file,
      },
    );
  }
  const bad = (message: string) => new InputError("invalid-data", `${file}: ${message}`, { file });
  if (
    typeof parsed !== "object" ||
    parsed === null ||
    Array.isArray(parsed) ||
    Object.keys(parsed).length === 0
  ) {
    throw bad('expected an object of margins, e.g. { "size": { "micro": 900, "small": 150 } }.');
  }
  for (const [variable, totals] of Object.entries(parsed)) {
    if (typeof totals !== "object" || totals === null || Array.isArray(totals)) {
      throw bad(`margin "${variable}" must be an object of level: population total.`);
    }
    for (const [level, total] of Object.entries(totals)) {
      if (typeof total !== "number" || !(total >= 0) || !Number.isFinite(total)) {
        throw bad(
          `margin "${variable}", level "${level}": the total must be a number >= 0 (got ${JSON.stringify(total)}).`,
        );
      }
    }
  }
  return parsed as Record<string, Record<string, number>>;
}

export async function runSurveyRake(args: readonly string[], context: CliContext): Promise<number> {
  const command = "survey rake";
  const values = parseOptions(command, args, options);
  if (values.help) {
    context.stdout(`${surveyRakeHelp}\n`);
    return 0;
  }
  const dataFile = requiredOption(command, values, "data");
  const marginsFile = requiredOption(command, values, "margins");
  const out = requiredOption(command, values, "out");
  const maxIterations = positiveIntegerOption(command, values, "max-iterations") ?? 10;
  const epsilon = positiveNumberOption(command, values, "epsilon") ?? 1;
  const startWeight = stringOption(values, "weight");

  const margins = readMargins(resolve(context.cwd, marginsFile), marginsFile);
  const table = readSurveyCsv(resolve(context.cwd, dataFile), dataFile);
  const rakeMargins: RakeMargin[] = Object.entries(margins).map(([variable, population]) => ({
    variable,
    levels: codeColumn(table, variable, `margin "${variable}"`),
    population,
  }));
  const result = locateSurveyErrors(table, () => {
    const design = surveyDesign({
      rows: table.records.length,
      ...(startWeight === undefined ? {} : { weights: positiveColumn(table, startWeight, "--weight") }),
    });
    return rake(design, rakeMargins, { maxIterations, epsilon });
  });
  const existing = table.header.indexOf("weight");
  const header = existing >= 0 ? table.header : [...table.header, "weight"];
  const rows = table.records.map((record, i) => {
    const row: (string | number)[] = [...record];
    if (existing >= 0) row[existing] = result.weights[i]!;
    else row.push(result.weights[i]!);
    return row;
  });
  writeSurveyCsv(resolve(context.cwd, out), out, header, rows);
  if (existing >= 0)
    context.stderr(`note: ${dataFile} already has a "weight" column; ${out} has the raked weights in it.\n`);
  if (!result.converged) {
    context.stderr(
      `warning: raking did not converge after ${result.sweeps} sweeps (last change ${result.delta}); the weights are those of the last sweep.\n`,
    );
  }
  const total = result.weights.reduce((sum, w) => sum + w, 0);
  context.stdout(
    `Wrote ${out} (${rows.length} rows): raked to ${rakeMargins.map((m) => m.variable).join(", ")} in ${result.sweeps} sweeps; total weight ${total}.\n`,
  );
  return 0;
}
