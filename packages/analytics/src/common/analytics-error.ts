/**
 * The one error class of the analytics package. `code` is stable (tests and adapters switch on it);
 * `message` is a sentence a user can act on; `details` locates the problem (row, region, activity).
 */
export const analyticsErrorCodes = [
  "empty-input",
  "length-mismatch",
  "invalid-value",
  "duplicate-cell",
  "too-few-regions",
  "too-few-activities",
  "invalid-option",
  "missing-population",
  "dimension-mismatch",
] as const;

export type AnalyticsErrorCode = (typeof analyticsErrorCodes)[number];

export interface AnalyticsErrorDetails {
  /** 0-based index of the offending record in the long input, when there is one. */
  readonly index?: number;
  readonly region?: string;
  readonly activity?: string;
  readonly time?: string;
  readonly field?: string;
  readonly value?: unknown;
}

export class AnalyticsError extends Error {
  override readonly name = "AnalyticsError";
  constructor(
    readonly code: AnalyticsErrorCode,
    message: string,
    readonly details: AnalyticsErrorDetails = {},
  ) {
    super(message);
  }
}
