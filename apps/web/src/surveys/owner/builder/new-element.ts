// What "Add question" puts on a page for each element type: an empty title (the problem list asks
// for one) and sensible starting settings, such as a five-point agreement scale for Likert items.
import type { ElementType, Scale, SurveyElement } from "@smartspec/domain";

/** The element types as the builder names them, in the order of its "Add" menu. */
export const elementTypeLabels: Readonly<Record<ElementType, string>> = {
  "single-choice": "Single choice",
  "multiple-choice": "Multiple choice",
  likert: "Likert item",
  matrix: "Matrix (statements on one scale)",
  rating: "Rating",
  number: "Number",
  text: "Text",
  ranking: "Ranking",
  note: "Note (text, no answer)",
};

/** Strongly disagree (1) ... Strongly agree (5), no "don't know" code. */
export const agreementScale: Scale = {
  points: [
    { value: 1, label: "Strongly disagree" },
    { value: 2, label: "Disagree" },
    { value: 3, label: "Neither agree nor disagree" },
    { value: 4, label: "Agree" },
    { value: 5, label: "Strongly agree" },
  ],
  nonSubstantive: [],
};

/** The "don't know" code the builder offers for scales. */
export const dontKnow = { value: "dont_know", label: "Don't know" } as const;

/** A new element of `type` named `name`, with an empty title (or text) for the author to write. */
export function newElement(type: ElementType, name: string): SurveyElement {
  const question = { name, title: "", required: false };
  switch (type) {
    case "single-choice":
      return {
        type,
        ...question,
        choices: [],
        choiceOrder: "fixed",
        pinSpecialLast: true,
        display: "radio",
      };
    case "multiple-choice":
      return { type, ...question, choices: [], choiceOrder: "fixed", pinSpecialLast: true };
    case "likert":
      return { type, ...question, scale: agreementScale };
    case "matrix":
      return { type, ...question, rows: [], scale: agreementScale };
    case "rating":
      return { type, ...question, min: 1, max: 5 };
    case "number":
      return { type, ...question, integer: false };
    case "text":
      return { type, ...question, multiline: false };
    case "ranking":
      return { type, ...question, choices: [], choiceOrder: "fixed" };
    case "note":
      return { type, name, text: "" };
  }
}
