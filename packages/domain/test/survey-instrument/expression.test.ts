import { describe, expect, it } from "vitest";
import { evaluateExpression, formatExpression, parseExpression } from "../../src/index.ts";

const canonical = (text: string) => {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return formatExpression(parsed.expression);
};
const error = (text: string) => {
  const parsed = parseExpression(text);
  if (parsed.ok) throw new Error(`parsed: ${text}`);
  return parsed.error;
};

describe("parseExpression / formatExpression", () => {
  it("reads SurveyJS's spellings and writes one canonical form", () => {
    expect(canonical("{size}=='micro'  AND {n}>3")).toBe("{size} = 'micro' and {n} > 3");
    expect(canonical("{a} <> 1 && !({b} empty) || {c} notEmpty")).toBe(
      "{a} != 1 and not ({b} empty) or {c} notempty",
    );
    expect(canonical("{a} = 1 and ({b} = 2 or {c} = 3)")).toBe("{a} = 1 and ({b} = 2 or {c} = 3)");
    expect(canonical("{q} anyof ['x', \"it's\", 2, true]")).toBe("{q} anyof ['x', \"it's\", 2, true]");
    expect(canonical("{q} contains 'x'")).toBe("{q} contains 'x'");
    expect(canonical("{consent}")).toBe("{consent}");
    expect(canonical("{t} >= -1.5")).toBe("{t} >= -1.5");
  });

  it("gives not the operand that follows it and and precedence over or", () => {
    const parsed = parseExpression("not {a} = 1 or {b} = 2 and {c} = 3");
    expect(parsed.ok && parsed.expression.kind).toBe("or");
    expect(canonical("not {a} = 1 or {b} = 2 and {c} = 3")).toBe("not ({a} = 1) or {b} = 2 and {c} = 3");
  });

  it("writes !(...) for SurveyJS", () => {
    const parsed = parseExpression("not ({a} = 1)");
    expect(parsed.ok && formatExpression(parsed.expression, "!")).toBe("!({a} = 1)");
  });

  it("reports each error with its 1-based column", () => {
    expect(error("")).toEqual({ message: "the expression is empty", column: 1 });
    expect(error("{size} = ")).toEqual({
      message: "expected a question {name}, a value or '(', found the end of the expression",
      column: 10,
    });
    expect(error("{size = 'a'")).toEqual({
      message: "'{' has no closing '}'",
      column: 1,
    });
    expect(error("{a} = 'x")).toEqual({ message: "the string starting here has no closing '", column: 7 });
    expect(error("size = 'micro'")).toEqual({
      message: "unknown word 'size'; write a question as {size} and text in quotes",
      column: 1,
    });
    expect(error("{a} = 1 {b} = 2")).toEqual({
      message: "expected 'and', 'or' or the end of the expression, found {b}",
      column: 9,
    });
    expect(error("({a} = 1 and {b} = 2")).toEqual({
      message: "expected ')' to close the '(' at column 1, found the end of the expression",
      column: 21,
    });
    expect(error("{a} = 1 # 2")).toEqual({ message: "unexpected character '#'", column: 9 });
    expect(error("{2a} = 1")).toEqual({
      message: "'{2a}' is not a question name (a letter, then letters, digits or _)",
      column: 1,
    });
    expect(error("{a} > [1, 2]")).toEqual({ message: "a list [...] cannot follow '>'", column: 5 });
    expect(error("[1] anyof {a}")).toEqual({
      message: "a list [...] can only come after anyof, allof, contains or =",
      column: 1,
    });
    expect(error("{a} anyof [1 2]")).toEqual({
      message: "expected ',' or ']' in the list, found '2'",
      column: 14,
    });
  });
});

describe("evaluateExpression", () => {
  const answers: Record<string, unknown> = {
    size: "micro",
    n: 12,
    text_n: "7",
    benefits: ["funding", "contacts"],
    aware: "dont_know",
    consent: false,
  };
  const holds = (text: string) => {
    const parsed = parseExpression(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return evaluateExpression(parsed.expression, (name) => answers[name]);
  };

  it("compares texts, numbers and numeric texts as SurveyJS does", () => {
    expect(holds("{size} = 'micro'")).toBe(true);
    expect(holds("{n} > 3 and {n} <= 12")).toBe(true);
    expect(holds("{text_n} = 7")).toBe(true);
    expect(holds("{aware} > 1")).toBe(false);
    expect(holds("{size} < 'n'")).toBe(true);
  });

  it("treats unanswered questions as empty: comparisons false, != true", () => {
    expect(holds("{missing} = 'x'")).toBe(false);
    expect(holds("{missing} != 'x'")).toBe(true);
    expect(holds("{missing} empty and {size} notempty")).toBe(true);
    expect(holds("{missing} > 0 or {missing} < 0")).toBe(false);
  });

  it("reads multiple-choice arrays with contains, anyof, allof and =", () => {
    expect(holds("{benefits} contains 'funding'")).toBe(true);
    expect(holds("{benefits} notcontains 'image'")).toBe(true);
    expect(holds("{benefits} anyof ['image', 'contacts']")).toBe(true);
    expect(holds("{benefits} allof ['funding', 'image']")).toBe(false);
    expect(holds("{benefits} = ['contacts', 'funding']")).toBe(true);
    expect(holds("{benefits} = 'funding'")).toBe(false);
    expect(holds("{size} anyof ['micro', 'small']")).toBe(true);
  });

  it("takes a lone operand as true when answered and not false", () => {
    expect(holds("{size}")).toBe(true);
    expect(holds("{consent}")).toBe(false);
    expect(holds("not ({missing})")).toBe(true);
  });
});
