// The server's log: pino, JSON lines. Secrets never reach it: fields that can hold one are
// redacted wherever they appear, and paths are logged with their tokens masked (reset and
// invitation links carry the token in the URL).
import { type Logger, pino } from "pino";

export type { Logger } from "pino";

/** Field names whose values are replaced by "[redacted]" at any of the first two levels. */
const secretFields = ["password", "token", "csrfToken", "cookie", "authorization", "x-csrf-token", "smtpUrl"];

export const redactPaths = [
  ...secretFields,
  ...secretFields.map((name) => `*.${name}`),
  ...secretFields.map((name) => `*.*.${name}`),
];

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A logger writing JSON lines to `destination` (stdout by default) at `level`.
 *
 * @example createLogger("info").info({ path: "/healthz" }, "request")
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = { level, redact: { paths: redactPaths, censor: "[redacted]" }, base: undefined };
  return destination === undefined ? pino(options) : pino(options, destination);
}

/**
 * `path` with every segment that looks like a token (24+ URL-safe characters, not a UUID)
 * replaced by ":token", so links from mails can be logged.
 *
 * @example maskTokens("/api/invitations/Yc0v...43 chars.../accept") // "/api/invitations/:token/accept"
 */
export function maskTokens(path: string): string {
  return path
    .split("/")
    .map((segment) => (/^[A-Za-z0-9_-]{24,}$/.test(segment) && !uuid.test(segment) ? ":token" : segment))
    .join("/");
}
