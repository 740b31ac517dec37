// Open-text coding (issue 6, scope 5; survey-methods.md §9): codebooks per text field, blind
// double coding, Cohen's kappa and percent agreement, adjudication, and final-code frequencies.
export * from "./adjudication.ts";
export * from "./code-answers.ts";
export * from "./code-frequencies.ts";
export * from "./codebook.ts";
export * from "./coding-agreement.ts";
export * from "./coding-fields.ts";
export * from "./coding-results.ts";
export type { CodingProps } from "./coding-scope.ts";
export type * from "./coding-views.ts";
export * from "./final-code-sets.ts";
