// GET /api/explorer/datasets (the region x activity sets a caller may open) and
// GET /api/explorer/{dataset}/regions (every region of a view).
import { z } from "zod";
import { explorerViewSchema } from "./explorer-view-schema.ts";
import type { ReplyOf } from "./reply-type.ts";

export const explorerLevelSchema = z.strictObject({ id: z.string(), title: z.string() });
export type ExplorerLevel = ReplyOf<typeof explorerLevelSchema>;

export const explorerDatasetSchema = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    workspace: z
      .string()
      .optional()
      .describe("The workspace slug of an upload; absent for bundled data sets."),
    years: z.array(z.number().int()).readonly(),
    levels: z.array(explorerLevelSchema).readonly(),
    defaultLevel: z.string(),
    geography: z.string(),
    regionGeography: z
      .strictObject({ id: z.string(), level: z.string() })
      .optional()
      .describe("The bundled boundary geography and level of its region codes, when it can be mapped."),
    geographies: z
      .array(z.string())
      .readonly()
      .describe(
        'The region levels `geography=` accepts, own first (e.g. ["itl2", "itl1"]; ["own"] for uploads).',
      ),
    licence: z.string(),
    attribution: z.string(),
  })
  .meta({
    id: "ExplorerDataset",
    description: "A region x activity data set: bundled or a workspace upload",
  });
export type ExplorerDataset = ReplyOf<typeof explorerDatasetSchema>;

export const explorerDatasetListSchema = z.array(explorerDatasetSchema).readonly();

export const regionListItemSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  total: z.number().describe("The region's total of the measure (e.g. jobs) in the view's year."),
});
export type RegionListItem = ReplyOf<typeof regionListItemSchema>;

export const regionListSchema = z
  .strictObject({ view: explorerViewSchema, regions: z.array(regionListItemSchema).readonly() })
  .meta({ id: "RegionList", description: "Every region of the view, in code order" });
export type RegionList = ReplyOf<typeof regionListSchema>;
