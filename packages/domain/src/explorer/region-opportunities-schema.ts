// GET /api/explorer/{dataset}/regions/{region}/opportunities (Balland et al. 2019): the activities
// the region is not specialised in, with relatedness density and complexity, the median cut-offs,
// and for each the existing strengths closest to it ("why").
import { z } from "zod";
import { explorerMethodsSchema } from "./explorer-methods-schema.ts";
import { explorerViewSchema } from "./explorer-view-schema.ts";
import type { ReplyOf } from "./reply-type.ts";

export const opportunityRowSchema = z
  .strictObject({
    activity: z.string(),
    title: z.string(),
    section: z.string().nullable(),
    value: z.number(),
    lq: z.number().nullable(),
    density: z
      .number()
      .nullable()
      .describe(
        "Relatedness density (0-1); null where undefined (NaN): such a row cannot be placed on the chart.",
      ),
    pci: z.number().nullable().describe("Complexity; null for an activity no region is specialised in."),
    cog: z.number().nullable().describe("Complexity outlook gain; null where undefined."),
  })
  .meta({ id: "OpportunityRow", description: "An activity the region is not specialised in (M = 0)" });
export type OpportunityRow = ReplyOf<typeof opportunityRowSchema>;

export const relatedStrengthSchema = z.strictObject({
  activity: z.string(),
  title: z.string(),
  proximity: z.number().describe("φ between the strength and the opportunity (0-1]."),
});
export type RelatedStrength = ReplyOf<typeof relatedStrengthSchema>;

export const regionOpportunitiesSchema = z
  .strictObject({
    view: explorerViewSchema,
    region: z.strictObject({ code: z.string(), name: z.string() }),
    cutoffs: z
      .strictObject({ density: z.number().nullable(), complexity: z.number().nullable() })
      .describe("Medians of the rows' non-null density and PCI; null when no row has one."),
    rows: z
      .array(opportunityRowSchema)
      .readonly()
      .describe("By density descending (null last), ties by activity code."),
    why: z
      .record(z.string(), z.array(relatedStrengthSchema).readonly())
      .describe("Up to 5 strengths (M = 1) per row's activity, closest first."),
    methods: explorerMethodsSchema,
    attribution: z.string(),
    licence: z.string(),
  })
  .meta({ id: "RegionOpportunities", description: "A region's opportunities" });
export type RegionOpportunities = ReplyOf<typeof regionOpportunitiesSchema>;
