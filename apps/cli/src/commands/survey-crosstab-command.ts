// `smartspec survey crosstab`: a weighted two-way table of two columns with cell, row and column
// shares and the Rao-Scott test of independence (the domain's raoScottTest = R's svychisq), one CSV
// row per cell with the test repeated on each row, and the table and test printed.
import { resolve } from "node:path";
import { raoScottTest, surveyDesign } from "@smartspec/domain";
import type { CliContext } from "../cli-context.ts";
import { parseOptions, requiredOption, stringOption } from "../parse-options.ts";
import { codeColumn, positiveColumn, textColumn, writeSurveyCsv } from "./survey-csv.ts";
import { readSurveyData } from "./survey-data-source.ts";
import { locateSurveyErrors } from "./survey-design-error.ts";
import { displayOrder } from "./survey-levels.ts";

const options = {
  data: { type: "string" },
  dataset: { type: "string" },
  row: { type: "string" },
  col: { type: "string" },
  weight: { type: "string" },
  strata: { type: "string" },
  fpc: { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export const surveyCrosstabHelp = `Usage: smartspec survey crosstab (--data FILE.csv | --dataset ID) --row COL --col COL
         [--weight COL] [--strata COL] [--fpc COL] --out FILE.csv

The weighted two-way table of --row by --col, and the Rao-Scott test that they are independent,
as R's survey package computes it:
  svychisq(~ROW + COL, svydesign(ids = ~1, strata = ~STRATA, weights = ~WEIGHT, fpc = ~FPC,
           data = d), statistic = "F")       (and statistic = "Chisq" for the first-order test)
Rows with an empty --row or --col value are left out of the table but stay in the design.

Options:
  --data FILE.csv    one row per respondent (comma, semicolon or tab separated)
  --dataset ID       a bundled survey instead (smartspec datasets lists them: ospo-survey-2022)
  --row COL          the table's rows (e.g. the answer)
  --col COL          the table's columns (e.g. the size band)
  --weight COL       weights (> 0), taken as fixed design weights; default N_h / n_h with --fpc,
                     else 1
  --strata COL       sampling strata (no empty values)
  --fpc COL          population size N_h of the row's stratum (> 1), or its sampling fraction (<= 1)
  --out FILE.csv     row,col,n,weighted,share,row_share,col_share,f,ndf,ddf,p_value,chisq,
                     p_chisq: one line per cell; n unweighted, weighted = sum of weights, share of
                     the table, row_share within its row, col_share within its column; the test on
                     every line: the second-order Rao-Scott F on (ndf, ddf) degrees of freedom with
                     its p-value, and Pearson's X2 on the table rescaled to n with the first-order
                     corrected p-value

Example:
  smartspec survey crosstab --dataset ospo-survey-2022 --row ospo --col size_band --out ospo.csv`;

const header = [
  "row",
  "col",
  "n",
  "weighted",
  "share",
  "row_share",
  "col_share",
  "f",
  "ndf",
  "ddf",
  "p_value",
  "chisq",
  "p_chisq",
] as const;

const percent = (p: number) => `${(100 * p).toFixed(1)}%`;
/** Degrees of freedom to 2 decimals ("2", "2038", "1.87"). */
const degrees = (df: number) => String(Number(df.toFixed(2)));

/** Column percentages as a text table (rows x columns), with the unweighted n under each column. */
function printedTable(
  rows: readonly string[],
  cols: readonly string[],
  colShare: (r: string, c: string) => number,
  colN: (c: string) => number,
): string {
  const first = Math.max(...rows.map((r) => r.length), 7);
  const widths = cols.map((c) => Math.max(c.length, 7, `n ${colN(c)}`.length));
  const line = (label: string, cells: readonly string[]) =>
    `  ${label.padEnd(first)}  ${cells.map((cell, i) => cell.padStart(widths[i]!)).join("  ")}`;
  return [
    line("", cols),
    ...rows.map((r) =>
      line(
        r,
        cols.map((c) => percent(colShare(r, c))),
      ),
    ),
    line(
      "",
      cols.map((c) => `n ${colN(c)}`),
    ),
  ].join("\n");
}

export async function runSurveyCrosstab(args: readonly string[], context: CliContext): Promise<number> {
  const command = "survey crosstab";
  const values = parseOptions(command, args, options);
  if (values.help) {
    context.stdout(`${surveyCrosstabHelp}\n`);
    return 0;
  }
  const rowName = requiredOption(command, values, "row");
  const colName = requiredOption(command, values, "col");
  const out = requiredOption(command, values, "out");
  const [weight, strata, fpc] = ["weight", "strata", "fpc"].map((name) => stringOption(values, name));
  const { table } = readSurveyData(command, values, context);
  const rowValues = textColumn(table, rowName, "--row");
  const colValues = textColumn(table, colName, "--col");
  const design = locateSurveyErrors(table, () =>
    surveyDesign({
      rows: table.records.length,
      ...(weight === undefined ? {} : { weights: positiveColumn(table, weight, "--weight") }),
      ...(strata === undefined ? {} : { strata: codeColumn(table, strata, "--strata") }),
      ...(fpc === undefined ? {} : { fpc: positiveColumn(table, fpc, "--fpc") }),
    }),
  );
  const test = locateSurveyErrors(table, () =>
    raoScottTest(
      design,
      rowValues.map((v) => (v === "" ? null : v)),
      colValues.map((v) => (v === "" ? null : v)),
    ),
  );
  const r = test.rowLevels.length;
  const c = test.colLevels.length;
  const n = new Float64Array(r * c);
  const weighted = new Float64Array(r * c);
  let leftOut = 0;
  for (let i = 0; i < design.rows; i++) {
    const row = test.rowLevels.indexOf(rowValues[i]!);
    const col = test.colLevels.indexOf(colValues[i]!);
    if (row < 0 || col < 0) {
      leftOut++;
      continue;
    }
    n[row * c + col]! += 1;
    weighted[row * c + col]! += design.weights[i]!;
  }
  const sum = (pick: (row: number, col: number) => boolean) => {
    let total = 0;
    for (let k = 0; k < r * c; k++) if (pick(Math.floor(k / c), k % c)) total += test.proportions[k]!;
    return total;
  };
  const rowTotals = test.rowLevels.map((_, row) => sum((x) => x === row));
  const colTotals = test.colLevels.map((_, col) => sum((_, y) => y === col));
  const rowOrder = displayOrder(test.rowLevels);
  const colOrder = displayOrder(test.colLevels);
  const at = (rowLevel: string, colLevel: string) =>
    test.rowLevels.indexOf(rowLevel) * c + test.colLevels.indexOf(colLevel);
  const lines = rowOrder.flatMap((rowLevel) =>
    colOrder.map((colLevel) => {
      const k = at(rowLevel, colLevel);
      const share = test.proportions[k]!;
      return [
        rowLevel,
        colLevel,
        n[k]!,
        weighted[k]!,
        share,
        share / rowTotals[test.rowLevels.indexOf(rowLevel)]!,
        share / colTotals[test.colLevels.indexOf(colLevel)]!,
        test.f,
        test.ndf,
        test.ddf,
        test.pF,
        test.chisq,
        test.pChisq,
      ];
    }),
  );
  writeSurveyCsv(resolve(context.cwd, out), out, header, lines);
  if (leftOut > 0) {
    context.stderr(
      `note: ${leftOut} rows with an empty "${rowName}" or "${colName}" are left out of the table (they stay in the design, as in svychisq).\n`,
    );
  }
  const colShare = (rowLevel: string, colLevel: string) =>
    test.proportions[at(rowLevel, colLevel)]! / colTotals[test.colLevels.indexOf(colLevel)]!;
  const colN = (colLevel: string) => rowOrder.reduce((s, rowLevel) => s + n[at(rowLevel, colLevel)]!, 0);
  context.stdout(
    [
      `Wrote ${out} (${lines.length} cells): ${rowName} by ${colName}, ${weight === undefined ? "unweighted" : `weights = ~${weight}`}.`,
      `Shares within each ${colName} (column %):`,
      printedTable(rowOrder, colOrder, colShare, colN),
      `Rao-Scott F = ${test.f.toPrecision(4)} on ${degrees(test.ndf)} and ${degrees(test.ddf)} df, p = ${test.pF.toPrecision(3)}` +
        ` (first-order: X2 = ${test.chisq.toPrecision(4)}, p = ${test.pChisq.toPrecision(3)}).`,
      "",
    ].join("\n"),
  );
  return 0;
}
