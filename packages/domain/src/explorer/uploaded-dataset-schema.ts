// Workspace uploads: POST /api/workspaces/{slug}/datasets (201: the stored set; 422: its problems)
// and GET /api/workspaces/{slug}/datasets (the stored sets, with when they were uploaded).
import { z } from "zod";
import type { ReplyOf } from "./reply-type.ts";

export const uploadedDatasetSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  regions: z.number().int(),
  activities: z.number().int(),
  years: z.array(z.number().int()).readonly(),
});
export type UploadedDataset = ReplyOf<typeof uploadedDatasetSchema>;

export const workspaceDatasetSchema = uploadedDatasetSchema.extend({
  uploadedAt: z.iso.datetime().describe("ISO 8601 time of the upload."),
});
export type WorkspaceDataset = ReplyOf<typeof workspaceDatasetSchema>;

/** One problem of a rejected upload: where (line, column, when known) and what. */
export const uploadProblemSchema = z.strictObject({
  line: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});
export type UploadProblem = ReplyOf<typeof uploadProblemSchema>;
