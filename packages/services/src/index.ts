// @smartspec/services: use cases over files and data sets (no argv, no HTTP).
export * from "./complexity/complexity-tables.ts";
export * from "./complexity/run-complexity.ts";
export * from "./evidence/index.ts";
export * from "./import/index.ts";
export * from "./input/input-error.ts";
export * from "./input/long-input.ts";
export * from "./input/read-csv-columns.ts";
export * from "./input/read-long-csv.ts";
export * from "./input/read-region-values.ts";
export * from "./location-quotients/location-quotients.ts";
export * from "./pipeline/analysis-choices.ts";
export * from "./pipeline/engine-version.ts";
export * from "./pipeline/option-error.ts";
export * from "./pipeline/stage-listener.ts";
export * from "./platform/index.ts";
export * from "./relatedness/run-relatedness.ts";
export * from "./specialisation/run-specialisation.ts";
