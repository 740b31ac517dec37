export * from "./classification/index.ts";
export * from "./codes.ts";
export * from "./explorer/index.ts";
export * from "./platform/index.ts";
export * from "./survey/index.ts";
export * from "./survey-api/index.ts";
export * from "./survey-dataset/index.ts";
export * from "./survey-instrument/index.ts";
