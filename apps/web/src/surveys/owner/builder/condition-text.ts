// The condition builder's model: one question, one operator, one value, written as the domain's
// expression language through its own formatter, so the text is exactly what validation and
// SurveyJS read ("{size} = 'micro'", "{staff} >= 10", "{channels} contains 'web'").
import {
  type Expression,
  formatExpression,
  type LiteralValue,
  type Operand,
  parseExpression,
  type SurveyElement,
} from "@smartspec/domain";

export const conditionOperators = [
  "=",
  "!=",
  "<",
  "<=",
  ">",
  ">=",
  "contains",
  "notcontains",
  "notempty",
  "empty",
] as const;
export type ConditionOperator = (typeof conditionOperators)[number];

/** How each operator reads in the builder's menu. */
export const operatorLabels: Readonly<Record<ConditionOperator, string>> = {
  "=": "is",
  "!=": "is not",
  "<": "is less than",
  "<=": "is at most",
  ">": "is more than",
  ">=": "is at least",
  contains: "includes",
  notcontains: "does not include",
  notempty: "is answered",
  empty: "is not answered",
};

export interface SimpleCondition {
  readonly question: string;
  readonly operator: ConditionOperator;
  /** Not used by "empty" / "notempty". */
  readonly value?: LiteralValue;
}

const answered = ["notempty", "empty"] as const;
const ordered = ["=", "!=", "<", "<=", ">", ">=", ...answered] as const;

/** The operators that make sense for a question of this element's type. */
export function operatorsFor(element: SurveyElement): readonly ConditionOperator[] {
  switch (element.type) {
    case "single-choice":
      return ["=", "!=", ...answered];
    case "multiple-choice":
      return ["contains", "notcontains", ...answered];
    case "likert":
    case "rating":
    case "number":
      return ordered;
    default:
      return answered;
  }
}

/** Whether an operator needs a value after it. */
export const needsValue = (operator: ConditionOperator): boolean =>
  operator !== "empty" && operator !== "notempty";

function conditionTree(condition: SimpleCondition): Expression {
  const left: Operand = { kind: "question", name: condition.question, column: 1 };
  if (!needsValue(condition.operator)) {
    return { kind: condition.operator as "empty" | "notempty", operand: left };
  }
  const right: Operand = { kind: "literal", value: condition.value ?? "" };
  return {
    kind: "compare",
    operator: condition.operator as Exclude<ConditionOperator, "empty" | "notempty">,
    left,
    right,
  };
}

/**
 * The expression text of one condition. Example:
 * `conditionText({ question: "size", operator: "=", value: "micro" })` is `"{size} = 'micro'"`.
 */
export function conditionText(condition: SimpleCondition): string {
  return formatExpression(conditionTree(condition));
}

/**
 * `existing` joined with `added` by `and` / `or` (just `added` when there is nothing yet). Both are
 * parsed and written back canonically, with the parentheses precedence needs; text that does not
 * parse is joined as it is, so the author sees the parser's complaint about it.
 */
export function combineConditions(existing: string | undefined, added: string, join: "and" | "or"): string {
  if (existing === undefined || existing.trim() === "") return added;
  const left = parseExpression(existing);
  const right = parseExpression(added);
  if (!left.ok || !right.ok) return `${existing} ${join} ${added}`;
  return formatExpression({ kind: join, left: left.expression, right: right.expression });
}
