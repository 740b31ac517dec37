// The "methods" block of the profile and opportunities replies: the engine's diagnostics and
// provenance (analytics ComplexityDiagnostics / ComplexityProvenance) as JSON, where NaN is null.
import { z } from "zod";
import type { ReplyOf } from "./reply-type.ts";

/** A value of a recorded choice or parameter (threshold, level, year, cleaning steps ...). */
const choiceValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const explorerWarningSchema = z.strictObject({ code: z.string(), message: z.string() });
export type ExplorerWarning = ReplyOf<typeof explorerWarningSchema>;

export const explorerDiagnosticsSchema = z
  .strictObject({
    droppedRegions: z.array(z.string()).readonly(),
    droppedActivities: z.array(z.string()).readonly(),
    eigenvalues: z.array(z.number()).readonly().describe("λ1 >= λ2 >= ... of M̃, as many as were computed."),
    spectralGap: z.number().nullable().describe("(λ2 - λ3) / λ2; null where undefined (NaN)."),
    components: z
      .number()
      .int()
      .describe("Connected components of the region-activity graph (1 = connected)."),
    tiesAtThreshold: z.number().int(),
    signEvidence: z
      .record(z.string(), z.number().nullable())
      .describe("The correlations behind the sign choice, by rule name (null where undefined)."),
    warnings: z.array(explorerWarningSchema).readonly(),
  })
  .meta({ id: "ExplorerDiagnostics", description: "The complexity engine's diagnostics" });
export type ExplorerDiagnostics = ReplyOf<typeof explorerDiagnosticsSchema>;

export const explorerProvenanceSchema = z
  .strictObject({
    profile: z.string(),
    tool: z.string(),
    method: z.string(),
    choices: z.record(z.string(), choiceValueSchema),
  })
  .meta({ id: "ExplorerProvenance", description: "Every choice that produced the numbers" });
export type ExplorerProvenance = ReplyOf<typeof explorerProvenanceSchema>;

export const explorerMethodsSchema = z
  .strictObject({
    profile: z.string(),
    parameters: z.record(z.string(), choiceValueSchema),
    diagnostics: explorerDiagnosticsSchema,
    provenance: explorerProvenanceSchema,
    glossary: z.string().describe('A link into the glossary page (e.g. "/glossary#lq").'),
  })
  .meta({ id: "ExplorerMethods", description: "Profile, parameters, diagnostics and provenance of a reply" });
export type ExplorerMethods = ReplyOf<typeof explorerMethodsSchema>;
