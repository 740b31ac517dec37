// The two cookies of the API: the session token (after sign-in) and the pre-sign-in CSRF token
// (double-submit). Both HttpOnly (scripts never read them: the CSRF token reaches the UI in the
// body of GET /api/session), SameSite=Lax, Path=/, Secure when the public URL is https.
import { randomBytes } from "node:crypto";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

export const sessionCookieName = "smartspec_session";
export const csrfCookieName = "smartspec_csrf";

/** How long the browser keeps the session cookie; the database decides whether it is still valid. */
const sessionCookieSeconds = 14 * 24 * 60 * 60;

const base = (secure: boolean) => ({ httpOnly: true, sameSite: "Lax", path: "/", secure }) as const;

/** A fresh random 256-bit token, base64url (43 characters). */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, sessionCookieName) || undefined;
}

export function setSessionCookie(c: Context, token: string, secure: boolean): void {
  setCookie(c, sessionCookieName, token, { ...base(secure), maxAge: sessionCookieSeconds });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, sessionCookieName, base(secure));
}

export function readCsrfCookie(c: Context): string | undefined {
  const value = getCookie(c, csrfCookieName);
  // Only a token this server could have made is honoured: no empty or odd values.
  return value !== undefined && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}

/** The pre-sign-in CSRF token of this browser, created (and set as a cookie) when missing. */
export function ensureCsrfCookie(c: Context, secure: boolean): string {
  const existing = readCsrfCookie(c);
  if (existing !== undefined) return existing;
  const token = randomToken();
  setCookie(c, csrfCookieName, token, base(secure));
  return token;
}
