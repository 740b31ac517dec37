// The zod schema of an instrument's JSON: the structural half of `validateInstrument` (types,
// required fields, identifier rules, defaults). Objects are strict, so a misspelt property
// ("requried") is reported rather than silently ignored. Cross-field rules (unique names,
// expressions, references) are checked afterwards in validate-instrument.ts.
import { z } from "zod";
import {
  choiceValuePattern,
  choiceValueRule,
  elementNamePattern,
  elementNameRule,
} from "./instrument-names.ts";

const text = z.string().trim().min(1, "must not be empty");
const optionalText = z.string().trim().min(1, "must not be empty").optional();
const elementName = z.string().regex(elementNamePattern, `must be ${elementNameRule}`);
const choiceValue = z.string().regex(choiceValuePattern, `must be ${choiceValueRule}`);
// Not trimmed: error columns must match the text the author wrote (canonical spelling drops spaces).
const expression = z
  .string()
  .refine((text) => text.trim() !== "", "must not be empty")
  .optional();
const variants = z.array(choiceValue).min(1, "must list at least one variant").optional();

const choice = z.strictObject({ value: choiceValue, label: text });
const choices = z.array(choice).min(1, "must have at least one choice");
const special = z.strictObject({ label: text });
const scale = z.strictObject({
  points: z
    .array(z.strictObject({ value: z.number().int("must be an integer"), label: text }))
    .min(2, "must have at least two points"),
  nonSubstantive: z.array(choice).default([]),
});

const elementBase = { name: elementName, visibleIf: expression, variants };
const questionBase = {
  ...elementBase,
  title: text,
  description: optionalText,
  required: z.boolean().default(false),
  enableIf: expression,
};
const choiceOrder = z.enum(["fixed", "random"]).default("fixed");
const choiceList = {
  choices,
  choiceOrder,
  pinSpecialLast: z.boolean().default(true),
  other: special.optional(),
  none: special.optional(),
};

const finite = z.number().refine(Number.isFinite, "must be a finite number");

export const elementSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("single-choice"),
    ...questionBase,
    ...choiceList,
    display: z.enum(["radio", "dropdown"]).default("radio"),
  }),
  z.strictObject({ type: z.literal("multiple-choice"), ...questionBase, ...choiceList }),
  z.strictObject({ type: z.literal("likert"), ...questionBase, scale }),
  z.strictObject({
    type: z.literal("matrix"),
    ...questionBase,
    rows: z.array(choice).min(1, "must have at least one row"),
    scale,
  }),
  z.strictObject({
    type: z.literal("rating"),
    ...questionBase,
    min: z.number().int("must be an integer"),
    max: z.number().int("must be an integer"),
    minLabel: optionalText,
    maxLabel: optionalText,
  }),
  z.strictObject({
    type: z.literal("number"),
    ...questionBase,
    min: finite.optional(),
    max: finite.optional(),
    integer: z.boolean().default(false),
  }),
  z.strictObject({
    type: z.literal("text"),
    ...questionBase,
    multiline: z.boolean().default(false),
    maxLength: z.number().int("must be an integer").positive("must be at least 1").optional(),
  }),
  z.strictObject({ type: z.literal("ranking"), ...questionBase, choices, choiceOrder }),
  z.strictObject({ type: z.literal("note"), ...elementBase, text }),
]);

export const pageSchema = z.strictObject({
  name: elementName,
  title: optionalText,
  description: optionalText,
  visibleIf: expression,
  variants,
  elements: z.array(elementSchema).min(1, "a page must have at least one element"),
});

export const instrumentSchema = z.strictObject({
  settings: z.strictObject({
    title: text,
    description: optionalText,
    splitBallot: z
      .strictObject({
        variants: z.array(choiceValue).min(2, "a split ballot needs at least two variants"),
        seed: text,
      })
      .optional(),
  }),
  pages: z.array(pageSchema).min(1, "an instrument must have at least one page"),
});
