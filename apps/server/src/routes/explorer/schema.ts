// Routes of the evidence explorer (issue 5). The queries are validated here; the replies are
// documented by the domain's schemas (packages/domain/src/explorer), the types the use cases
// return. Replies are not parsed on the way out (they are cached as serialised text); the
// explorer test parses each one with its schema instead.
import { createRoute, z } from "@hono/zod-openapi";
import {
  activityMapSchema,
  activitySpaceSchema,
  explorerDatasetListSchema,
  regionComparisonSchema,
  regionListSchema,
  regionOpportunitiesSchema,
  regionProfileSchema,
} from "@smartspec/domain";
import { errors } from "../common-schema.ts";

const reply = <Schema extends z.ZodType>(description: string, schema: Schema) => ({
  description,
  content: { "application/json": { schema } },
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
    200: reply("The data sets", explorerDatasetListSchema),
    401: errors[401],
  },
});

export const regionsRoute = createRoute({
  method: "get",
  path: "/api/explorer/{dataset}/regions",
  tags: ["explorer"],
  request: { params: datasetParam, query: viewQuery },
  responses: { 200: reply("Every region of the view, in code order", regionListSchema), ...failures },
});

export const profileRoute = createRoute({
  method: "get",
  path: "/api/explorer/{dataset}/regions/{region}",
  tags: ["explorer"],
  request: { params: regionParams, query: viewQuery },
  responses: { 200: reply("The region's profile", regionProfileSchema), ...failures },
});

export const opportunitiesRoute = createRoute({
  method: "get",
  path: "/api/explorer/{dataset}/regions/{region}/opportunities",
  tags: ["explorer"],
  request: { params: regionParams, query: viewQuery },
  responses: { 200: reply("The region's opportunities", regionOpportunitiesSchema), ...failures },
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
  responses: {
    200: reply("The activity's LQ in every region of the geography", activityMapSchema),
    ...failures,
  },
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
  responses: {
    200: reply("The activity space: nodes at their layout, tree and strong links", activitySpaceSchema),
    ...failures,
  },
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
  responses: {
    200: reply("The regions side by side, in the order asked", regionComparisonSchema),
    ...failures,
  },
});

export const compareXlsxRoute = createRoute({
  method: "get",
  path: "/api/explorer/{dataset}/compare.xlsx",
  tags: ["explorer"],
  request: { params: datasetParam, query: compareQuery },
  responses: { 200: xlsxReply("The comparison as XLSX (sheets Data and About)"), ...failures },
});
