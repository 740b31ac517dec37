// `smartspec import FILE --out OUT.csv`: checks a user's CSV or XLSX file and writes it as the
// long CSV the analysis commands read, or lists every problem (exit 1) and writes nothing.
import { isAbsolute, relative, resolve } from "node:path";
import {
  activityCodeList,
  activityCodeListIds,
  type ImportDatasetProps,
  type ImportSummary,
  importDataset,
  importLayouts,
  regionCodeList,
  regionCodeListIds,
  suppressionMarkers,
  type TextEncodingName,
} from "@smartspec/services";
import type { CliCommand, CliContext } from "../cli-context.ts";
import {
  choiceOption,
  type ParsedOptions,
  parseOptions,
  positiveIntegerOption,
  requiredOption,
  stringOption,
} from "../parse-options.ts";
import { UsageError } from "../usage-error.ts";

const command = "import";

const options = {
  input: { type: "string" },
  out: { type: "string" },
  problems: { type: "string" },
  region: { type: "string" },
  activity: { type: "string" },
  value: { type: "string" },
  time: { type: "string" },
  ignore: { type: "string", multiple: true },
  layout: { type: "string" },
  sheet: { type: "string" },
  "header-row": { type: "string" },
  delimiter: { type: "string" },
  encoding: { type: "string" },
  decimal: { type: "string" },
  suppressed: { type: "string" },
  classification: { type: "string" },
  "region-codes": { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const shownMarkers = suppressionMarkers.filter((m) => m !== "").join(" ");

const help = `Usage: smartspec import FILE --out OUT.csv [--region COL] [--activity COL] [--value COL]
                        [--time COL] [--layout long|wide] [--sheet NAME] [--classification sic2007]

Checks a data file and writes it as a long CSV (region,activity[,time],value,status) that
"smartspec complexity --input OUT.csv --region region --activity activity --value value" reads.
Every problem is reported with its line (or sheet row) and column; with any problem nothing is
written (exit 1) and the full list goes to a problems CSV.

Input:
  FILE                 .csv, .tsv, .txt (also gzipped) or .xlsx; --input FILE works too
  --sheet NAME         the worksheet of an .xlsx file (default: the first)
  --header-row N       the line (sheet row) of the header; rows above it are skipped (default:
                       the first row with two or more fields, so title lines are skipped)
  --delimiter D        , ; tab or | (default: guessed from the first rows)
  --encoding E         utf-8, windows-1252 or utf-16le/utf-16be (default: a byte order mark
                       decides, else UTF-8 when the whole file is valid UTF-8, else Windows-1252)
  --decimal C          . or , (default , when the delimiter is ;): "1.234,5" with a comma

Columns (guessed from the header names unless given; the mapping is printed):
  --layout L           long: one value column; wide: one column per period (2019, 2020...)
                       with --activity, or per activity without it (default: guessed)
  --region COL         region codes (GEOGRAPHY_CODE, ITL region code, geo, area...)
  --activity COL       activity codes (INDUSTRY_CODE, SIC07 code, nace_r2, product...)
  --value COL          values, long layout (value, COUNT, OBS_VALUE, employment, jobs...)
  --time COL           periods (DATE, year, period...)
  --ignore COL         a column not to read (wide layout; repeat for several)

Checks:
  --classification C   activity codes must be ${activityCodeListIds.join(", ")} codes; other forms of a
                       listed code (30.30/0, 3030) are rewritten to it; unknown ones are
                       problems, with suggestions
  --region-codes L     region codes must be in ${regionCodeListIds.join(" or ")} (any level)
  --suppressed S       keep (default): blank cells and the markers
                       ${shownMarkers}
                       are written with an empty value and status "suppressed", never as 0;
                       omit: left out

Output:
  --out FILE           the long CSV (written under a temporary name, renamed when complete)
  --problems FILE      the problems CSV (default: OUT with .problems.csv)
  --json               print the summary as JSON

Example:
  smartspec import gva.csv --out gva-long.csv
  smartspec import employment.xlsx --sheet Data --classification sic2007 --out employment.csv`;

const delimiters = { ",": ",", ";": ";", tab: "\t", "\\t": "\t", "\t": "\t", "|": "|" } as const;
const encodings: Record<string, TextEncodingName> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
  latin1: "windows-1252",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
};

/** Separates FILE from the options (it may come anywhere); more than one is a usage error. */
function splitFile(args: readonly string[]): { file: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith("-") && arg !== "-") {
      rest.push(arg);
      const spec = (options as Record<string, { type: string }>)[arg.replace(/^--?/, "")];
      if (spec?.type === "string" && !arg.includes("=") && i + 1 < args.length) rest.push(args[++i]!);
    } else if (file === undefined) file = arg;
    else throw new UsageError(`unexpected argument "${arg}" (give one FILE)`, command);
  }
  return { file, rest };
}

