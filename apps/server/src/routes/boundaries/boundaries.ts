// GET /api/boundaries/:layer: a bundled boundary layer (TopoJSON or GeoJSON) for maps. Public (open
// data under OGL / GISCO terms) and cacheable for a day.
import { createRoute, z } from "@hono/zod-openapi";
import { boundaryLayerText } from "@smartspec/services";
import type { App } from "../../app-env.ts";
import { ApiError } from "../../http/api-error.ts";
import { jsonReply } from "../../http/json-reply.ts";
import { errors } from "../common-schema.ts";

const boundaryRoute = createRoute({
  method: "get",
  path: "/api/boundaries/{layer}",
  tags: ["data"],
  summary: "A bundled boundary layer (TopoJSON or GeoJSON)",
  request: {
    params: z.object({
      layer: z
        .string()
        .max(100)
        .openapi({ param: { name: "layer", in: "path" }, example: "uk-boundaries-itl2-2021" }),
    }),
  },
  responses: {
    200: { description: "The layer", content: { "application/json": { schema: z.any() } } },
    404: errors[404],
  },
});

export function registerBoundaryRoutes(app: App): void {
  app.openapi(boundaryRoute, async (c) => {
    const { layer } = c.req.valid("param");
    const body = boundaryLayerText(layer);
    if (body === undefined) throw new ApiError(404, "not-found", `No boundary layer "${layer}"`);
    // The layer is sent as the text it was made into once (and its gzip, made once).
    return jsonReply(c, body, { cacheControl: "public, max-age=86400" }) as never;
  });
}
