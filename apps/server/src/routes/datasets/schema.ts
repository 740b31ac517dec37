// Route of the bundled open-data catalogue.
import { createRoute, z } from "@hono/zod-openapi";
import { errors, jsonResponse } from "../common-schema.ts";

export const datasetSummarySchema = z
  .object({
    id: z.string().openapi({ example: "uk-bres-itl2-sic2007" }),
    title: z.string(),
    kind: z.string(),
    geography: z.string(),
    classification: z.string(),
    levels: z.array(z.object({ id: z.string(), title: z.string() })),
    years: z.array(z.number().int()),
    licence: z.string(),
    attribution: z.string(),
  })
  .openapi("DatasetSummary");

export const listDatasetsRoute = createRoute({
  method: "get",
  path: "/api/datasets",
  tags: ["data"],
  summary: "The bundled data sets with licence and attribution (public when the instance allows it)",
  responses: { 200: jsonResponse(z.array(datasetSummarySchema), "The catalogue"), 401: errors[401] },
});
