// The one error of the dataset builder: a stable code and a sentence naming the row, question or
// option at fault (rows are 1-based in messages, 0-based in `details.row`).

export const datasetErrorCodes = [
  "invalid-answer",
  "unknown-question",
  "length-mismatch",
  "invalid-date",
  "unknown-variable",
  "wrong-variable-type",
  "unknown-level",
] as const;
export type DatasetErrorCode = (typeof datasetErrorCodes)[number];

export interface DatasetErrorDetails {
  readonly row?: number;
  readonly field?: string;
}

export class DatasetError extends Error {
  override readonly name = "DatasetError";
  constructor(
    readonly code: DatasetErrorCode,
    message: string,
    readonly details: DatasetErrorDetails = {},
  ) {
    super(message);
  }
}
