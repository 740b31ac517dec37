// GET /api/explorer/{dataset}/space?region=: the proximity network (maximum spanning tree plus the
// strongest links) at its deterministic layout; with a region, which nodes are its strengths.
import { z } from "zod";
import { explorerViewSchema } from "./explorer-view-schema.ts";
import type { ReplyOf } from "./reply-type.ts";

export const spaceNodeSchema = z.strictObject({
  activity: z.string(),
  title: z.string(),
  section: z.string().nullable(),
  x: z.number(),
  y: z.number(),
  ubiquity: z
    .number()
    .nullable()
    .describe(
      "Regions specialised in the activity; null for one with no value anywhere (dropped by the engine).",
    ),
  pci: z
    .number()
    .nullable()
    .describe("Null where the engine has no PCI (an activity no region is specialised in)."),
  present: z
    .boolean()
    .optional()
    .describe("With a region chosen: whether it is specialised in the activity (LQ >= 1)."),
});
export type SpaceNode = ReplyOf<typeof spaceNodeSchema>;

export const spaceEdgeKinds = ["tree", "strong"] as const;

export const spaceEdgeSchema = z.strictObject({
  source: z.string(),
  target: z.string(),
  proximity: z.number(),
  kind: z
    .enum(spaceEdgeKinds)
    .describe('"tree": in the maximum spanning tree; "strong": one of the strongest other links.'),
});
export type SpaceEdge = ReplyOf<typeof spaceEdgeSchema>;

export const activitySpaceSchema = z
  .strictObject({
    view: explorerViewSchema,
    nodes: z.array(spaceNodeSchema).readonly(),
    edges: z.array(spaceEdgeSchema).readonly(),
    attribution: z.string(),
    licence: z.string(),
  })
  .meta({ id: "ActivitySpace", description: "The activity space network" });
export type ActivitySpace = ReplyOf<typeof activitySpaceSchema>;
