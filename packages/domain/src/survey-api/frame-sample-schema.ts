// POST {s}/frame (a frame file stored), POST {s}/sample (a seeded sample drawn) and
// PUT / POST {s}/instrument(.xlsx) (an instrument version saved).
import { z } from "zod";
import type { SurveyReplyOf } from "./survey-reply-type.ts";
import { sampleStratumSchema, stratumUnitsSchema } from "./survey-view-schema.ts";

export const frameDuplicateSchema = z.strictObject({
  rowNumber: z.number().int(),
  duplicateOf: z.number().int().describe("The earlier row it repeats."),
  reason: z.enum(["email", "name-postcode", "name-region"]),
});
export type FrameDuplicate = SurveyReplyOf<typeof frameDuplicateSchema>;

export const frameImportedSchema = z
  .strictObject({
    frameId: z.string(),
    units: z.number().int().describe("Units stored."),
    duplicates: z.array(frameDuplicateSchema).readonly(),
    strata: z.array(stratumUnitsSchema).readonly().describe("Units per stratum, by stratum."),
  })
  .meta({ id: "FrameImported", description: "A sampling frame stored" });
export type FrameImported = SurveyReplyOf<typeof frameImportedSchema>;

export const sampleDrawnSchema = z
  .strictObject({
    sampleId: z.string(),
    strata: z.array(sampleStratumSchema).readonly(),
    selectedRows: z.array(z.number().int()).readonly().describe("Frame row numbers selected, ascending."),
  })
  .meta({ id: "SampleDrawn", description: "A seeded sample drawn from the frame" });
export type SampleDrawn = SurveyReplyOf<typeof sampleDrawnSchema>;

export const instrumentSavedSchema = z
  .strictObject({
    version: z.number().int(),
    hash: z.string(),
    created: z.boolean().describe("False when an identical instrument was already saved (its version)."),
  })
  .meta({ id: "InstrumentSaved", description: "An instrument version saved" });
export type InstrumentSaved = SurveyReplyOf<typeof instrumentSavedSchema>;
