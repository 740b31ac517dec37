import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { bundledDatasetIds, type LocationQuotientRow, locationQuotients } from "@smartspec/services";
import type { CliCommand } from "../cli-context.ts";
import { parseOptions, requiredOption, stringOption } from "../parse-options.ts";
import { UsageError } from "../usage-error.ts";

const options = {
  dataset: { type: "string" },
  year: { type: "string" },
  region: { type: "string", multiple: true },
  activity: { type: "string", multiple: true },
  out: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const help = `Usage: smartspec lq --dataset ID [--year Y] --region CODE... --activity CODE... [--out FILE.csv] [--json]

Location quotients of chosen activities in chosen regions of a bundled data set, each activity
at its own level of the classification, with the four numbers every quotient is made of:

  LQ = (region's jobs in the activity / region's jobs) / (activity's jobs in all regions / all jobs)

Example (the West of England worked case: automotive and aerospace in 2021, ONS BRES):
  smartspec lq --dataset uk-bres-itl2 --year 2021 --region UKK1 --activity 29 --activity 30.30

Options:
  --dataset ID         ${bundledDatasetIds.join(", ")}
  --year Y             the year (required when the data set has several)
  --region CODE        a region code (repeat, or separate with commas); UK regions by their
                       ITL 2021 (TLK1) or NUTS 2016 (UKK1) code
  --activity CODE      an activity code at any level the data set has, e.g. SIC section C,
                       division 29, group 30.3, class 30.30, subclass 30300 (repeat or commas)
  --out FILE.csv       also write the table as CSV
  --json               print JSON instead of a table`;

const columns = [
  "region",
  "activity",
  "level",
  "value",
  "region_total",
  "activity_total",
  "total",
  "location_quotient",
] as const;

const listOption = (values: Record<string, unknown>, name: string): string[] => {
  const given = values[name];
  const list = (Array.isArray(given) ? given : []).flatMap((v: string) => v.split(",")).map((v) => v.trim());
  if (list.length === 0 || list.some((v) => v === "")) throw new UsageError(`missing --${name} CODE`, "lq");
  return list;
};

const cells = (row: LocationQuotientRow): string[] => [
  row.region,
  row.activity,
  row.level,
  String(row.value),
  String(row.regionTotal),
  String(row.activityTotal),
  String(row.total),
  Number.isFinite(row.locationQuotient) ? row.locationQuotient.toFixed(4) : "",
];

function table(rows: readonly LocationQuotientRow[]): string {
  const body = rows.map(cells);
  const widths = columns.map((c, i) => Math.max(c.length, ...body.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) =>
    r.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(columns), ...body.map(line)].join("\n");
}

/** "29     Manufacture of motor vehicles, trailers and semi-trailers", once per activity. */
function titles(rows: readonly LocationQuotientRow[]): string[] {
  const seen = new Map<string, string>();
  for (const row of rows) if (row.title !== undefined) seen.set(row.activity, row.title);
  if (seen.size === 0) return [];
  const width = Math.max(...[...seen.keys()].map((c) => c.length));
  return [...[...seen].map(([code, title]) => `${code.padEnd(width)}  ${title}`), ""];
}

/** "TLK1 is UKK1 in this data set (...)", once per region asked for by its other code. */
function aliases(rows: readonly LocationQuotientRow[]): string[] {
  const seen = new Map<string, string>();
  for (const row of rows) if (row.requested !== undefined) seen.set(row.requested, row.region);
  if (seen.size === 0) return [];
  return [
    ...[...seen].map(
      ([asked, code]) =>
        `${asked} is ${code} in this data set (ITL 2021 codes are NUTS 2016 codes with TL for UK).`,
    ),
    "",
  ];
}

export const lqCommand: CliCommand = {
  name: "lq",
  help,
  async run(args, context) {
    const values = parseOptions("lq", args, options);
    if (values.help) {
      context.stdout(`${help}\n`);
      return 0;
    }
    const dataset = requiredOption("lq", values, "dataset");
    const year = stringOption(values, "year");
    if (year !== undefined && !/^\d{4}$/.test(year)) {
      throw new UsageError(`--year must be a four-digit year, not "${year}"`, "lq");
    }
    if (!bundledDatasetIds.includes(dataset)) {
      throw new UsageError(
        `unknown --dataset "${dataset}"; bundled data sets: ${bundledDatasetIds.join(", ")}`,
        "lq",
      );
    }
    const result = await locationQuotients({
      dataset,
      ...(year === undefined ? {} : { year }),
      regions: listOption(values, "region"),
      activities: listOption(values, "activity"),
      ...(context.onStage ? { onStage: context.onStage } : {}),
    });
    const out = stringOption(values, "out");
    if (out !== undefined) {
      const csv = [
        columns.join(","),
        ...result.rows.map((r) =>
          cells(r)
            .map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c))
            .join(","),
        ),
      ];
      writeFileSync(resolve(context.cwd, out), `${csv.join("\n")}\n`);
    }
    if (values.json) {
      context.stdout(
        `${JSON.stringify({ dataset: result.dataset.id, year: result.year ?? null, rows: result.rows, attribution: result.dataset.attribution }, null, 2)}\n`,
      );
      return 0;
    }
    context.stdout(
      [
        `${result.dataset.title}${result.year ? `; year ${result.year}` : ""}.`,
        `Values: ${result.dataset.measure ?? "as published"}.`,
        "",
        table(result.rows),
        "",
        ...titles(result.rows),
        ...aliases(result.rows),
        "location_quotient = (value / region_total) / (activity_total / total); totals over the activity's level.",
        `Data: ${result.dataset.attribution}`,
        "",
      ].join("\n"),
    );
    return 0;
  },
};
