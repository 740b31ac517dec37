// GET /api/explorer/{dataset}/compare?regions=A,B: 2 to 10 regions side by side.
import { z } from "zod";
import { explorerViewSchema } from "./explorer-view-schema.ts";
import { regionSummarySchema, specialisationSchema } from "./region-profile-schema.ts";
import type { ReplyOf } from "./reply-type.ts";

/** A region's summary with its top 5 specialisations. */
export const comparedRegionSchema = regionSummarySchema.extend({
  specialisations: z.array(specialisationSchema).readonly(),
});
export type ComparedRegion = ReplyOf<typeof comparedRegionSchema>;

export const regionComparisonSchema = z
  .strictObject({
    view: explorerViewSchema,
    regions: z.array(comparedRegionSchema).readonly().describe("In the order asked, duplicates removed."),
    attribution: z.string(),
    licence: z.string(),
  })
  .meta({ id: "RegionComparison", description: "Regions side by side" });
export type RegionComparison = ReplyOf<typeof regionComparisonSchema>;
