// The signed-in user of a request, for routes that need one. `requireSession` runs before the
// route's schema validation, so a request without a session gets 401 whatever its body.
import type { UserView } from "@smartspec/services";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import { unauthenticated } from "./api-error.ts";

/** Route middleware: 401 `unauthenticated` unless the request has a valid session. */
export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get("session") === null) throw unauthenticated();
  await next();
};

/** The user of the request's session; throws 401 `unauthenticated` when there is none. */
export function currentUser(c: Context<AppEnv>): UserView {
  const session = c.get("session");
  if (session === null) throw unauthenticated();
  return session.user;
}
