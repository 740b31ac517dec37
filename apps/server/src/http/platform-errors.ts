// Statuses for the use cases' error codes (packages/services/src/platform/README.md).
import { isPlatformError, type PlatformErrorCode } from "@smartspec/services";
import { ApiError } from "./api-error.ts";

export const platformErrorStatus: Readonly<Record<PlatformErrorCode, number>> = {
  validation: 400,
  "invalid-token": 400,
  "invalid-credentials": 401,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "last-owner": 409,
  "rate-limited": 429,
};

/**
 * The ApiError for a PlatformError (its message is written for users already); undefined for
 * anything else.
 *
 * @example translatePlatformError(new PlatformError("last-owner", "...")) // ApiError 409 last-owner
 */
export function translatePlatformError(error: unknown): ApiError | undefined {
  if (!isPlatformError(error)) return undefined;
  return new ApiError(platformErrorStatus[error.code], error.code, error.message, error.retryAfterSeconds);
}
