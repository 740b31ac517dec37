// Schemas every survey route shares: the path parameters, the 422 problem list, raw file bodies,
// and the route options common to member routes (session required, tag, cookie security).
import { z } from "@hono/zod-openapi";
import { slugParams } from "../common-schema.ts";

export const surveyParams = slugParams.extend({
  surveyId: z
    .string()
    .max(100)
    .openapi({ param: { name: "surveyId", in: "path" }, example: "5f0c2a4e-1b7d-4c3e-9a8f-2d6b1e0c9a71" }),
});

/** `{s}` of the contract. */
export const surveyPath = "/api/workspaces/{slug}/surveys/{surveyId}";

export const problemsResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: z.any() } },
});

/** A JSON reply documented by its domain schema (packages/domain/src/survey-api); not parsed on the way out. */
export const surveyReply = <Schema extends z.ZodType>(description: string, schema: Schema) => ({
  description,
  content: { "application/json": { schema } },
});

/** A response documented as any JSON (the use case's view type is the contract). */
export const anyJson = (description: string) => ({
  description,
  content: { "application/json": { schema: z.any() } },
});

export const memberRoute: { tags: string[]; security: { session: string[] }[] } = {
  tags: ["surveys"],
  security: [{ session: [] }],
};

export const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
