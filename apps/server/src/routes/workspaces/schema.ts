// Routes of /api/workspaces: list, create, read and rename workspaces.
import { createRoute, z } from "@hono/zod-openapi";
import { workspaceNameSchema, workspaceSlugSchema } from "@smartspec/domain";
import { requireSession } from "../../http/current-user.ts";
import { errors, jsonBody, jsonResponse, slugParams, workspaceSchema } from "../common-schema.ts";

export const createWorkspaceSchema = z
  .strictObject({ name: workspaceNameSchema, slug: workspaceSlugSchema })
  .openapi("CreateWorkspace");

export const renameWorkspaceSchema = z.strictObject({ name: workspaceNameSchema }).openapi("RenameWorkspace");

export const listWorkspacesRoute = createRoute({
  method: "get",
  path: "/api/workspaces",
  tags: ["workspaces"],
  summary: "The caller's workspaces with their role in each",
  security: [{ session: [] }],
  middleware: [requireSession] as const,
  responses: { 200: jsonResponse(z.array(workspaceSchema), "Workspaces"), 401: errors[401] },
});

export const createWorkspaceRoute = createRoute({
  method: "post",
  path: "/api/workspaces",
  tags: ["workspaces"],
  summary: "Create a workspace; the caller becomes its owner",
  security: [{ session: [] }],
  middleware: [requireSession] as const,
  request: { body: jsonBody(createWorkspaceSchema) },
  responses: {
    201: jsonResponse(workspaceSchema, "Created"),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    409: errors[409],
  },
});

export const getWorkspaceRoute = createRoute({
  method: "get",
  path: "/api/workspaces/{slug}",
  tags: ["workspaces"],
  summary: "One workspace (members only: 404 for anyone else, so existence does not leak)",
  security: [{ session: [] }],
  middleware: [requireSession] as const,
  request: { params: slugParams },
  responses: { 200: jsonResponse(workspaceSchema, "The workspace"), 401: errors[401], 404: errors[404] },
});

export const renameWorkspaceRoute = createRoute({
  method: "patch",
  path: "/api/workspaces/{slug}",
  tags: ["workspaces"],
  summary: "Rename a workspace (owners)",
  security: [{ session: [] }],
  middleware: [requireSession] as const,
  request: { params: slugParams, body: jsonBody(renameWorkspaceSchema) },
  responses: {
    200: jsonResponse(workspaceSchema, "Renamed"),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
  },
});
