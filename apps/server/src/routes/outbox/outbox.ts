// GET /api/workspaces/:slug/outbox: the use case checks ownership; dates go out as ISO strings.
import { readOutbox } from "@smartspec/services";
import type { App, RouteDeps } from "../../app-env.ts";
import { currentUser } from "../../http/current-user.ts";
import { readOutboxRoute } from "./schema.ts";

export function registerOutboxRoutes(app: App, { platform }: RouteDeps): void {
  app.openapi(readOutboxRoute, async (c) => {
    const user = currentUser(c);
    const mails = await readOutbox(platform, { userId: user.id, slug: c.req.valid("param").slug });
    return c.json(
      mails.map((mail) => ({
        ...mail,
        createdAt: mail.createdAt.toISOString(),
        sentAt: mail.sentAt === null ? null : mail.sentAt.toISOString(),
      })),
      200,
    );
  });
}
