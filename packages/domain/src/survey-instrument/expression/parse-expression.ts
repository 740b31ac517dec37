// Parses a skip/show expression by recursive descent (no eval). Grammar, lowest precedence first:
//
//   or        := and (("or" | "||") and)*
//   and       := unary (("and" | "&&") unary)*
//   unary     := ("not" | "!") unary | "(" or ")" | condition
//   condition := operand [comparison operand | "empty" | "notempty"]
//   operand   := {question} | 'text' | "text" | number | true | false | [literal, ...]
//
// Comparisons: = == != <> < <= > >= contains notcontains anyof allof (keywords ignore case).
import type {
  ComparisonOperator,
  Expression,
  ExpressionError,
  LiteralValue,
  Operand,
} from "./expression-ast.ts";
import { type Token, tokenizeExpression } from "./tokenize-expression.ts";

export type ParseResult = { ok: true; expression: Expression } | { ok: false; error: ExpressionError };

const comparisonTokens: Readonly<Record<string, ComparisonOperator>> = {
  "=": "=",
  "==": "=",
  "!=": "!=",
  "<>": "!=",
  "<": "<",
  "<=": "<=",
  ">": ">",
  ">=": ">=",
  contains: "contains",
  notcontains: "notcontains",
  anyof: "anyof",
  allof: "allof",
};

class SyntaxFailure {
  constructor(readonly error: ExpressionError) {}
}

function describe(token: Token): string {
  switch (token.kind) {
    case "end":
      return "the end of the expression";
    case "question":
      return `{${token.text}}`;
    case "string":
      return `'${token.text}'`;
    default:
      return `'${token.text}'`;
  }
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private get token(): Token {
    return this.tokens[this.index]!;
  }

  private fail(message: string, token: Token = this.token): never {
    throw new SyntaxFailure({ message, column: token.column });
  }

  private is(...texts: string[]): boolean {
    const t = this.token;
    return (t.kind === "keyword" || t.kind === "symbol") && texts.includes(t.text);
  }

  private atEnd(): boolean {
    return this.token.kind === "end";
  }

  parseAll(): Expression {
    if (this.atEnd()) this.fail("the expression is empty");
    const expression = this.or();
    if (!this.atEnd()) {
      this.fail(`expected 'and', 'or' or the end of the expression, found ${describe(this.token)}`);
    }
    return expression;
  }

  private or(): Expression {
    let left = this.and();
    while (this.is("or", "||")) {
      this.index++;
      left = { kind: "or", left, right: this.and() };
    }
    return left;
  }

  private and(): Expression {
    let left = this.unary();
    while (this.is("and", "&&")) {
      this.index++;
      left = { kind: "and", left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expression {
    if (this.is("not", "!")) {
      this.index++;
      return { kind: "not", operand: this.unary() };
    }
    if (this.is("(")) {
      const open = this.token;
      this.index++;
      const inner = this.or();
      if (!this.is(")")) {
        this.fail(`expected ')' to close the '(' at column ${open.column}, found ${describe(this.token)}`);
      }
      this.index++;
      return inner;
    }
    return this.condition();
  }

  private condition(): Expression {
    const start = this.token;
    const left = this.operand();
    if (left.kind === "list")
      this.fail("a list [...] can only come after anyof, allof, contains or =", start);
    if (this.is("empty", "notempty")) {
      const kind = this.token.text as "empty" | "notempty";
      this.index++;
      return { kind, operand: left };
    }
    const t = this.token;
    const operator = t.kind === "keyword" || t.kind === "symbol" ? comparisonTokens[t.text] : undefined;
    if (operator === undefined) return { kind: "truthy", operand: left };
    this.index++;
    const right = this.operand();
    if (
      right.kind === "list" &&
      operator !== "anyof" &&
      operator !== "allof" &&
      operator !== "=" &&
      operator !== "contains"
    ) {
      this.fail(`a list [...] cannot follow '${t.text}'`, t);
    }
    return { kind: "compare", operator, left, right };
  }

  private literal(): LiteralValue | undefined {
    const t = this.token;
    if (t.kind === "string") return t.text;
    if (t.kind === "number") return Number(t.text);
    if (t.kind === "keyword" && (t.text === "true" || t.text === "false")) return t.text === "true";
    return undefined;
  }

  private operand(): Operand {
    const t = this.token;
    if (t.kind === "question") {
      this.index++;
      return { kind: "question", name: t.text, column: t.column };
    }
    if (this.is("[")) {
      this.index++;
      const items: LiteralValue[] = [];
      while (!this.is("]")) {
        if (items.length > 0) {
          if (!this.is(",")) this.fail(`expected ',' or ']' in the list, found ${describe(this.token)}`);
          this.index++;
        }
        const item = this.literal();
        if (item === undefined)
          this.fail(`expected a text, number, true or false in the list, found ${describe(this.token)}`);
        items.push(item);
        this.index++;
      }
      this.index++;
      return { kind: "list", items };
    }
    const value = this.literal();
    if (value === undefined) this.fail(`expected a question {name}, a value or '(', found ${describe(t)}`);
    this.index++;
    return { kind: "literal", value };
  }
}

/**
 * Parses `text` into an expression tree, or returns the first error with its 1-based column.
 * Example: `parseExpression("{size} = 'micro' and not {aware} empty")` is ok;
 * `parseExpression("{size} = ")` fails with column 10: "expected a question {name}, a value or '(',
 * found the end of the expression".
 */
export function parseExpression(text: string): ParseResult {
  const lexed = tokenizeExpression(text);
  if (!lexed.ok) return lexed;
  try {
    return { ok: true, expression: new Parser(lexed.tokens).parseAll() };
  } catch (failure) {
    if (failure instanceof SyntaxFailure) return { ok: false, error: failure.error };
    throw failure;
  }
}
