// /api/password-resets: the use cases do the work; these routes only validate and answer.
import { confirmPasswordReset, requestPasswordReset } from "@smartspec/services";
import type { App, RouteDeps } from "../../app-env.ts";
import { confirmResetRoute, requestResetRoute } from "./schema.ts";

export function registerPasswordResetRoutes(app: App, { platform }: RouteDeps): void {
  app.openapi(requestResetRoute, async (c) => {
    await requestPasswordReset(platform, c.req.valid("json"));
    return c.body(null, 202);
  });

  app.openapi(confirmResetRoute, async (c) => {
    await confirmPasswordReset(platform, c.req.valid("json"));
    return c.body(null, 204);
  });
}
