// Writes an expression tree back as text in one canonical spelling: lower-case keywords, `=` and
// `!=`, single quotes (double when the text holds a single quote), `not (...)` always in
// parentheses, and parentheses only where precedence needs them. SurveyJS reads this spelling.
import type { Expression, LiteralValue, Operand } from "./expression-ast.ts";

function literal(value: LiteralValue): string {
  if (typeof value === "string") return value.includes("'") ? `"${value}"` : `'${value}'`;
  return String(value);
}

function operand(o: Operand): string {
  switch (o.kind) {
    case "question":
      return `{${o.name}}`;
    case "literal":
      return literal(o.value);
    case "list":
      return `[${o.items.map(literal).join(", ")}]`;
  }
}

/**
 * Canonical text of an expression. `negation` "!" writes `!(...)` for SurveyJS, whose parser has no
 * `not` keyword. Example: `formatExpression(parse("{a}=='x'  AND {b}>3"))` is `{a} = 'x' and {b} > 3`.
 */
export function formatExpression(e: Expression, negation: "not" | "!" = "not"): string {
  const format = (x: Expression) => formatExpression(x, negation);
  switch (e.kind) {
    case "or":
      return `${format(e.left)} or ${format(e.right)}`;
    case "and": {
      const side = (s: Expression) => (s.kind === "or" ? `(${format(s)})` : format(s));
      return `${side(e.left)} and ${side(e.right)}`;
    }
    case "not":
      return negation === "!" ? `!(${format(e.operand)})` : `not (${format(e.operand)})`;
    case "compare":
      return `${operand(e.left)} ${e.operator} ${operand(e.right)}`;
    case "empty":
    case "notempty":
      return `${operand(e.operand)} ${e.kind}`;
    case "truthy":
      return operand(e.operand);
  }
}

/** The `{question}` references of an expression, in order of appearance (repeats kept). */
export function expressionReferences(e: Expression): { name: string; column: number }[] {
  const found: { name: string; column: number }[] = [];
  const visitOperand = (o: Operand) => {
    if (o.kind === "question") found.push({ name: o.name, column: o.column });
  };
  const visit = (x: Expression): void => {
    switch (x.kind) {
      case "and":
      case "or":
        visit(x.left);
        visit(x.right);
        return;
      case "not":
        visit(x.operand);
        return;
      case "compare":
        visitOperand(x.left);
        visitOperand(x.right);
        return;
      default:
        visitOperand(x.operand);
    }
  };
  visit(e);
  return found;
}
