// The cleaning options every long-data command shares: explicit steps, applied in a fixed order
// before any index is computed, each recorded in meta.json "cleaning" with what it removed.
import type { PanelFilter } from "@smartspec/services";
import type { OptionSpec, ParsedOptions } from "./parse-options.ts";
import { positiveNumberOption, stringOption } from "./parse-options.ts";
import { UsageError } from "./usage-error.ts";

export const cleaningOptions = {
  "from-year": { type: "string" },
  "to-year": { type: "string" },
  "exclude-region": { type: "string", multiple: true },
  "exclude-activity": { type: "string", multiple: true },
  "min-region-total": { type: "string" },
  "min-activity-total": { type: "string" },
} as const satisfies OptionSpec;

export const cleaningHelp = `Cleaning (applied in this order, each recorded with what it removed in meta.json "cleaning"):
  --from-year T, --to-year T   keep the periods from T and/or up to T (with a time column)
  --exclude-region CODE        leave out these regions (repeat, or separate with commas)
  --exclude-activity CODE      leave out these activities, e.g. 68IMP (imputed rent) in GVA
  --min-region-total X         leave out regions whose total is below X (in any period)
  --min-activity-total X       then leave out activities whose total is below X (in any period)`;

const codeList = (values: ParsedOptions, name: string, command: string): string[] | undefined => {
  const given = (values as Record<string, unknown>)[name];
  if (!Array.isArray(given)) return undefined;
  const codes = given.flatMap((v: string) => v.split(",")).map((v) => v.trim());
  if (codes.some((c) => c === "")) throw new UsageError(`--${name} needs a code`, command);
  return codes;
};

/** The cleaning steps asked for on the command line. */
export function resolveCleaning(command: string, values: ParsedOptions, hasTime: boolean): PanelFilter {
  const fromTime = stringOption(values, "from-year");
  const toTime = stringOption(values, "to-year");
  if ((fromTime !== undefined || toTime !== undefined) && !hasTime) {
    throw new UsageError("--from-year and --to-year need data with a time column (--time COL)", command);
  }
  const excludeRegions = codeList(values, "exclude-region", command);
  const excludeActivities = codeList(values, "exclude-activity", command);
  const minRegionTotal = positiveNumberOption(command, values, "min-region-total");
  const minActivityTotal = positiveNumberOption(command, values, "min-activity-total");
  return {
    ...(fromTime === undefined ? {} : { fromTime }),
    ...(toTime === undefined ? {} : { toTime }),
    ...(excludeRegions === undefined ? {} : { excludeRegions }),
    ...(excludeActivities === undefined ? {} : { excludeActivities }),
    ...(minRegionTotal === undefined ? {} : { minRegionTotal }),
    ...(minActivityTotal === undefined ? {} : { minActivityTotal }),
  };
}
