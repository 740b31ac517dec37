// The server's bounce settings, parsed and checked once at boot beside env.ts (same rules: empty
// strings count as unset, a bad value stops the start with a message naming the variable).
import { z } from "zod";
import { EnvError } from "../env.ts";

const bounceSchema = z.object({
  /** Port of the SMTP listener for delivery reports; unset: no listener. 0 picks a free port. */
  SMARTSPEC_BOUNCE_SMTP_PORT: z.coerce
    .number()
    .int("must be a whole number")
    .min(0, "must be between 0 and 65535")
    .max(65_535, "must be between 0 and 65535")
    .optional(),
  /** Address it binds: loopback by default, for a relay on the same host. */
  SMARTSPEC_BOUNCE_SMTP_HOST: z.string().min(1).default("127.0.0.1"),
  /** Envelope sender (Return-Path) of outgoing mail: where relays send delivery reports. */
  SMARTSPEC_BOUNCE_ADDRESS: z.email("must be an e-mail address like bounces@example.org").optional(),
});

export interface BounceEnv {
  readonly smtpPort: number | undefined;
  readonly smtpHost: string;
  readonly bounceAddress: string | undefined;
}

/**
 * Parses the bounce variables from `source`. Throws EnvError listing every bad one.
 *
 * @example parseBounceEnv({ SMARTSPEC_BOUNCE_SMTP_PORT: "2526" }) // { smtpPort: 2526, smtpHost: "127.0.0.1", ... }
 */
export function parseBounceEnv(source: Readonly<Record<string, string | undefined>>): BounceEnv {
  const present = Object.fromEntries(
    Object.entries(source).filter(([name, value]) => name in bounceSchema.shape && value !== ""),
  );
  const parsed = bounceSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name} ${issue.message} (got "${present[name]}")`;
    });
    throw new EnvError(problems.join("\n"));
  }
  return {
    smtpPort: parsed.data.SMARTSPEC_BOUNCE_SMTP_PORT,
    smtpHost: parsed.data.SMARTSPEC_BOUNCE_SMTP_HOST,
    bounceAddress: parsed.data.SMARTSPEC_BOUNCE_ADDRESS,
  };
}
