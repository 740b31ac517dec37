export * from "./apply-crosswalk.ts";
export * from "./classification.ts";
export * from "./classification-index.ts";
export * from "./normalise-sic-code.ts";
export * from "./roll-up-codes.ts";
export * from "./suggest-codes.ts";
