// CSRF protection for every state-changing request (POST, PUT, PATCH, DELETE) under /api:
// 1. an Origin header, when present, must be this server's (the public URL's origin or the
//    origin the request was addressed to);
// 2. the X-CSRF-Token header must equal the token of the session, or before sign-in the
//    double-submit token in the smartspec_csrf cookie. Either failure is 403 `csrf`.
import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { ApiError } from "./api-error.ts";

const stateChanging = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Constant-time equality of two strings of any length (compares their sha256 digests). */
export function sameToken(a: string, b: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** True when `origin` is one of `allowed` (compared as parsed origins, so case and default ports agree). */
function originAllowed(origin: string, allowed: readonly string[]): boolean {
  try {
    const parsed = new URL(origin).origin;
    return parsed !== "null" && allowed.includes(parsed);
  } catch {
    return false;
  }
}

/**
 * The CSRF middleware. `expectedToken(c)` is the token the request must carry: the session's
 * when signed in, else the csrf cookie's (undefined when there is none: then any request fails).
 */
export function csrfProtection(options: {
  readonly publicOrigin: string;
  readonly expectedToken: (c: Parameters<MiddlewareHandler>[0]) => string | undefined;
}): MiddlewareHandler {
  return async (c, next) => {
    if (!stateChanging.has(c.req.method)) return next();
    const origin = c.req.header("origin");
    if (origin !== undefined) {
      const own = new URL(c.req.url).origin;
      if (!originAllowed(origin, [options.publicOrigin, own])) {
        throw new ApiError(403, "csrf", `Requests from ${JSON.stringify(origin)} are not accepted.`);
      }
    }
    const sent = c.req.header("x-csrf-token");
    if (sent === undefined || sent === "") {
      throw new ApiError(
        403,
        "csrf",
        "Missing X-CSRF-Token header: send the csrfToken from GET /api/session.",
      );
    }
    const expected = options.expectedToken(c);
    if (expected === undefined || !sameToken(sent, expected)) {
      throw new ApiError(
        403,
        "csrf",
        "The X-CSRF-Token header does not match this session: fetch GET /api/session again.",
      );
    }
    return next();
  };
}
