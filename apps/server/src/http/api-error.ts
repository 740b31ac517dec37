// The one error class of the HTTP layer (hono's HTTPException model): a status, a stable code
// the web UI and tests match on, and a message a person can act on. Every error response has
// the shape `{ "error": { "code": string, "message": string } }`.

/** Codes the HTTP layer itself produces (use cases add theirs, mapped in error-handler.ts). */
export const httpErrorCodes = [
  "unauthenticated",
  "csrf",
  "validation",
  "invalid-json",
  "payload-too-large",
  "unsupported-media-type",
  "not-found",
  "method-not-allowed",
  "internal",
] as const;

/** The JSON body of every error response. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

/** An error to answer with `status` and `{ error: { code, message } }`. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds for a Retry-After header (429 only). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/**
 * The body for an error response.
 *
 * @example errorBody("csrf", "Missing X-CSRF-Token header.") // { error: { code: "csrf", message: "..." } }
 */
export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** 401: the route needs a signed-in user and the request has no valid session. */
export const unauthenticated = (): ApiError =>
  new ApiError(401, "unauthenticated", "Sign in to use this part of smartspec.");
