// The open-text coding replies (survey-methods.md §9) under {s}/coding: the codable fields, a
// field's codebook, the caller's own coding sheet (blind), progress after coding or finishing, the
// reveal, inter-coder agreement, an adjudicated answer and the final codes' frequencies. No reply
// names a respondent or a case: an answer is its response id and its text.
import { z } from "zod";
import { proportionIntervalMethods } from "../survey/proportion-interval.ts";
import type { SurveyReplyOf } from "./survey-reply-type.ts";

const codingFieldKindSchema = z.enum(["text", "other"]).describe('"other": the text of an "Other" choice.');

export const coderViewSchema = z.strictObject({
  userId: z.string(),
  name: z.string(),
  slot: z.number().int().describe("1 = first coder, 2 = second coder."),
  coded: z.number().int().describe("Answers this coder has given at least one code."),
  finished: z.boolean(),
});
export type CoderView = SurveyReplyOf<typeof coderViewSchema>;

export const codeViewSchema = z
  .strictObject({
    id: z.string(),
    label: z.string(),
    description: z.string(),
    parentId: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: "CodeView", description: "A code of a field's codebook, as of its newest version" });
export type CodeView = SurveyReplyOf<typeof codeViewSchema>;

export const codeVersionViewSchema = z.strictObject({
  version: z.number().int(),
  label: z.string(),
  description: z.string(),
  parentId: z.string().nullable(),
  editedAt: z.iso.datetime(),
});
export type CodeVersionView = SurveyReplyOf<typeof codeVersionViewSchema>;

export const codingFieldViewSchema = z.strictObject({
  field: z.string().describe("The answers key: a question's name, or <name>-Comment."),
  title: z.string(),
  kind: codingFieldKindSchema,
  answers: z.number().int(),
  codes: z.number().int(),
  coders: z.array(coderViewSchema).readonly(),
  revealed: z.boolean(),
});
export type CodingFieldView = SurveyReplyOf<typeof codingFieldViewSchema>;
export const codingFieldListSchema = z
  .array(codingFieldViewSchema)
  .readonly()
  .meta({ id: "CodingFields", description: "Codable text fields with their coding progress" });

export const codebookViewSchema = z
  .strictObject({
    field: z.string(),
    title: z.string(),
    kind: codingFieldKindSchema,
    answers: z.number().int().describe("Answers with a text to code."),
    codes: z.array(codeViewSchema.extend({ history: z.array(codeVersionViewSchema).readonly() })).readonly(),
    coders: z.array(coderViewSchema).readonly(),
    revealed: z
      .boolean()
      .describe("Coders see each other's codes (both finished, or an owner revealed them)."),
    yourSlot: z.number().int().nullable().describe("The caller's slot; null before they code this field."),
  })
  .meta({ id: "CodebookView", description: "A field's codebook with every code's versions" });
export type CodebookView = SurveyReplyOf<typeof codebookViewSchema>;

export const codingSheetViewSchema = z
  .strictObject({
    field: z.string(),
    title: z.string(),
    yourSlot: z.number().int().nullable(),
    finished: z.boolean(),
    answers: z
      .array(
        z.strictObject({ responseId: z.string(), text: z.string(), codeIds: z.array(z.string()).readonly() }),
      )
      .readonly()
      .describe("Every answer with the caller's own codes only (blind coding)."),
  })
  .meta({ id: "CodingSheetView", description: "The caller's coding sheet" });
export type CodingSheetView = SurveyReplyOf<typeof codingSheetViewSchema>;

export const codingProgressViewSchema = z
  .strictObject({
    slot: z.number().int(),
    coded: z.number().int(),
    answers: z.number().int(),
    finished: z.boolean(),
  })
  .meta({ id: "CodingProgressView", description: "The caller's coding progress on the field" });
export type CodingProgressView = SurveyReplyOf<typeof codingProgressViewSchema>;

export const codesRevealedSchema = z
  .strictObject({ revealed: z.literal(true) })
  .meta({ id: "CodesRevealed", description: "The coders now see each other's codes" });
export type CodesRevealed = SurveyReplyOf<typeof codesRevealedSchema>;

export const answerAdjudicatedSchema = z
  .strictObject({
    responseId: z.string(),
    final: z.array(z.string()).readonly().describe("[] withdraws it."),
  })
  .meta({ id: "AnswerAdjudicated", description: "An answer's final codes" });
export type AnswerAdjudicated = SurveyReplyOf<typeof answerAdjudicatedSchema>;

const share = z.number().nullable();

export const codeAgreementSchema = z.strictObject({
  codeId: z.string(),
  label: z.string(),
  kappa: share.describe("Cohen's kappa on the code's present/absent indicator; null where undefined."),
  percentAgreement: share,
  both: z.number().int(),
  firstOnly: z.number().int(),
  secondOnly: z.number().int(),
  neither: z.number().int(),
});

export const overallAgreementSchema = z.strictObject({
  basis: z.enum(["single-code", "pooled-presence"]),
  kappa: share,
  observedAgreement: share,
  expectedAgreement: share,
  percentAgreement: share.describe("Share of answers both coders gave the same set of codes."),
  answers: z.number().int().describe("Answers coded by both coders (the base of every figure)."),
});
export type OverallAgreement = SurveyReplyOf<typeof overallAgreementSchema>;

export const disagreementViewSchema = z.strictObject({
  responseId: z.string(),
  text: z.string(),
  first: z.array(z.string()).readonly(),
  second: z.array(z.string()).readonly(),
  final: z.array(z.string()).readonly().nullable().describe("The adjudicated set; null while undecided."),
});
export type DisagreementView = SurveyReplyOf<typeof disagreementViewSchema>;

export const agreementViewSchema = z
  .strictObject({
    field: z.string(),
    title: z.string(),
    coders: z.array(coderViewSchema).readonly(),
    overall: overallAgreementSchema,
    codes: z.array(codeAgreementSchema).readonly(),
    disagreements: z.array(disagreementViewSchema).readonly(),
  })
  .meta({ id: "AgreementView", description: "Inter-coder agreement on a field" });
export type AgreementView = SurveyReplyOf<typeof agreementViewSchema>;

export const codeShareSchema = z.strictObject({
  answers: z.number().int(),
  proportion: z.number(),
  lower: z.number(),
  upper: z.number(),
});
export type CodeShare = SurveyReplyOf<typeof codeShareSchema>;

export const codeFrequencySchema = codeShareSchema.extend({
  codeId: z.string(),
  label: z.string(),
  parentId: z.string().nullable(),
  mentionShare: z.number(),
  theme: codeShareSchema
    .nullable()
    .describe("Top-level codes with sub-codes: answers with it or any sub-code."),
});
export type CodeFrequency = SurveyReplyOf<typeof codeFrequencySchema>;

export const codingResultsViewSchema = z
  .strictObject({
    field: z.string(),
    title: z.string(),
    answers: z.number().int().describe("Answers with a text."),
    pending: z.number().int().describe("Answers without a final code set yet."),
    codedAnswers: z.number().int().describe('Answers with a final code set: the base of "% of answers".'),
    mentions: z.number().int().describe('Final codes given in all: the base of "% of mentions".'),
    method: z.enum(proportionIntervalMethods),
    level: z.number(),
    codes: z.array(codeFrequencySchema).readonly(),
  })
  .meta({ id: "CodingResultsView", description: "The final codes' frequencies" });
export type CodingResultsView = SurveyReplyOf<typeof codingResultsViewSchema>;
