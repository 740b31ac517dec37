// `smartspec survey rates`: AAPOR outcome rates (RR1-RR6, COOP1-4, REF1-3, CON1-3) from final
// disposition counts, with the eligibility estimate e written beside them (issue 6 contract).
import { resolve } from "node:path";
import { aaporRateNames, aaporRates, type DispositionCode, dispositionCodes } from "@smartspec/domain";
import { InputError } from "@smartspec/services";
import type { CliContext } from "../cli-context.ts";
import { parseOptions, requiredOption, stringOption } from "../parse-options.ts";
import { UsageError } from "../usage-error.ts";
import { readSurveyCsv, textColumn, writeOutput } from "./survey-csv.ts";

const options = {
  dispositions: { type: "string" },
  e: { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export const surveyRatesHelp = `Usage: smartspec survey rates --dispositions FILE.csv [--e X] --out FILE.json

AAPOR outcome rates (Standard Definitions) from the final disposition counts of a survey:
RR1-RR6, COOP1-COOP4, REF1-REF3 and CON1-CON3, and the eligibility estimate e used by RR3, RR4,
REF2 and CON2.

Options:
  --dispositions FILE.csv  columns code,count; codes I (complete), P (partial), R (refusal and
                           break-off), NC (non-contact), O (other eligible), UH and UO (unknown
                           eligibility), NE (not eligible); a code not listed counts 0
  --e X                    the share of unknown-eligibility cases taken as eligible (0-1); default
                           the AAPOR calculator's proportional estimate
                           (I+P+R+NC+O) / (I+P+R+NC+O+NE)
  --out FILE.json          { "counts", "e", "eBasis", "rates" } (a rate with a zero denominator is null)

Always report RR1 next to any other rate, with e and its basis.`;

function readCounts(path: string, file: string): Record<DispositionCode, number> {
  const table = readSurveyCsv(path, file);
  const codes = textColumn(table, "code", "disposition code");
  const counts = textColumn(table, "count", "count");
  const result = Object.fromEntries(dispositionCodes.map((code) => [code, 0])) as Record<
    DispositionCode,
    number
  >;
  const seen = new Map<string, number>();
  codes.forEach((code, i) => {
    const line = table.lines[i]!;
    const upper = code.toUpperCase() as DispositionCode;
    if (!dispositionCodes.includes(upper)) {
      throw new InputError(
        "invalid-data",
        `${file}, line ${line}, column "code": "${code}" is not an AAPOR disposition code; use ${dispositionCodes.join(", ")}.`,
        { file, line, column: "code" },
      );
    }
    if (seen.has(upper)) {
      throw new InputError(
        "duplicate-cell",
        `${file}, line ${line}: code ${upper} already appears on line ${seen.get(upper)}.`,
        {
          file,
          line,
          column: "code",
        },
      );
    }
    seen.set(upper, line);
    const count = Number(counts[i]);
    if (counts[i] === "" || !(count >= 0) || !Number.isFinite(count)) {
      throw new InputError(
        "non-numeric-value",
        `${file}, line ${line}, column "count": "${counts[i]}" is not a count; counts must be numbers >= 0.`,
        { file, line, column: "count" },
      );
    }
    result[upper] = count;
  });
  return result;
}

export async function runSurveyRates(args: readonly string[], context: CliContext): Promise<number> {
  const command = "survey rates";
  const values = parseOptions(command, args, options);
  if (values.help) {
    context.stdout(`${surveyRatesHelp}\n`);
    return 0;
  }
  const file = requiredOption(command, values, "dispositions");
  const out = requiredOption(command, values, "out");
  const eText = stringOption(values, "e");
  const e = eText === undefined ? undefined : Number(eText);
  if (e !== undefined && (eText!.trim() === "" || !(e >= 0 && e <= 1))) {
    throw new UsageError(`--e must be a number between 0 and 1 (got "${eText}")`, command);
  }
  const counts = readCounts(resolve(context.cwd, file), file);
  const result = aaporRates(counts, e === undefined ? {} : { e });
  const rates = Object.fromEntries(
    aaporRateNames.map((name) => [name, Number.isNaN(result.rates[name]) ? null : result.rates[name]]),
  );
  const json = { counts: result.counts, e: result.e, eBasis: result.eBasis, rates };
  writeOutput(resolve(context.cwd, out), out, `${JSON.stringify(json, null, 2)}\n`);
  const percent = (x: number) => (Number.isNaN(x) ? "n/a" : `${(100 * x).toFixed(1)}%`);
  context.stdout(
    `Wrote ${out}: RR1 ${percent(result.rates.RR1)}, RR3 ${percent(result.rates.RR3)} (e = ${result.e.toFixed(4)}, ${result.eBasis}), COOP1 ${percent(result.rates.COOP1)}, REF1 ${percent(result.rates.REF1)}, CON1 ${percent(result.rates.CON1)}.\n`,
  );
  return 0;
}
