// The server's environment, parsed and checked once at boot (formbricks' env.ts model): nothing
// else in apps/server reads process.env. A bad value stops the start with a message naming the
// variable, never a stack trace.
import { z } from "zod";

const port = z.coerce
  .number()
  .int("must be a whole number")
  .min(0, "must be between 0 and 65535")
  .max(65_535, "must be between 0 and 65535");

const httpUrl = z
  .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
  .transform((value) => value.replace(/\/+$/, ""));

const envSchema = z.object({
  PORT: port.default(3000),
  /** Address to listen on; loopback-only deployments set 127.0.0.1. */
  HOST: z.string().min(1).optional(),
  SMARTSPEC_DATA_DIR: z.string().min(1).default("./.smartspec"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(?:ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  /** Sender address of mails (invitations, password resets). */
  SMTP_FROM: z.string().min(3).default("smartspec <no-reply@localhost>"),
  SMARTSPEC_PUBLIC_URL: httpUrl.optional(),
  /** Trust X-Forwarded-For for the client address (only behind a reverse proxy you run). */
  SMARTSPEC_TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  SMARTSPEC_WEB_DIST: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SMARTSPEC_DEBUG: z.enum(["", "0", "1"]).default(""),
  /** How often due survey reminder waves are queued (tests set it low; production keeps a minute). */
  SMARTSPEC_REMINDER_INTERVAL_MS: z.coerce
    .number()
    .int("must be a whole number of milliseconds")
    .min(100, "must be between 100 and 86400000")
    .max(86_400_000, "must be between 100 and 86400000")
    .default(60_000),
  /** Port of the SMTP listener for delivery reports (bounces); unset: no listener. 0 picks a free port. */
  SMARTSPEC_BOUNCE_SMTP_PORT: port.optional(),
  /** Address that listener binds: loopback by default, for a relay on the same host. */
  SMARTSPEC_BOUNCE_SMTP_HOST: z.string().min(1).default("127.0.0.1"),
  /** Envelope sender (Return-Path) of outgoing mail: where relays send delivery reports. */
  SMARTSPEC_BOUNCE_ADDRESS: z.email("must be an e-mail address like bounces@example.org").optional(),
});

/** The checked environment of one server process. */
export interface ServerEnv {
  readonly port: number;
  readonly host: string | undefined;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  /** Origin used in links sent by mail, without a trailing slash. */
  readonly publicUrl: string;
  readonly trustProxy: boolean;
  readonly webDist: string | undefined;
  readonly logLevel: string;
  readonly debug: boolean;
  /** Pause between rounds that queue due survey reminder waves, in milliseconds. */
  readonly reminderIntervalMs: number;
  /** The delivery-report (bounce) listener's port; undefined: no listener. */
  readonly bounceSmtpPort: number | undefined;
  readonly bounceSmtpHost: string;
  /** Envelope sender of outgoing mail, when relays should send delivery reports elsewhere. */
  readonly bounceAddress: string | undefined;
}

/** A variable that could not be used; `message` names it. */
export class EnvError extends Error {
  override readonly name = "EnvError";
}

/**
 * Parses the server's variables from `source` (empty strings count as unset). Throws EnvError
 * listing every bad variable, e.g. `PORT must be between 0 and 65535 (got "70000")`.
 *
 * @example parseEnv({ PORT: "8080" }).publicUrl // "http://localhost:8080"
 */
export function parseEnv(source: Readonly<Record<string, string | undefined>>): ServerEnv {
  const present = Object.fromEntries(
    Object.entries(source).filter(([name, value]) => name in envSchema.shape && value !== ""),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const value = name === "DATABASE_URL" || name === "SMTP_URL" ? "" : ` (got "${present[name]}")`;
      return `${name} ${issue.message}${value}`;
    });
    throw new EnvError(problems.join("\n"));
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: env.SMARTSPEC_DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.SMTP_FROM,
    publicUrl: env.SMARTSPEC_PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    trustProxy: env.SMARTSPEC_TRUST_PROXY === "1",
    webDist: env.SMARTSPEC_WEB_DIST,
    logLevel: env.LOG_LEVEL,
    debug: env.SMARTSPEC_DEBUG === "1",
    reminderIntervalMs: env.SMARTSPEC_REMINDER_INTERVAL_MS,
    bounceSmtpPort: env.SMARTSPEC_BOUNCE_SMTP_PORT,
    bounceSmtpHost: env.SMARTSPEC_BOUNCE_SMTP_HOST,
    bounceAddress: env.SMARTSPEC_BOUNCE_ADDRESS,
  };
}
