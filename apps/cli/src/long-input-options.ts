// The options every long-data command shares: where the data is and which columns hold what.
import { resolve } from "node:path";
import { bundledDatasetIds, bundledLongInput, type LongInput } from "@smartspec/services";
import type { OptionSpec, ParsedOptions } from "./parse-options.ts";
import { choiceOption, stringOption } from "./parse-options.ts";
import { UsageError } from "./usage-error.ts";

export const longInputOptions = {
  input: { type: "string" },
  dataset: { type: "string" },
  region: { type: "string" },
  activity: { type: "string" },
  value: { type: "string" },
  time: { type: "string" },
  delimiter: { type: "string" },
} as const satisfies OptionSpec;

export const longInputHelp = `Input (long layout: one row per region x activity cell):
  --input FILE         a .csv or .csv.gz file (UTF-8; comma, semicolon or tab, guessed)
  --dataset ID         a bundled data set instead of --input: ${bundledDatasetIds.join(", ")}
                       (its columns are preset)
  --region COL         column of region codes        (required with --input)
  --activity COL       column of activity codes      (required with --input)
  --value COL          column of non-negative values (required with --input)
  --time COL           column of periods: one analysis per period, a time column first
  --delimiter D        , or ; or tab (default: guessed from the header line)`;

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
  const withOptions = (input: LongInput): LongInput => ({
    ...input,
    ...(time === undefined ? {} : { columns: { ...input.columns, time } }),
    ...(delimiter === undefined ? {} : { delimiter }),
  });
  if (datasetId !== undefined) {
    const input = bundledLongInput(datasetId);
    if (input === undefined) {
      throw new UsageError(
        `unknown --dataset "${datasetId}"; bundled data sets: ${bundledDatasetIds.join(", ")}`,
        command,
      );
    }
    const columns = {
      region: stringOption(values, "region") ?? input.columns.region,
      activity: stringOption(values, "activity") ?? input.columns.activity,
      value: stringOption(values, "value") ?? input.columns.value,
    };
    return withOptions({ ...input, columns });
  }
  if (path === undefined || path === "")
    throw new UsageError("missing --input FILE (or --dataset ID)", command);
  const column = (name: string): string => {
    const value = stringOption(values, name);
    if (value === undefined || value === "") throw new UsageError(`missing --${name} COL`, command);
    return value;
  };
  const columns = { region: column("region"), activity: column("activity"), value: column("value") };
  return withOptions({ path: resolve(cwd, path), label: path, columns });
}
