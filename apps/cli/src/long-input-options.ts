// The options every long-data command shares: where the data is and which columns hold what.
import { resolve } from "node:path";
import { findBundledDataset } from "@smartspec/data";
import { bundledDatasetIds, bundledLongInput, type LongInput } from "@smartspec/services";
import type { OptionSpec, ParsedOptions } from "./parse-options.ts";
import { choiceOption, stringOption } from "./parse-options.ts";
import { UsageError } from "./usage-error.ts";

export const longInputOptions = {
  input: { type: "string" },
  dataset: { type: "string" },
  year: { type: "string" },
  level: { type: "string" },
  "region-level": { type: "string" },
  region: { type: "string" },
  activity: { type: "string" },
  value: { type: "string" },
  time: { type: "string" },
  delimiter: { type: "string" },
  "empty-values": { type: "string" },
  "negative-values": { type: "string" },
} as const satisfies OptionSpec;

export const longInputHelp = `Input (long layout: one row per region x activity cell):
  --input FILE         a .csv or .csv.gz file (UTF-8; comma, semicolon or tab, guessed)
  --dataset ID         a bundled data set instead of --input (its columns are preset); list them
                       with "smartspec datasets": ${bundledDatasetIds.join(", ")}
  --year Y             one year of a data set with years in rows (default: every year, one
                       analysis each); with --input it needs --time COL
  --level L            with --dataset: a level of its activity classification, e.g. for
                       uk-bres-itl2 section, division (default), group, class or subclass
  --region-level L     with --dataset: sum its UK regions up to itl1, itl2 or itl3 (coarser
                       than its own; districts of uk-business-counts-lad, ITL3 of uk-gva-itl3)
  --region COL         column of region codes        (required with --input)
  --activity COL       column of activity codes      (required with --input)
  --value COL          column of non-negative values (required with --input)
  --time COL           column of periods: one analysis per period, a time column first
  --delimiter D        , or ; or tab (default: guessed from the header line)
  --empty-values T     error (default for --input) or zero: empty values, as published tables
                       leave suppressed cells, count as zero and are reported (bundled data
                       sets: zero)
  --negative-values T  error (default for --input) or zero, likewise (e.g. negative GVA)`;

const delimiters = { ",": ",", ";": ";", tab: "\t", "\\t": "\t", "\t": "\t" } as const;

/** Resolves --input/--dataset and the column options into the services' `LongInput`. */
export function resolveLongInput(command: string, values: ParsedOptions, cwd: string): LongInput {
  const path = stringOption(values, "input");
  const datasetId = stringOption(values, "dataset");
  if (path !== undefined && datasetId !== undefined) {
    throw new UsageError("give --input or --dataset, not both", command);
  }
  const time = stringOption(values, "time");
  const delimiterName = choiceOption(command, values, "delimiter", Object.keys(delimiters));
  const delimiter =
    delimiterName === undefined ? undefined : delimiters[delimiterName as keyof typeof delimiters];
  const emptyValues = choiceOption(command, values, "empty-values", ["error", "zero"] as const);
  const negativeValues = choiceOption(command, values, "negative-values", ["error", "zero"] as const);
  const withOptions = (input: LongInput): LongInput => ({
    ...input,
    ...(emptyValues === undefined ? {} : { emptyValues }),
    ...(negativeValues === undefined ? {} : { negativeValues }),
    ...(time === undefined ? {} : { columns: { ...input.columns, time } }),
    ...(delimiter === undefined ? {} : { delimiter }),
  });
  const year = stringOption(values, "year");
  if (year !== undefined && !/^\d{4}$/.test(year)) {
    throw new UsageError(`--year must be a four-digit year, not "${year}"`, command);
  }
  const level = stringOption(values, "level");
  const regionLevel = stringOption(values, "region-level");
  if (datasetId !== undefined) {
    const input = bundledLongInput(datasetId, {
      ...(year === undefined ? {} : { year }),
      ...(level === undefined ? {} : { level }),
      ...(regionLevel === undefined ? {} : { regionLevel }),
    });
    if (input === undefined) {
      const other = findBundledDataset(datasetId);
      const why = other
        ? `"${datasetId}" is a ${other.kind} data set, not region x activity data`
        : `unknown --dataset "${datasetId}"`;
      throw new UsageError(`${why}; region x activity data sets: ${bundledDatasetIds.join(", ")}`, command);
    }
    const columns = {
      ...input.columns,
      region: stringOption(values, "region") ?? input.columns.region,
      activity: stringOption(values, "activity") ?? input.columns.activity,
      value: stringOption(values, "value") ?? input.columns.value,
    };
    return withOptions({ ...input, columns });
  }
  if (path === undefined || path === "")
    throw new UsageError("missing --input FILE (or --dataset ID)", command);
  if (level !== undefined) throw new UsageError("--level needs --dataset", command);
  if (regionLevel !== undefined) throw new UsageError("--region-level needs --dataset", command);
  const column = (name: string): string => {
    const value = stringOption(values, name);
    if (value === undefined || value === "") throw new UsageError(`missing --${name} COL`, command);
    return value;
  };
  const columns = { region: column("region"), activity: column("activity"), value: column("value") };
  const input = withOptions({ path: resolve(cwd, path), label: path, columns });
  if (year === undefined) return input;
  if (time === undefined) throw new UsageError("--year needs --time COL (the column of years)", command);
  return { ...input, columns, filters: [{ column: time, equals: year }], year };
}
