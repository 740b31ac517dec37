// Turns every error thrown while handling a request into `{ error: { code, message } }` with the
// right status. Unknown errors become 500 `internal` with a fixed message; their details go to
// the log (the stack only when SMARTSPEC_DEBUG=1), never to the response.
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ApiError, errorBody } from "./api-error.ts";
import type { Logger } from "./logger.ts";

/** Errors from hono itself (body limit, media-type gate, malformed JSON) by status. */
function fromHttpException(error: HTTPException): ApiError {
  switch (error.status) {
    case 413:
      return new ApiError(413, "payload-too-large", "The request body is larger than 1 MiB.");
    case 415:
      return new ApiError(
        415,
        "unsupported-media-type",
        "Send the body as JSON (Content-Type: application/json).",
      );
    case 400:
      return new ApiError(400, "invalid-json", "The request body is not valid JSON.");
    default:
      return new ApiError(error.status, "http", error.message || "The request could not be handled.");
  }
}

/** Responds with `error` (and Retry-After for a 429). */
export function errorResponse(c: Context, error: ApiError): Response {
  if (error.retryAfterSeconds !== undefined) c.header("Retry-After", String(error.retryAfterSeconds));
  return c.json(errorBody(error.code, error.message), error.status as ContentfulStatusCode);
}

/**
 * The app's onError. `translate` maps errors of the use cases (their own class and codes) to
 * ApiErrors; anything it does not know is a 500.
 */
export function errorHandler(options: {
  readonly logger: Logger;
  readonly debug: boolean;
  readonly translate: (error: unknown) => ApiError | undefined;
}): ErrorHandler {
  return (error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    if (error instanceof HTTPException) return errorResponse(c, fromHttpException(error));
    const translated = options.translate(error);
    if (translated !== undefined) return errorResponse(c, translated);
    options.logger.error(
      {
        error: { name: error.name, message: error.message, ...(options.debug ? { stack: error.stack } : {}) },
        method: c.req.method,
        route: c.req.routePath,
      },
      "request failed",
    );
    return errorResponse(
      c,
      new ApiError(500, "internal", "Something went wrong on the server. It has been logged; try again."),
    );
  };
}

/** The app's notFound: JSON 404 naming the method and path. */
export const notFound: NotFoundHandler = (c) =>
  errorResponse(c, new ApiError(404, "not-found", `No route for ${c.req.method} ${c.req.path}.`));
