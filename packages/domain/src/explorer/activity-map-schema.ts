// GET /api/explorer/{dataset}/map?activity=: one activity's LQ and value in every region of a
// region level, and the bundled boundary layer to draw them with.
import { z } from "zod";
import { explorerViewSchema } from "./explorer-view-schema.ts";
import type { ReplyOf } from "./reply-type.ts";

export const mapValueSchema = z.strictObject({
  region: z.string(),
  name: z.string(),
  lq: z.number().nullable().describe("Null where undefined (NaN)."),
  value: z.number(),
});
export type MapValue = ReplyOf<typeof mapValueSchema>;

export const activityMapSchema = z
  .strictObject({
    view: explorerViewSchema,
    activity: z.strictObject({ code: z.string(), title: z.string() }),
    geography: z.strictObject({
      level: z.string(),
      layer: z
        .string()
        .nullable()
        .describe("The boundary layer whose codes the regions use; null when none fits (e.g. uploads)."),
    }),
    values: z.array(mapValueSchema).readonly(),
    attribution: z.string(),
    licence: z.string(),
  })
  .meta({ id: "ActivityMap", description: "An activity's LQ in every region" });
export type ActivityMap = ReplyOf<typeof activityMapSchema>;
