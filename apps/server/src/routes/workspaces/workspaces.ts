// /api/workspaces: validate -> signed-in user -> use case (which checks membership and role).
import { createWorkspace, getWorkspace, listWorkspaces, renameWorkspace } from "@smartspec/services";
import type { App, RouteDeps } from "../../app-env.ts";
import { currentUser } from "../../http/current-user.ts";
import {
  createWorkspaceRoute,
  getWorkspaceRoute,
  listWorkspacesRoute,
  renameWorkspaceRoute,
} from "./schema.ts";

export function registerWorkspaceRoutes(app: App, { platform }: RouteDeps): void {
  app.openapi(listWorkspacesRoute, async (c) => {
    const user = currentUser(c);
    return c.json(await listWorkspaces(platform, { userId: user.id }), 200);
  });

  app.openapi(createWorkspaceRoute, async (c) => {
    const user = currentUser(c);
    const { name, slug } = c.req.valid("json");
    return c.json(await createWorkspace(platform, { userId: user.id, name, slug }), 201);
  });

  app.openapi(getWorkspaceRoute, async (c) => {
    const user = currentUser(c);
    return c.json(await getWorkspace(platform, { userId: user.id, slug: c.req.valid("param").slug }), 200);
  });

  app.openapi(renameWorkspaceRoute, async (c) => {
    const user = currentUser(c);
    const { slug } = c.req.valid("param");
    const { name } = c.req.valid("json");
    return c.json(await renameWorkspace(platform, { userId: user.id, slug, name }), 200);
  });
}
