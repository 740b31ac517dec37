// The interval options shared by `smartspec survey likert` and `crosstab`: --ci (the CLI's names
// for R's svyciprop methods) and --level. Same wording and defaults as `survey estimate`.
import type { SurveyIntervalMethod } from "@smartspec/domain";
import { type ParsedOptions, stringOption } from "../parse-options.ts";
import { UsageError } from "../usage-error.ts";

export const intervalChoices = ["wilson", "clopper-pearson", "logit", "wald"] as const;

/** --ci name -> svyciprop method. */
export const svycipropMethod: Record<(typeof intervalChoices)[number], SurveyIntervalMethod> = {
  wilson: "wilson",
  "clopper-pearson": "beta",
  logit: "logit",
  wald: "mean",
};

/** --level as a number in (0, 1); 0.95 when not given. */
export function levelOption(command: string, values: ParsedOptions): number {
  const text = stringOption(values, "level");
  if (text === undefined) return 0.95;
  const level = Number(text);
  if (text.trim() === "" || !(level > 0 && level < 1)) {
    throw new UsageError(`--level must be a number between 0 and 1, e.g. 0.95 (got "${text}")`, command);
  }
  return level;
}
