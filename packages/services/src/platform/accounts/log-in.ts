// Email + password login with database-backed rate limits (shared by every server process).
import { emailSchema, passwordLength } from "@smartspec/domain";
import { clearRateLimitEvents, findUserByEmail } from "@smartspec/storage";
import { verifyNobody, verifyPassword } from "../passwords.ts";
import type { PlatformContext } from "../platform-context.ts";
import { PlatformError } from "../platform-error.ts";
import {
  loginLimits,
  loginWindowMs,
  type RateLimit,
  recordFailure,
  secondsUntilAllowed,
} from "../rate-limit.ts";
import { parseField } from "../validate.ts";
import { type NewSession, toUserView } from "../views.ts";
import { startSession } from "./start-session.ts";

export interface LogInProps {
  readonly email: string;
  readonly password: string;
  /** The client's address, for the per-address limit; omitted by callers without one (CLI). */
  readonly clientAddress?: string;
}

/** The one message for a wrong email or a wrong password, so neither reveals which accounts exist. */
export const invalidCredentialsMessage = "The email or password is not correct";

/**
 * Checks the password (argon2id; an unknown email costs the same time) and starts a session.
 * Throws `rate-limited` (with retryAfterSeconds) once an email has 5 failures or an address 20 in
 * 15 minutes - even for a correct password; `invalid-credentials` for a wrong email or password.
 * A successful login clears that email's failures (not the address's).
 * Example: `const { token, csrfToken } = await logIn(ctx, { email, password, clientAddress: "10.0.0.1" })`.
 */
export async function logIn(ctx: PlatformContext, props: LogInProps): Promise<NewSession> {
  const email = parseField(emailSchema, props.email, "email");
  const now = ctx.now();
  const db = ctx.database.db;
  const rules: RateLimit[] = [
    { key: `login:email:${email}`, limit: loginLimits.perEmail, windowMs: loginWindowMs },
  ];
  if (props.clientAddress) {
    rules.push({
      key: `login:address:${props.clientAddress}`,
      limit: loginLimits.perAddress,
      windowMs: loginWindowMs,
    });
  }
  let wait = 0;
  for (const rule of rules) wait = Math.max(wait, await secondsUntilAllowed(db, rule, now));
  if (wait > 0) {
    throw new PlatformError(
      "rate-limited",
      `Too many failed sign-in attempts. Try again in ${waitText(wait)}.`,
      {
        retryAfterSeconds: wait,
      },
    );
  }
  const user = await findUserByEmail(db, email);
  // An over-long password cannot be right (none is stored) and must not cost a long hash.
  const password = props.password.length <= passwordLength.max ? props.password : "";
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyNobody(password);
  if (!user || !valid || password === "") {
    for (const rule of rules) await recordFailure(db, rule, now);
    throw new PlatformError("invalid-credentials", invalidCredentialsMessage);
  }
  await clearRateLimitEvents(db, rules[0]!.key);
  return startSession(db, toUserView(user), now);
}

function waitText(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "a minute" : `${minutes} minutes`;
}