function importProps(file: string, values: ParsedOptions, cwd: string): ImportDatasetProps {
  const out = resolve(cwd, requiredOption(command, values, "out"));
  const path = resolve(cwd, file);
  if (out === path) throw new UsageError("--out must not be the input file", command);
  const problems = stringOption(values, "problems");
  const delimiter = choiceOption(command, values, "delimiter", Object.keys(delimiters));
  const encoding = choiceOption(command, values, "encoding", Object.keys(encodings));
  const classification = choiceOption(command, values, "classification", activityCodeListIds);
  const regionCodes = choiceOption(command, values, "region-codes", regionCodeListIds);
  const layout = choiceOption(command, values, "layout", importLayouts);
  const decimal = choiceOption(command, values, "decimal", [".", ","] as const);
  const suppressed = choiceOption(command, values, "suppressed", ["keep", "omit"] as const);
  const headerRow = positiveIntegerOption(command, values, "header-row");
  const ignore = values.ignore as unknown as string[] | undefined;
  const column = (name: string) => {
    const value = stringOption(values, name);
    return value === undefined ? {} : { [name]: value };
  };
  return {
    path,
    label: file,
    out,
    ...(problems === undefined ? {} : { problemsPath: resolve(cwd, problems) }),
    columns: {
      ...(layout === undefined ? {} : { layout }),
      ...column("region"),
      ...column("activity"),
      ...column("value"),
      ...column("time"),
      ...(ignore === undefined ? {} : { ignore }),
    },
    ...(values.sheet === undefined ? {} : { sheet: stringOption(values, "sheet")! }),
    ...(delimiter === undefined ? {} : { delimiter: delimiters[delimiter as keyof typeof delimiters] }),
    ...(encoding === undefined ? {} : { encoding: encodings[encoding]! }),
    ...(decimal === undefined ? {} : { decimal }),
    ...(suppressed === undefined ? {} : { suppressed }),
    ...(headerRow === undefined ? {} : { headerRow }),
    ...(classification === undefined ? {} : { activityCodes: activityCodeList(classification) }),
    ...(regionCodes === undefined ? {} : { regionCodes: regionCodeList(regionCodes) }),
  };
}

