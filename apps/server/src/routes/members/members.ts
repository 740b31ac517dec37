// A workspace's members: validate -> signed-in user -> use case (membership and role checks
// live there) -> JSON with dates as ISO 8601 strings.
import {
  changeRole,
  invite,
  listMembers,
  type PendingInvitationView,
  removeMember,
} from "@smartspec/services";
import type { App, RouteDeps } from "../../app-env.ts";
import { currentUser } from "../../http/current-user.ts";
import { changeRoleRoute, inviteRoute, listMembersRoute, removeMemberRoute } from "./schema.ts";

const invitationJson = (invitation: PendingInvitationView) => ({
  ...invitation,
  createdAt: invitation.createdAt.toISOString(),
  expiresAt: invitation.expiresAt.toISOString(),
});

export function registerMemberRoutes(app: App, { platform }: RouteDeps): void {
  app.openapi(listMembersRoute, async (c) => {
    const user = currentUser(c);
    const list = await listMembers(platform, { userId: user.id, slug: c.req.valid("param").slug });
    return c.json({ members: list.members, invitations: list.invitations.map(invitationJson) }, 200);
  });

  app.openapi(inviteRoute, async (c) => {
    const user = currentUser(c);
    const { email, role } = c.req.valid("json");
    const invitation = await invite(platform, {
      userId: user.id,
      slug: c.req.valid("param").slug,
      email,
      role,
    });
    return c.json(invitationJson(invitation), 201);
  });

  app.openapi(changeRoleRoute, async (c) => {
    const user = currentUser(c);
    const { slug, userId: memberId } = c.req.valid("param");
    const { role } = c.req.valid("json");
    return c.json(await changeRole(platform, { userId: user.id, slug, memberId, role }), 200);
  });

  app.openapi(removeMemberRoute, async (c) => {
    const user = currentUser(c);
    const { slug, userId: memberId } = c.req.valid("param");
    await removeMember(platform, { userId: user.id, slug, memberId });
    return c.body(null, 204);
  });
}
