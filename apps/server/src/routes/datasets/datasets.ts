// GET /api/datasets: public or signed-in only, as the instance setting says (the use case decides).
import { listDatasets } from "@smartspec/services";
import type { App, RouteDeps } from "../../app-env.ts";
import { listDatasetsRoute } from "./schema.ts";

export function registerDatasetRoutes(app: App, { platform }: RouteDeps): void {
  app.openapi(listDatasetsRoute, async (c) => {
    const userId = c.get("session")?.user.id ?? null;
    return c.json(await listDatasets(platform, { userId }), 200);
  });
}
