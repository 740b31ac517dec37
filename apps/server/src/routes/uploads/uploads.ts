// /api/workspaces/:slug/datasets: a workspace's own data sets. The upload body is the raw CSV or
// XLSX file (up to 50 MiB, its own limit; app.ts exempts this path from the 1 MiB one); problems
// found by the importer answer 422 with every problem's line and column (up to 1,000).
import { createRoute, z } from "@hono/zod-openapi";
import { uploadedDatasetSchema, uploadProblemSchema, workspaceDatasetSchema } from "@smartspec/domain";
import { deleteWorkspaceUpload, listWorkspaceUploads, uploadDataset } from "@smartspec/services";
import { bodyLimit } from "hono/body-limit";
import type { App, RouteDeps } from "../../app-env.ts";
import { ApiError } from "../../http/api-error.ts";
import { currentUser, requireSession } from "../../http/current-user.ts";
import { errors, slugParams } from "../common-schema.ts";

export const uploadLimitBytes = 50 * 1024 * 1024;
/** The path app.ts exempts from the global body limit. */
export const uploadPathPattern = /^\/api\/workspaces\/[^/]+\/datasets\/?$/;

const xlsxTypes = ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"];
const csvTypes = ["text/csv", "text/plain", "application/csv"];
const anyTypes = ["application/octet-stream"];

const uploadRoute = createRoute({
  method: "post",
  path: "/api/workspaces/{slug}/datasets",
  tags: ["explorer"],
  summary: "Upload a CSV or XLSX file as a workspace data set (owner or analyst)",
  middleware: [
    requireSession,
    bodyLimit({
      maxSize: uploadLimitBytes,
      onError: () => {
        throw new ApiError(413, "payload-too-large", "The file is larger than 50 MiB.");
      },
    }),
  ] as const,
  request: { params: slugParams, query: z.object({ name: z.string().max(200) }) },
  responses: {
    201: {
      description: "The stored data set",
      content: { "application/json": { schema: uploadedDatasetSchema } },
    },
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    413: errors[413],
    415: errors[415],
    422: {
      description: "Every problem the importer found (up to 1,000; `total` counts them all)",
      content: {
        "application/json": {
          schema: z.object({
            error: z.object({ code: z.string(), message: z.string() }),
            problems: z.array(uploadProblemSchema),
            total: z.number().int(),
          }),
        },
      },
    },
  },
});

const listRoute = createRoute({
  method: "get",
  path: "/api/workspaces/{slug}/datasets",
  tags: ["explorer"],
  middleware: [requireSession] as const,
  request: { params: slugParams },
  responses: {
    200: {
      description: "The workspace's data sets",
      content: { "application/json": { schema: z.array(workspaceDatasetSchema) } },
    },
    401: errors[401],
    404: errors[404],
  },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/workspaces/{slug}/datasets/{id}",
  tags: ["explorer"],
  middleware: [requireSession] as const,
  request: {
    params: slugParams.extend({
      id: z
        .string()
        .max(100)
        .openapi({ param: { name: "id", in: "path" } }),
    }),
  },
  responses: { 204: { description: "Deleted" }, 401: errors[401], 403: errors[403], 404: errors[404] },
});

export function registerUploadRoutes(app: App, { platform }: RouteDeps): void {
  app.openapi(uploadRoute, async (c) => {
    const user = currentUser(c);
    const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (![...xlsxTypes, ...csvTypes, ...anyTypes].includes(type)) {
      throw new ApiError(415, "unsupported-media-type", "Send the file as text/csv or an XLSX workbook.");
    }
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    // An octet stream is a workbook when it starts like a zip file (PK), else CSV.
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    const format = xlsxTypes.includes(type) || (anyTypes.includes(type) && zip) ? "xlsx" : "csv";
    const { slug } = c.req.valid("param");
    const { name } = c.req.valid("query");
    const result = await uploadDataset(platform, { userId: user.id, slug, name, bytes, format });
    if (!result.ok) {
      return c.json(
        {
          error: { code: "invalid-data", message: result.message },
          problems: [...result.problems],
          total: result.total,
        },
        422,
      );
    }
    const { ok: _ok, ...created } = result;
    return c.json(created, 201);
  });
  app.openapi(listRoute, async (c) => {
    const user = currentUser(c);
    return c.json(
      await listWorkspaceUploads(platform, { userId: user.id, slug: c.req.valid("param").slug }),
      200,
    );
  });
  app.openapi(deleteRoute, async (c) => {
    const user = currentUser(c);
    const { slug, id } = c.req.valid("param");
    await deleteWorkspaceUpload(platform, { userId: user.id, slug, id });
    return c.body(null, 204);
  });
}
