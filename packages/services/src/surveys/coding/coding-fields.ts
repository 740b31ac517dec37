// What can be coded in a survey: each text question, and the "other (please specify)" text of each
// choice question that has one (answers keep it under `<name>-Comment`). Pure: instrument in,
// fields out; and the non-blank texts of one field from a list of answers.
import { type Instrument, instrumentQuestions } from "@smartspec/domain";

export const codingFieldKinds = ["text", "other"] as const;
export type CodingFieldKind = (typeof codingFieldKinds)[number];

export interface CodingField {
  /** The answers key: the question's name, or `<name>-Comment` for an "other" text. */
  readonly field: string;
  readonly question: string;
  readonly title: string;
  readonly kind: CodingFieldKind;
}

/** The codable fields of `instrument`, in document order. */
export function codingFields(instrument: Instrument): CodingField[] {
  const fields: CodingField[] = [];
  for (const question of instrumentQuestions(instrument)) {
    if (question.type === "text") {
      fields.push({ field: question.name, question: question.name, title: question.title, kind: "text" });
    } else if (
      (question.type === "single-choice" || question.type === "multiple-choice") &&
      question.other !== undefined
    ) {
      fields.push({
        field: `${question.name}-Comment`,
        question: question.name,
        title: `${question.title} (${question.other.label})`,
        kind: "other",
      });
    }
  }
  return fields;
}

export interface CodableAnswer {
  /** The answer row's id (a response id): the only link a coding keeps. */
  readonly responseId: string;
  readonly text: string;
}

/** The answers whose `field` holds a non-blank text, in the given order, trimmed. */
export function codableAnswers(
  responses: readonly { readonly id: string; readonly answers: Readonly<Record<string, unknown>> }[],
  field: string,
): CodableAnswer[] {
  const answers: CodableAnswer[] = [];
  for (const response of responses) {
    const value = response.answers[field];
    if (typeof value === "string" && value.trim() !== "") {
      answers.push({ responseId: response.id, text: value.trim() });
    }
  }
  return answers;
}
