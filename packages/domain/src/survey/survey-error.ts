/**
 * The one error class of the survey statistics: `code` is stable for tests and adapters, `message`
 * is a sentence naming the field, row, variable or level at fault, `details` repeats them as fields.
 */
export const surveyErrorCodes = [
  "invalid-argument",
  "length-mismatch",
  "invalid-weight",
  "invalid-fpc",
  "lonely-stratum",
  "empty-margin",
  "unknown-level",
  "no-convergence",
  "empty-domain",
] as const;

export type SurveyErrorCode = (typeof surveyErrorCodes)[number];

export interface SurveyErrorDetails {
  /** 0-based row of the input, when one row is at fault. */
  readonly row?: number;
  readonly field?: string;
  readonly level?: string;
  readonly value?: unknown;
}

export class SurveyError extends Error {
  override readonly name = "SurveyError";
  constructor(
    readonly code: SurveyErrorCode,
    message: string,
    readonly details: SurveyErrorDetails = {},
  ) {
    super(message);
  }
}
