export * from "./from-surveyjs.ts";
export * from "./surveyjs-properties.ts";
export * from "./to-surveyjs.ts";
