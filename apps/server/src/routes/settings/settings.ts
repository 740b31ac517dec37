// /api/settings: reading is public (the UI decides what to show before sign-in); the use case
// refuses changes from anyone but the instance admin.
import { getSettings, updateSettings } from "@smartspec/services";
import type { App, RouteDeps } from "../../app-env.ts";
import { currentUser } from "../../http/current-user.ts";
import { getSettingsRoute, updateSettingsRoute } from "./schema.ts";

export function registerSettingsRoutes(app: App, { platform }: RouteDeps): void {
  const withMail = <T extends object>(settings: T) => ({ ...settings, mailDelivery: platform.mailDelivery });
  app.openapi(getSettingsRoute, async (c) => c.json(withMail(await getSettings(platform)), 200));

  app.openapi(updateSettingsRoute, async (c) => {
    const user = currentUser(c);
    const { publicOpenData } = c.req.valid("json");
    return c.json(
      withMail(
        await updateSettings(platform, {
          userId: user.id,
          ...(publicOpenData === undefined ? {} : { publicOpenData }),
        }),
      ),
      200,
    );
  });
}
