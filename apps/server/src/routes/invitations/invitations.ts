// /api/invitations/:token: anyone holding the link may read it; accepting creates the account when
// the email has none (and signs it in with a new session, ending any other the browser had).
import { acceptInvitation, invitationInfo, logOut } from "@smartspec/services";
import type { App, RouteDeps } from "../../app-env.ts";
import { setSessionCookie } from "../../http/cookies.ts";
import { sessionBody } from "../session/session-body.ts";
import { acceptInvitationRoute, invitationInfoRoute } from "./schema.ts";

export function registerInvitationRoutes(app: App, { platform, https }: RouteDeps): void {
  app.openapi(invitationInfoRoute, async (c) => {
    return c.json(await invitationInfo(platform, { token: c.req.valid("param").token }), 200);
  });

  app.openapi(acceptInvitationRoute, async (c) => {
    const session = c.get("session");
    const { name, password } = c.req.valid("json");
    const accepted = await acceptInvitation(platform, {
      token: c.req.valid("param").token,
      userId: session?.user.id ?? null,
      ...(name === undefined ? {} : { name }),
      ...(password === undefined ? {} : { password }),
    });
    if (accepted.session !== null) {
      const previous = c.get("sessionToken");
      if (previous !== null) await logOut(platform, { token: previous });
      setSessionCookie(c, accepted.session.token, https);
    }
    const csrfToken = accepted.session?.csrfToken ?? session?.csrfToken ?? "";
    return c.json(await sessionBody(platform, accepted.user, csrfToken), 200);
  });
}
