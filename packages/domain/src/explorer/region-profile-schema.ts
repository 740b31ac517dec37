// GET /api/explorer/{dataset}/regions/{region}: a region's facts, its specialisations (LQ >= 1)
// and the LQ of its top ones over the years.
import { z } from "zod";
import { explorerMethodsSchema } from "./explorer-methods-schema.ts";
import { explorerViewSchema } from "./explorer-view-schema.ts";
import type { ReplyOf } from "./reply-type.ts";

export const regionSummarySchema = z
  .strictObject({
    code: z.string(),
    name: z.string(),
    total: z.number(),
    diversity: z.number().describe("Activities with LQ >= 1."),
    eci: z.number().nullable().describe("Null where the engine dropped the region (NaN)."),
    eciRank: z.number().int().nullable().describe("1 = most complex; null with `eci`."),
    regionCount: z.number().int(),
    relatedVariety: z.number().nullable().describe("Null when the level has no parent level to group by."),
    unrelatedVariety: z.number().nullable(),
  })
  .meta({ id: "RegionSummary", description: "A region's summary facts" });
export type RegionSummary = ReplyOf<typeof regionSummarySchema>;

export const specialisationSchema = z
  .strictObject({
    activity: z.string(),
    title: z.string(),
    section: z.string().nullable().describe("SIC section letter, or null (uploads, other classifications)."),
    value: z.number(),
    lq: z.number(),
    lqLow: z.number().optional().describe("The 95% interval of the LQ, given for counts below 100."),
    lqHigh: z.number().optional(),
    share: z.number().describe("The activity's share of the region's total (0-1)."),
  })
  .meta({ id: "Specialisation", description: "An activity with LQ >= 1 in the region" });
export type Specialisation = ReplyOf<typeof specialisationSchema>;

export const lqChangeSchema = z.strictObject({
  activity: z.string(),
  lqByYear: z
    .record(z.string(), z.number().nullable())
    .describe('LQ by year ("2021": 4.27); null where undefined.'),
});
export type LqChange = ReplyOf<typeof lqChangeSchema>;

export const regionProfileSchema = z
  .strictObject({
    view: explorerViewSchema,
    region: regionSummarySchema,
    specialisations: z
      .array(specialisationSchema)
      .readonly()
      .describe("The top 25 by LQ (ties: activity code)."),
    years: z.array(z.strictObject({ year: z.number().int(), total: z.number() })).readonly(),
    change: z
      .array(lqChangeSchema)
      .readonly()
      .describe("The top 10 specialisations' LQ in every year of the data set."),
    methods: explorerMethodsSchema,
    attribution: z.string(),
    licence: z.string(),
  })
  .meta({ id: "RegionProfile", description: "A region's profile" });
export type RegionProfile = ReplyOf<typeof regionProfileSchema>;
