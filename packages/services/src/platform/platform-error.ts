// The one error the platform use cases throw. The HTTP layer maps `code` to a status; the message
// is safe to show a user (it never holds a stack, a hash or a token).

/** Every code a platform use case may fail with. */
export const platformErrorCodes = [
  "invalid-credentials",
  "rate-limited",
  "unauthenticated",
  "forbidden",
  "not-found",
  "last-owner",
  "invalid-token",
  "conflict",
  "validation",
] as const;
export type PlatformErrorCode = (typeof platformErrorCodes)[number];

export interface PlatformErrorDetails {
  /** rate-limited: seconds until another attempt may succeed (for a Retry-After header). */
  readonly retryAfterSeconds?: number;
  /** validation: the input field at fault (`email`, `password`, `slug` ...). */
  readonly field?: string;
  readonly cause?: unknown;
}

/**
 * A refused or failed platform request with a stable code.
 * Example: `throw new PlatformError("forbidden", "Only owners can invite members")`.
 */
export class PlatformError extends Error {
  override readonly name = "PlatformError";
  readonly code: PlatformErrorCode;
  readonly retryAfterSeconds: number | undefined;
  readonly field: string | undefined;

  constructor(code: PlatformErrorCode, message: string, details: PlatformErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.field = details.field;
  }
}

/** Whether `error` is a PlatformError (optionally with this code). */
export function isPlatformError(error: unknown, code?: PlatformErrorCode): error is PlatformError {
  return error instanceof PlatformError && (code === undefined || error.code === code);
}
