// The survey dataset (issue 6, scope 6): an instrument and its responses as one rectangular,
// labelled dataset, the model every data-pack export is written from. Pure; see README.md.

export * from "./dataset-design.ts";
export * from "./dataset-error.ts";
export * from "./dataset-estimates.ts";
export * from "./dataset-model.ts";
export * from "./question-variables.ts";
export * from "./survey-dataset.ts";
export * from "./utf8-length.ts";
export * from "./variable-names.ts";
