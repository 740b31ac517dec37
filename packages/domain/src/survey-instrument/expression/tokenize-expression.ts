// Splits an expression into tokens, each with its 1-based column. Keywords are matched ignoring
// case (SurveyJS does); a bare word that is not a keyword is an error, because question names must
// be written in braces.
import type { ExpressionError } from "./expression-ast.ts";

export type TokenKind = "question" | "string" | "number" | "keyword" | "symbol" | "end";

export interface Token {
  readonly kind: TokenKind;
  /** The question name, the string's content, the number's text, the keyword (lower case) or symbol. */
  readonly text: string;
  readonly column: number;
}

export const keywords = new Set([
  "and",
  "or",
  "not",
  "contains",
  "notcontains",
  "anyof",
  "allof",
  "empty",
  "notempty",
  "true",
  "false",
]);

const symbols = ["==", "!=", "<>", "<=", ">=", "&&", "||", "=", "<", ">", "!", "(", ")", "[", "]", ","];
const questionName = /^[A-Za-z][A-Za-z0-9_]*$/;
const numberPattern = /-?[0-9]+(?:\.[0-9]+)?/y;
const wordPattern = /[A-Za-z_][A-Za-z0-9_]*/y;

export type TokenResult = { ok: true; tokens: Token[] } | { ok: false; error: ExpressionError };

const fail = (message: string, index: number): TokenResult => ({
  ok: false,
  error: { message, column: index + 1 },
});

/** The tokens of `text`, ending with an `end` token, or the first lexical error. */
export function tokenizeExpression(text: string): TokenResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      i++;
      continue;
    }
    if (c === "{") {
      const close = text.indexOf("}", i + 1);
      if (close < 0) return fail("'{' has no closing '}'", i);
      const name = text.slice(i + 1, close).trim();
      if (!questionName.test(name)) {
        return fail(`'{${name}}' is not a question name (a letter, then letters, digits or _)`, i);
      }
      tokens.push({ kind: "question", text: name, column: i + 1 });
      i = close + 1;
      continue;
    }
    if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return fail(`the string starting here has no closing ${c}`, i);
      tokens.push({ kind: "string", text: text.slice(i + 1, close), column: i + 1 });
      i = close + 1;
      continue;
    }
    numberPattern.lastIndex = i;
    const number = numberPattern.exec(text);
    if (number !== null && (c !== "-" || number[0].length > 1)) {
      tokens.push({ kind: "number", text: number[0], column: i + 1 });
      i += number[0].length;
      continue;
    }
    wordPattern.lastIndex = i;
    const word = wordPattern.exec(text);
    if (word !== null) {
      const lower = word[0].toLowerCase();
      if (!keywords.has(lower)) {
        return fail(`unknown word '${word[0]}'; write a question as {${word[0]}} and text in quotes`, i);
      }
      tokens.push({ kind: "keyword", text: lower, column: i + 1 });
      i += word[0].length;
      continue;
    }
    const symbol = symbols.find((s) => text.startsWith(s, i));
    if (symbol === undefined) return fail(`unexpected character '${c}'`, i);
    tokens.push({ kind: "symbol", text: symbol, column: i + 1 });
    i += symbol.length;
  }
  tokens.push({ kind: "end", text: "", column: text.length + 1 });
  return { ok: true, tokens };
}
