// GET /healthz: for load balancers and start scripts. Answers 200 once the database answers a
// query, else 503, and names the engine in use.
import { createRoute, z } from "@hono/zod-openapi";
import { getSettings, type PlatformContext } from "@smartspec/services";
import type { App } from "../../app-env.ts";
import { jsonResponse } from "../common-schema.ts";

const healthSchema = z
  .object({
    status: z.enum(["ok", "unavailable"]),
    database: z.enum(["pglite", "postgres"]),
  })
  .openapi("Health");

const healthRoute = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["health"],
  summary: "Whether the server and its database answer",
  responses: {
    200: jsonResponse(healthSchema, "Ready"),
    503: jsonResponse(healthSchema, "The database does not answer"),
  },
});

export function registerHealthRoutes(app: App, deps: { readonly platform: PlatformContext }): void {
  const database = deps.platform.database.dialect;
  app.openapi(healthRoute, async (c) => {
    try {
      await getSettings(deps.platform); // one small query: proves the connection works
      return c.json({ status: "ok" as const, database }, 200);
    } catch {
      return c.json({ status: "unavailable" as const, database }, 503);
    }
  });
}
