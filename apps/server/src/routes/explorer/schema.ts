// Routes of the evidence explorer (issue 5). Replies are documented loosely (the shapes are in
// routes/explorer/README.md and the use cases' types); the queries are validated here.
import { createRoute, z } from "@hono/zod-openapi";
import { errors } from "../common-schema.ts";

const reply = (description: string) => ({
  description,
  content: { "application/json": { schema: z.any() } },
});
const xlsxReply = (description: string) => ({
  description,
  content: { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string() } },
});
const text = z.string().max(100).optional();
export const viewQuery = z.object({ year: text, level: text, profile: text, geography: text });
const datasetParam = z.object({
  dataset: z
    .string()
    .max(100)
    .openapi({ param: { name: "dataset", in: "path" }, example: "uk-bres-itl2" }),
});
const regionParams = datasetParam.extend({
  region: z
    .string()
    .max(100)
    .openapi({ param: { name: "region", in: "path" }, example: "UKK1" }),
});
const failures = { 400: errors[400], 401: errors[401], 404: errors[404] };

export const listExplorerDatasetsRoute = createRoute({
  method: "get",
  path: "/api/explorer/datasets",
  tags: ["explorer"],
  summary: "Region x activity data sets: bundled ones and the caller's workspaces' uploads",
  responses: {
    200: {
      description: "The data sets",
      content: { "application/json": { schema: z.array(z.any()) } },
    },
    401: errors[401],
  },
});

export const regionsRoute = createRoute({
  method: "get",
  path: "/api/explorer/{dataset}/regions",
  tags: ["explorer"],
  request: { params: datasetParam, query: viewQuery },
  responses: { 200: reply("{ view, regions: [{ code, name, total }] }"), ...failures },
});

export const profileRoute = createRoute({
  method: "get",
  path: "/api/explorer/{dataset}/regions/{region}",
  tags: ["explorer"],
  request: { params: regionParams, query: viewQuery },
  responses: { 200: reply("The region's profile"), ...failures },
});

export const opportunitiesRoute = createRoute({
  method: "get",
  path: "/api/explorer/{dataset}/regions/{region}/opportunities",
  tags: ["explorer"],
  request: { params: regionParams, query: viewQuery },
  responses: { 200: reply("The region's opportunities"), ...failures },
});

export const profileXlsxRoute = createRoute({
  method: "get",
  path: "/api/explorer/{dataset}/regions/{region}/profile.xlsx",
  tags: ["explorer"],
  request: { params: regionParams, query: viewQuery },
  responses: { 200: xlsxReply("The profile as XLSX (sheets Data and About)"), ...failures },
});

export const opportunitiesXlsxRoute = createRoute({
  method: "get",
  path: "/api/explorer/{dataset}/regions/{region}/opportunities.xlsx",
  tags: ["explorer"],
  request: { params: regionParams, query: viewQuery },
  responses: { 200: xlsxReply("The opportunities as XLSX (sheets Data and About)"), ...failures },
});

const mapQuery = viewQuery.extend({ activity: text });
const spaceQuery = viewQuery.extend({ region: text });
const compareQuery = viewQuery.extend({ regions: z.string().max(1100) });

export const mapRoute = createRoute({
  method: "get",
  path: "/api/explorer/{dataset}/map",
  tags: ["explorer"],
  request: { params: datasetParam, query: mapQuery },
  responses: { 200: reply("{ view, activity, geography: { level, layer }, values }"), ...failures },
});

export const mapXlsxRoute = createRoute({
  method: "get",
  path: "/api/explorer/{dataset}/map.xlsx",
  tags: ["explorer"],
  request: { params: datasetParam, query: mapQuery },
  responses: { 200: xlsxReply("The map's values as XLSX (sheets Data and About)"), ...failures },
});

export const spaceRoute = createRoute({
  method: "get",
  path: "/api/explorer/{dataset}/space",
  tags: ["explorer"],
  request: { params: datasetParam, query: spaceQuery },
  responses: { 200: reply("{ view, nodes, edges }"), ...failures },
});

export const spaceXlsxRoute = createRoute({
  method: "get",
  path: "/api/explorer/{dataset}/space.xlsx",
  tags: ["explorer"],
  request: { params: datasetParam, query: spaceQuery },
  responses: {
    200: xlsxReply("The activity space's nodes and links as XLSX (sheets Data, Links and About)"),
    ...failures,
  },
});

export const compareRoute = createRoute({
  method: "get",
  path: "/api/explorer/{dataset}/compare",
  tags: ["explorer"],
  request: { params: datasetParam, query: compareQuery },
  responses: { 200: reply("{ view, regions: [summaries] }"), ...failures },
});

export const compareXlsxRoute = createRoute({
  method: "get",
  path: "/api/explorer/{dataset}/compare.xlsx",
  tags: ["explorer"],
  request: { params: datasetParam, query: compareQuery },
  responses: { 200: xlsxReply("The comparison as XLSX (sheets Data and About)"), ...failures },
});
