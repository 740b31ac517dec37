// Evaluates an expression tree against answers, following SurveyJS's condition semantics for the
// operators we support: numbers and numeric texts compare as numbers, comparing with an unanswered
// question is false (and `!=` true), `contains` and `anyof` / `allof` work on multiple-choice arrays.
import type { ComparisonOperator, Expression, LiteralValue, Operand } from "./expression-ast.ts";

/** An answer value as expressions see it (normalised answers, or undefined when unanswered). */
export type ExpressionValue = unknown;

/** Looks up the answer to a question; undefined when unanswered or hidden. */
export type AnswerLookup = (name: string) => ExpressionValue;

/** Unanswered: undefined, null, "", an empty array or an object with no keys. */
export function isEmptyValue(value: ExpressionValue): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}

function asNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && /^\s*-?[0-9]+(\.[0-9]+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

function scalarEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const x = asNumber(a);
  const y = asNumber(b);
  return x !== undefined && y !== undefined && x === y;
}

const includesValue = (list: readonly unknown[], value: unknown) =>
  list.some((item) => scalarEqual(item, value));

function equal(left: unknown, right: unknown): boolean {
  if (Array.isArray(left) && Array.isArray(right)) {
    return (
      left.every((item) => includesValue(right, item)) && right.every((item) => includesValue(left, item))
    );
  }
  if (Array.isArray(left) || Array.isArray(right)) return false;
  return scalarEqual(left, right);
}

function order(left: unknown, right: unknown): number | undefined {
  const x = asNumber(left);
  const y = asNumber(right);
  if (x !== undefined && y !== undefined) return x - y;
  if (typeof left === "string" && typeof right === "string") return left < right ? -1 : left > right ? 1 : 0;
  return undefined;
}

function contains(left: unknown, right: unknown): boolean {
  const wanted: readonly unknown[] = Array.isArray(right) ? right : [right];
  if (Array.isArray(left)) return wanted.every((item) => includesValue(left, item));
  if (typeof left === "string")
    return wanted.every((item) => typeof item === "string" && left.includes(item));
  return false;
}

function compare(operator: ComparisonOperator, left: unknown, right: unknown): boolean {
  if (operator === "!=") return !compare("=", left, right);
  if (operator === "notcontains") return !contains(left, right);
  if (isEmptyValue(left) || isEmptyValue(right)) return false;
  switch (operator) {
    case "=":
      return equal(left, right);
    case "contains":
      return contains(left, right);
    case "anyof": {
      const list: readonly unknown[] = Array.isArray(right) ? right : [right];
      return Array.isArray(left) ? left.some((v) => includesValue(list, v)) : includesValue(list, left);
    }
    case "allof": {
      const list: readonly unknown[] = Array.isArray(right) ? right : [right];
      const have: readonly unknown[] = Array.isArray(left) ? left : [left];
      return list.every((v) => includesValue(have, v));
    }
    default: {
      const sign = order(left, right);
      if (sign === undefined) return false;
      if (operator === "<") return sign < 0;
      if (operator === "<=") return sign <= 0;
      if (operator === ">") return sign > 0;
      return sign >= 0;
    }
  }
}

function operandValue(o: Operand, lookup: AnswerLookup): unknown {
  if (o.kind === "question") return lookup(o.name);
  if (o.kind === "literal") return o.value;
  return o.items as readonly LiteralValue[];
}

/**
 * Whether `e` holds for the answers `lookup` gives. Never throws for any answer values.
 * Example: with size = "micro", `{size} anyof ['micro', 'small']` is true and `{size} > 3` false.
 */
export function evaluateExpression(e: Expression, lookup: AnswerLookup): boolean {
  switch (e.kind) {
    case "or":
      return evaluateExpression(e.left, lookup) || evaluateExpression(e.right, lookup);
    case "and":
      return evaluateExpression(e.left, lookup) && evaluateExpression(e.right, lookup);
    case "not":
      return !evaluateExpression(e.operand, lookup);
    case "compare":
      return compare(e.operator, operandValue(e.left, lookup), operandValue(e.right, lookup));
    case "empty":
      return isEmptyValue(operandValue(e.operand, lookup));
    case "notempty":
      return !isEmptyValue(operandValue(e.operand, lookup));
    case "truthy": {
      const value = operandValue(e.operand, lookup);
      return !isEmptyValue(value) && value !== false && value !== 0;
    }
  }
}
