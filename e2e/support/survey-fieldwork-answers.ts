// The fieldwork test's instrument (SurveyJS JSON, two pages) and each respondent's answers, drawn
// deterministically, so the answers the test sends can be compared with what the server kept.
import { seededRandom, shuffled } from "./survey-fieldwork-frame.ts";

export const fieldworkInstrument = {
  title: "North East manufacturing facility survey",
  pages: [
    {
      name: "facility",
      title: "The facility",
      elements: [
        {
          type: "radiogroup",
          name: "aware",
          title: "Before this survey, were you aware of the facility?",
          isRequired: true,
          choices: [
            { value: "yes", text: "Yes" },
            { value: "no", text: "No" },
          ],
        },
        {
          type: "checkbox",
          name: "benefits",
          title: "Which benefits do you expect from the facility?",
          isRequired: true,
          choices: [
            { value: "skills", text: "Skills and training" },
            { value: "equipment", text: "Access to equipment" },
            { value: "finance", text: "Finance for projects" },
            { value: "networks", text: "Networks and partners" },
          ],
        },
      ],
    },
    {
      name: "firm",
      title: "Your firm",
      elements: [
        {
          type: "radiogroup",
          name: "global_link",
          title: "Is your firm associated with a global manufacturer (supplier, licensee or subsidiary)?",
          isRequired: true,
          choices: [
            { value: "yes", text: "Associated" },
            { value: "no", text: "Not associated" },
          ],
        },
        {
          type: "radiogroup",
          name: "innovate",
          title: "The facility will help my firm to innovate.",
          likert: true,
          isRequired: true,
          choices: [
            { value: 1, text: "Strongly disagree" },
            { value: 2, text: "Disagree" },
            { value: 3, text: "Neither agree nor disagree" },
            { value: 4, text: "Agree" },
            { value: 5, text: "Strongly agree" },
          ],
        },
      ],
    },
  ],
} as const;

export interface FieldworkAnswers {
  readonly aware: "yes" | "no";
  /** In the instrument's choice order. */
  readonly benefits: readonly string[];
  readonly global_link: "yes" | "no";
  readonly innovate: 1 | 2 | 3 | 4 | 5;
}

const benefitValues = ["skills", "equipment", "finance", "networks"] as const;

/** The answers of respondent number `index` (any whole number; the same index, the same answers). */
export function answersFor(index: number): FieldworkAnswers {
  const random = seededRandom(10_007 * (index + 1));
  const benefits = benefitValues.filter(() => random() < 0.45);
  return {
    aware: random() < 0.6 ? "yes" : "no",
    benefits: benefits.length > 0 ? benefits : ["skills"],
    global_link: random() < 0.3 ? "yes" : "no",
    innovate: (1 + Math.floor(random() * 5)) as FieldworkAnswers["innovate"],
  };
}

/** The label a respondent clicks for `value` of question `name` (the instrument's text). */
export function choiceText(name: string, value: string | number): string {
  for (const page of fieldworkInstrument.pages) {
    for (const element of page.elements) {
      if (element.name !== name) continue;
      const choice = element.choices.find((c) => c.value === value);
      if (choice !== undefined) return choice.text;
    }
  }
  throw new Error(`choiceText: question ${name} has no choice ${String(value)}`);
}

/** Which `count` of `total` frame rows (1-based) answer, in answering order: a seeded shuffle. */
export function respondentRows(total: number, count: number, seed: number): number[] {
  const rows = Array.from({ length: total }, (_, index) => index + 1);
  return shuffled(rows, seededRandom(seed)).slice(0, count);
}
