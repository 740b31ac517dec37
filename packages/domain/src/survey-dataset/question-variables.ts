// How each question type becomes variables (the brief of issue 6, scope 6):
//   single choice   one nominal variable, codes 1..k in choice order (then "other", "none")
//   multiple choice one 0/1 variable per option (q_option, "other" and "none" included)
//   likert          one ordinal variable holding the scale point's value
//   matrix          one ordinal variable per row (q_row)
//   rating, number  one scale variable
//   text            one string variable
//   ranking         one ordinal variable per item (q_item) holding its rank, 1 = first
// Choice questions with "other" add the typed text as a string variable (q_other_text). Scale
// "don't know" / "not applicable" answers get user-missing codes (see `nonSubstantiveCodes`).
// A question a response did not answer (hidden, skipped, or not reached) is system-missing.
import { noneValue, otherValue, type Question, type Scale } from "../survey-instrument/instrument-model.ts";
import type { AnswerValue } from "../survey-instrument/normalise-answer.ts";
import type { MeasurementLevel, ValueLabel } from "./dataset-model.ts";
import type { VariableNames } from "./variable-names.ts";

/** A variable before its cells: everything but the column. */
export type VariableSpec =
  | {
      readonly type: "numeric";
      readonly name: string;
      readonly label: string;
      readonly measure: MeasurementLevel;
      readonly role: "answer" | "option";
      readonly questionPath: string;
      /** Decimal places, or "from-data": the most any value has (non-integer numbers). */
      readonly decimals: number | "from-data";
      readonly valueLabels: readonly ValueLabel[];
      readonly missingCodes: readonly number[];
      /** The cell of one response's answers (NaN = system-missing). */
      readonly cell: (answers: Readonly<Record<string, AnswerValue>>) => number;
    }
  | {
      readonly type: "string";
      readonly name: string;
      readonly label: string;
      readonly measure: MeasurementLevel;
      readonly role: "answer" | "other-text";
      readonly questionPath: string;
      readonly cell: (answers: Readonly<Record<string, AnswerValue>>) => string;
    };

/**
 * The user-missing codes of a scale's non-substantive answers: the top of the smallest power of
 * ten above every scale point, e.g. "don't know" = 99 on a 1-5 scale, 98 and 99 for two such
 * answers, 999 when the scale reaches 99.
 */
export function nonSubstantiveCodes(scale: Scale): number[] {
  const count = scale.nonSubstantive.length;
  const highest = Math.max(0, ...scale.points.map((p) => p.value));
  let top = 100;
  while (top - count <= highest) top *= 10;
  return scale.nonSubstantive.map((_, i) => top - count + i);
}

function scaleCoding(scale: Scale) {
  const missingCodes = nonSubstantiveCodes(scale);
  const valueLabels: ValueLabel[] = [
    ...scale.points.map((p) => ({ code: p.value, label: p.label, value: String(p.value) })),
    ...scale.nonSubstantive.map((c, i) => ({ code: missingCodes[i]!, label: c.label, value: c.value })),
  ];
  const codeOf = new Map<string | number, number>(scale.points.map((p) => [p.value, p.value]));
  scale.nonSubstantive.forEach((c, i) => {
    codeOf.set(c.value, missingCodes[i]!);
  });
  const code = (value: unknown): number =>
    value === undefined ? Number.NaN : (codeOf.get(value as string | number) ?? Number.NaN);
  return { missingCodes, valueLabels, code };
}

function choiceOptions(question: {
  readonly choices: readonly { readonly value: string; readonly label: string }[];
  readonly other?: { readonly label: string };
  readonly none?: { readonly label: string };
}): { value: string; label: string }[] {
  const options = question.choices.map((c) => ({ value: c.value, label: c.label }));
  if (question.other !== undefined) options.push({ value: otherValue, label: question.other.label });
  if (question.none !== undefined) options.push({ value: noneValue, label: question.none.label });
  return options;
}

const selectedLabels: readonly ValueLabel[] = [
  { code: 0, label: "Not selected", value: "0" },
  { code: 1, label: "Selected", value: "1" },
];

function otherText(question: Question, path: string, names: VariableNames): VariableSpec[] {
  if ((question.type !== "single-choice" && question.type !== "multiple-choice") || !question.other)
    return [];
  const key = `${question.name}-Comment`;
  return [
    {
      type: "string",
      name: names.allocate(`${question.name}_other_text`),
      label: `${question.title}: ${question.other.label} (text)`,
      measure: "nominal",
      role: "other-text",
      questionPath: `${path}/${otherValue}/text`,
      cell: (answers) => (typeof answers[key] === "string" ? (answers[key] as string) : ""),
    },
  ];
}

