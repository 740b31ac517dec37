// The syntax tree of a skip/show expression (SurveyJS's condition syntax, a safe subset: no
// functions, no arithmetic, no eval). Columns are 1-based character positions in the source text.

/** A literal in an expression: a quoted string, a number, or true / false. */
export type LiteralValue = string | number | boolean;

export type Operand =
  /** `{name}`: the answer to an earlier question. */
  | { readonly kind: "question"; readonly name: string; readonly column: number }
  | { readonly kind: "literal"; readonly value: LiteralValue }
  /** `['a', 'b']`: only on the right of `anyof`, `allof`, `contains`, `=`. */
  | { readonly kind: "list"; readonly items: readonly LiteralValue[] };

export const comparisonOperators = [
  "=",
  "!=",
  "<",
  "<=",
  ">",
  ">=",
  "contains",
  "notcontains",
  "anyof",
  "allof",
] as const;

export type ComparisonOperator = (typeof comparisonOperators)[number];

export type Expression =
  | { readonly kind: "and" | "or"; readonly left: Expression; readonly right: Expression }
  | { readonly kind: "not"; readonly operand: Expression }
  | {
      readonly kind: "compare";
      readonly operator: ComparisonOperator;
      readonly left: Operand;
      readonly right: Operand;
    }
  /** `{q} empty` / `{q} notempty`: unanswered (no value, "", [] or {}) or answered. */
  | { readonly kind: "empty" | "notempty"; readonly operand: Operand }
  /** A lone operand used as a condition: `{consent}` is true when answered and not false. */
  | { readonly kind: "truthy"; readonly operand: Operand };

/** A syntax error: a sentence and the 1-based column where it was found. */
export interface ExpressionError {
  readonly message: string;
  readonly column: number;
}
