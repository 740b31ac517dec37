// /api/session: validate -> use case -> cookie + session body. Signing in always issues a new
// token and ends the session the browser had, so a token planted before sign-in (session
// fixation) is never the one that gets signed in.
import { logIn, logOut } from "@smartspec/services";
import type { App, RouteDeps } from "../../app-env.ts";
import { clientAddress } from "../../http/client-address.ts";
import {
  clearSessionCookie,
  ensureCsrfCookie,
  readSessionCookie,
  setSessionCookie,
} from "../../http/cookies.ts";
import { getSessionRoute, signInRoute, signOutRoute } from "./schema.ts";
import { sessionBody } from "./session-body.ts";

export function registerSessionRoutes(app: App, deps: RouteDeps): void {
  const { platform, https } = deps;

  app.openapi(getSessionRoute, async (c) => {
    const session = c.get("session");
    if (session !== null) return c.json(await sessionBody(platform, session.user, session.csrfToken), 200);
    // A cookie whose session ended is dropped, so the browser stops sending it.
    if (readSessionCookie(c) !== undefined) clearSessionCookie(c, https);
    return c.json(await sessionBody(platform, null, ensureCsrfCookie(c, https)), 200);
  });

  app.openapi(signInRoute, async (c) => {
    const { email, password } = c.req.valid("json");
    const address = clientAddress(c, deps.config.trustProxy);
    const started = await logIn(platform, {
      email,
      password,
      ...(address ? { clientAddress: address } : {}),
    });
    const previous = readSessionCookie(c);
    if (previous !== undefined) await logOut(platform, { token: previous });
    setSessionCookie(c, started.token, https);
    return c.json(await sessionBody(platform, started.user, started.csrfToken), 200);
  });

  app.openapi(signOutRoute, async (c) => {
    const token = readSessionCookie(c);
    if (token !== undefined) await logOut(platform, { token });
    clearSessionCookie(c, https);
    return c.body(null, 204);
  });
}
