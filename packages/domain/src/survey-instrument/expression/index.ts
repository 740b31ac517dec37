export * from "./evaluate-expression.ts";
export * from "./expression-ast.ts";
export * from "./format-expression.ts";
export * from "./parse-expression.ts";
