// The session shape (GET/POST /api/session, POST /api/invitations/:token/accept):
// { user, workspaces, csrfToken }.
import { listWorkspaces, type PlatformContext, type UserView, type WorkspaceView } from "@smartspec/services";

export interface SessionBody {
  user: UserView | null;
  workspaces: WorkspaceView[];
  csrfToken: string;
}

/** The body for a signed-in `user` (their workspaces read now), or for nobody. */
export async function sessionBody(
  platform: PlatformContext,
  user: UserView | null,
  csrfToken: string,
): Promise<SessionBody> {
  if (user === null) return { user: null, workspaces: [], csrfToken };
  const workspaces = await listWorkspaces(platform, { userId: user.id });
  return { user: { ...user }, workspaces, csrfToken };
}
