// Distribution functions for the survey statistics, matched to R's nmath to ~1e-12 relative.
export * from "./beta-quantile.ts";
export * from "./incomplete-beta.ts";
export * from "./incomplete-gamma.ts";
export * from "./log-gamma.ts";
export * from "./normal.ts";
export * from "./student-t.ts";
export * from "./tail-probabilities.ts";