/** The variables of one question, names allocated from `names` in order. */
export function questionVariables(question: Question, page: string, names: VariableNames): VariableSpec[] {
  const path = `${page}/${question.name}`;
  const { name, title } = question;
  const answer = (answers: Readonly<Record<string, AnswerValue>>) => answers[name];
  switch (question.type) {
    case "single-choice": {
      const options = choiceOptions(question);
      const codes = new Map(options.map((o, i) => [o.value, i + 1]));
      return [
        {
          type: "numeric",
          name: names.allocate(name),
          label: title,
          measure: "nominal",
          role: "answer",
          questionPath: path,
          decimals: 0,
          valueLabels: options.map((o, i) => ({ code: i + 1, label: o.label, value: o.value })),
          missingCodes: [],
          cell: (answers) => codes.get(answer(answers) as string) ?? Number.NaN,
        },
        ...otherText(question, path, names),
      ];
    }
    case "multiple-choice": {
      const indicators: VariableSpec[] = choiceOptions(question).map((option) => ({
        type: "numeric",
        name: names.allocate(`${name}_${option.value}`),
        label: `${title}: ${option.label}`,
        measure: "nominal",
        role: "option",
        questionPath: `${path}/${option.value}`,
        decimals: 0,
        valueLabels: selectedLabels,
        missingCodes: [],
        cell: (answers) => {
          const ticked = answer(answers);
          return Array.isArray(ticked) ? (ticked.includes(option.value) ? 1 : 0) : Number.NaN;
        },
      }));
      return [...indicators, ...otherText(question, path, names)];
    }
    case "likert": {
      const coding = scaleCoding(question.scale);
      return [
        {
          type: "numeric",
          name: names.allocate(name),
          label: title,
          measure: "ordinal",
          role: "answer",
          questionPath: path,
          decimals: 0,
          valueLabels: coding.valueLabels,
          missingCodes: coding.missingCodes,
          cell: (answers) => coding.code(answer(answers)),
        },
      ];
    }
    case "matrix": {
      const coding = scaleCoding(question.scale);
      return question.rows.map((row) => ({
        type: "numeric",
        name: names.allocate(`${name}_${row.value}`),
        label: `${title}: ${row.label}`,
        measure: "ordinal",
        role: "answer",
        questionPath: `${path}/${row.value}`,
        decimals: 0,
        valueLabels: coding.valueLabels,
        missingCodes: coding.missingCodes,
        cell: (answers) => {
          const cells = answer(answers) as Readonly<Record<string, string | number>> | undefined;
          return coding.code(cells?.[row.value]);
        },
      }));
    }
    case "rating":
    case "number": {
      const valueLabels: ValueLabel[] = [];
      if (question.type === "rating") {
        if (question.minLabel)
          valueLabels.push({ code: question.min, label: question.minLabel, value: String(question.min) });
        if (question.maxLabel)
          valueLabels.push({ code: question.max, label: question.maxLabel, value: String(question.max) });
      }
      return [
        {
          type: "numeric",
          name: names.allocate(name),
          label: title,
          measure: "scale",
          role: "answer",
          questionPath: path,
          decimals: question.type === "rating" || question.integer ? 0 : "from-data",
          valueLabels,
          missingCodes: [],
          cell: (answers) => (typeof answer(answers) === "number" ? (answer(answers) as number) : Number.NaN),
        },
      ];
    }
    case "text":
      return [
        {
          type: "string",
          name: names.allocate(name),
          label: title,
          measure: "nominal",
          role: "answer",
          questionPath: path,
          cell: (answers) => (typeof answer(answers) === "string" ? (answer(answers) as string) : ""),
        },
      ];
    case "ranking":
      return question.choices.map((item) => ({
        type: "numeric",
        name: names.allocate(`${name}_${item.value}`),
        label: `${title}: ${item.label}`,
        measure: "ordinal",
        role: "answer",
        questionPath: `${path}/${item.value}`,
        decimals: 0,
        valueLabels: [],
        missingCodes: [],
        cell: (answers) => {
          const order = answer(answers);
          const rank = Array.isArray(order) ? order.indexOf(item.value) : -1;
          return rank >= 0 ? rank + 1 : Number.NaN;
        },
      }));
  }
}