const count = (n: number) => n.toLocaleString("en-GB");
const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? "" : "s"}`;

/** A path inside the working folder relative to it, any other as it is. */
function shownPath(path: string, cwd: string): string {
  const inside = relative(cwd, path);
  return inside === "" || inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}
const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

/** Values listed first ... last when there are many. */
function span(names: readonly string[]): string {
  return names.length <= 6 ? quoted(names) : `${quoted(names.slice(0, 3))} ... ${quoted(names.slice(-2))}`;
}

/** The human summary: source, mapping, counts, and what was written. */
export function summaryText(summary: ImportSummary, outShown: string): string {
  const facts = Object.entries(summary.source.facts).map(([key, value]) => `${key} ${value}`);
  const lines = [
    `Read ${summary.source.label}: ${[summary.source.format.toUpperCase(), ...facts].join("; ")}.`,
  ];
  if (summary.layout !== undefined) {
    const roles = Object.entries(summary.columns).map(
      ([role, name]) => `${role} "${name}"${summary.guessed.includes(role as never) ? " (guessed)" : ""}`,
    );
    const layout =
      summary.layout === "long"
        ? "long"
        : `wide, one column per ${summary.layout === "wide-periods" ? "period" : "activity"} (${count(summary.valueColumns.length)}: ${span(summary.valueColumns)})`;
    lines.push(
      `Layout ${layout}; columns: ${roles.join(", ")}${summary.ignored.length > 0 ? `; not read: ${span(summary.ignored)}` : ""}.`,
    );
    if (summary.skippedRows > 0) {
      const unit = summary.source.format === "xlsx" ? "row" : "line";
      lines.push(
        `Header on ${unit} ${summary.headerLine}; ${plural(summary.skippedRows, unit)} above it skipped (titles or notes).`,
      );
    }
    if (summary.decimal === ",") lines.push("Numbers are read with a decimal comma.");
    lines.push(
      `${plural(summary.rows, "row")}, ${plural(summary.cells, "cell")} (${count(summary.suppressed)} suppressed); ${plural(summary.regions, "region")}, ${count(summary.activities)} ${summary.activities === 1 ? "activity" : "activities"}${summary.periods > 0 ? `, ${plural(summary.periods, "period")}` : ""}.`,
    );
    for (const { role, rows, codes } of summary.rewritten) {
      const examples = codes.slice(0, 3).map((c) => `${c.from} -> ${c.to}`);
      lines.push(
        `Rewrote ${plural(codes.length, `${role} code`)} (${plural(rows, "row")}) to the listed form: ${examples.join(", ")}${codes.length > 3 ? ", ..." : ""}.`,
      );
    }
  }
  if (summary.ok) {
    lines.push(`Wrote ${outShown} (${plural(summary.written, "row")}).`);
    const time = summary.periods > 0 ? " --time time" : "";
    const empty = summary.suppressed > 0 ? " --empty-values zero" : "";
    lines.push(
      `Analyse it with: npx smartspec specialisation --input ${outShown} --region region --activity activity --value value${time}${empty} --out DIR`,
    );
    if (summary.suppressed > 0) {
      lines.push(
        'Suppressed cells have an empty value and status "suppressed"; --empty-values zero counts them as zero and records how many in meta.json.',
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

function reportProblems(summary: ImportSummary, context: CliContext): void {
  const { total, shown, file } = summary.problems;
  const lines = [`smartspec: ${summary.source.label}: ${plural(total, "problem")}; nothing was written.`];
  for (const problem of shown) lines.push(`  ${problem.message}`);
  if (total > shown.length) lines.push(`  ... and ${count(total - shown.length)} more.`);
  if (file !== undefined) lines.push(`Every problem is listed in ${shownPath(file, context.cwd)}.`);
  if ((summary.problems.byCode["negative-value"] ?? 0) > 0) {
    lines.push(
      "Negative values cannot be imported (specialisation indices need values of zero or more); where they are real (e.g. GVA losses), the analysis commands read the file directly with --negative-values zero, recorded in their meta.json.",
    );
  }
  context.stderr(`${lines.join("\n")}\n`);
}

export const importCommand: CliCommand = {
  name: command,
  help,
  async run(args, context) {
    const { file, rest } = splitFile(args);
    const values = parseOptions(command, rest, options);
    if (values.help) {
      context.stdout(`${help}\n`);
      return 0;
    }
    const input = file ?? stringOption(values, "input");
    if (file !== undefined && values.input !== undefined)
      throw new UsageError("give FILE or --input, not both", command);
    if (input === undefined || input === "") throw new UsageError("missing FILE to import", command);
    const props = importProps(input, values, context.cwd);
    const summary = await importDataset({
      ...props,
      ...(context.onStage ? { onStage: context.onStage } : {}),
    });
    if (values.json) context.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    else context.stdout(summaryText(summary, shownPath(props.out, context.cwd)));
    if (!summary.ok && !values.json) reportProblems(summary, context);
    return summary.ok ? 0 : 1;
  },
};
