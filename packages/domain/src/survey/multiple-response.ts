// Multiple-response ("select all that apply") questions (survey-methods.md §8) with both bases:
// % of respondents (base: rows shown the question that answered it; options sum past 100 %), each
// with a svyciprop interval, and % of mentions (base: all weighted ticks). "Answered" means at
// least one tick, unless the caller passes its own flags (e.g. an exclusive "none" option).
import { type DomainProportion, domainProportion } from "./domain-proportion.ts";
import type { SurveyDesign } from "./survey-design.ts";
import { SurveyError } from "./survey-error.ts";
import type { SurveyIntervalMethod } from "./survey-proportion-interval.ts";

export interface MultipleResponseInput {
  readonly design: SurveyDesign;
  /** One indicator column per option: 1 ticked, 0 not (NaN where the question was not shown). */
  readonly options: readonly { readonly name: string; readonly ticked: ArrayLike<number> }[];
  /** 1 where the row answered the question (default: at least one tick). */
  readonly answered?: Uint8Array;
  readonly method: SurveyIntervalMethod;
  readonly level?: number;
}

export interface MultipleResponseOption extends DomainProportion {
  readonly name: string;
  /** Weighted ticks of this option / all weighted ticks. */
  readonly mentionShare: number;
}

export interface MultipleResponseSummary {
  /** Respondents in the base of "% of respondents". */
  readonly respondents: number;
  readonly options: readonly MultipleResponseOption[];
  /** Weighted number of ticks (the base of "% of mentions"). */
  readonly weightedMentions: number;
}

export function multipleResponseSummary(input: MultipleResponseInput): MultipleResponseSummary {
  const { design, options } = input;
  if (options.length === 0)
    throw new SurveyError("invalid-argument", "a multiple-response question needs options.");
  for (const option of options) {
    if (option.ticked.length !== design.rows) {
      throw new SurveyError(
        "length-mismatch",
        `option ${option.name} has ${option.ticked.length} values for ${design.rows} rows.`,
        {
          field: option.name,
        },
      );
    }
  }
  const answered =
    input.answered ??
    Uint8Array.from({ length: design.rows }, (_, i) => (options.some((o) => o.ticked[i] === 1) ? 1 : 0));
  const mentions = options.map((option) => {
    let total = 0;
    for (let i = 0; i < design.rows; i++)
      if (answered[i] === 1 && option.ticked[i] === 1) total += design.weights[i]!;
    return total;
  });
  const weightedMentions = mentions.reduce((s, m) => s + m, 0);
  return {
    respondents: answered.reduce((s, v) => s + v, 0),
    options: options.map((option, k) => ({
      name: option.name,
      ...domainProportion(design, option.ticked, answered, input.method, input.level ?? 0.95),
      mentionShare: mentions[k]! / weightedMentions,
    })),
    weightedMentions,
  };
}
