export * from "./from-xlsform.ts";
export * from "./to-xlsform.ts";
export * from "./xlsform-expression.ts";
export * from "./xlsform-sheets.ts";
