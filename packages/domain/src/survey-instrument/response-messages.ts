// Every problem validateResponse reports, in one catalogue: a stable code for the server and the
// web form, and a sentence that names the question.

export const responseProblemCodes = [
  "not-an-object",
  "unknown-variant",
  "unknown-question",
  "required",
  "wrong-type",
  "unknown-choice",
  "duplicate-choice",
  "exclusive-choice",
  "other-text-missing",
  "unknown-row",
  "out-of-range",
  "not-an-integer",
  "too-long",
  "not-a-permutation",
] as const;

export type ResponseProblemCode = (typeof responseProblemCodes)[number];

/** One problem with a submitted response; `question` is "" for the response as a whole. */
export interface ResponseProblem {
  readonly question: string;
  readonly code: ResponseProblemCode;
  readonly message: string;
}

const problem = (question: string, code: ResponseProblemCode, message: string): ResponseProblem => ({
  question,
  code,
  message,
});

const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
};

export const responseMessages = {
  notAnObject: (value: unknown) =>
    problem("", "not-an-object", `the answers must be an object keyed by question name, not ${shown(value)}`),
  unknownVariant: (variant: string, variants: readonly string[]) =>
    problem(
      "",
      "unknown-variant",
      `variant "${variant}" is not one of ${variants.join(", ") || "(no split ballot)"}`,
    ),
  unknownQuestion: (key: string) => problem(key, "unknown-question", `${key}: there is no such question`),
  required: (name: string) => problem(name, "required", `${name}: an answer is required`),
  wrongType: (name: string, expected: string, value: unknown) =>
    problem(name, "wrong-type", `${name}: expected ${expected}, got ${shown(value)}`),
  unknownChoice: (name: string, value: unknown, values: readonly (string | number)[]) =>
    problem(name, "unknown-choice", `${name}: ${shown(value)} is not one of ${values.join(", ")}`),
  duplicateChoice: (name: string, value: string) =>
    problem(name, "duplicate-choice", `${name}: "${value}" is chosen twice`),
  exclusiveChoice: (name: string, value: string) =>
    problem(name, "exclusive-choice", `${name}: "${value}" cannot be chosen together with other options`),
  otherTextMissing: (name: string) =>
    problem(name, "other-text-missing", `${name}: "other" is chosen, so ${name}-Comment must say what`),
  unknownRow: (name: string, row: string, rows: readonly string[]) =>
    problem(name, "unknown-row", `${name}: row ${shown(row)} is not one of ${rows.join(", ")}`),
  outOfRange: (name: string, value: number, min: number | undefined, max: number | undefined) =>
    problem(
      name,
      "out-of-range",
      `${name}: ${value} is ${min !== undefined && value < min ? `less than the minimum ${min}` : `more than the maximum ${max}`}`,
    ),
  notAnInteger: (name: string, value: number) =>
    problem(name, "not-an-integer", `${name}: ${value} is not a whole number`),
  tooLong: (name: string, length: number, maxLength: number) =>
    problem(name, "too-long", `${name}: the text has ${length} characters; at most ${maxLength} are allowed`),
  notAPermutation: (name: string, count: number) =>
    problem(name, "not-a-permutation", `${name}: the ranking must order all ${count} options, each once`),
} as const;
