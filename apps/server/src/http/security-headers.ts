// Response headers that close the usual browser-side holes. The CSP allows scripts, styles,
// images and fetches from this origin only (the Vite build has no inline scripts), and no
// framing (clickjacking). Referrer-Policy no-referrer keeps reset and invitation tokens, which
// sit in page URLs, out of Referer headers.
import type { MiddlewareHandler } from "hono";

/** The Content-Security-Policy every response carries. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * Adds the security headers to every response; HSTS only when the public URL is https (on plain
 * http a browser ignores it, and on localhost it would pin the name to https for a year).
 */
export function securityHeaders(options: { readonly https: boolean }): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set("Content-Security-Policy", contentSecurityPolicy);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Cross-Origin-Opener-Policy", "same-origin");
    headers.set("Cross-Origin-Resource-Policy", "same-origin");
    headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    if (options.https) headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    // Public boundary layers say they may be cached; every other API reply is not stored.
    const publicLayer = c.req.path.startsWith("/api/boundaries/") && c.res.status === 200;
    if (c.req.path.startsWith("/api/") && !publicLayer) headers.set("Cache-Control", "no-store");
  };
}
