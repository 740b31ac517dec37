export * from "./classification/index.ts";
export * from "./codes.ts";
