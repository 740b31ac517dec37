// Skip logic between our expression language and XLSForm's `relevant` (an XPath subset):
//
//   ours                      XLSForm
//   {q} = 'x'                 ${q} = 'x'           (also != < <= > >= with texts and numbers)
//   {q} contains 'x'          selected(${q}, 'x')  (notcontains: not(selected(...)))
//   {q} empty / notempty      ${q} = '' / ${q} != ''
//   a and b, a or b, not (a)  a and b, a or b, not(a)
//   {q} anyof ['x', 'y']      (selected(${q}, 'x') or selected(${q}, 'y'))   (allof: and)
//
// Reading back goes token by token, so text inside quotes is never mistaken for syntax; any other
// XPath (functions, arithmetic, `.`) is refused with the column where it starts.
import type { Expression, LiteralValue, Operand } from "../expression/expression-ast.ts";
import { formatExpression } from "../expression/format-expression.ts";
import { parseExpression } from "../expression/parse-expression.ts";

const literal = (value: LiteralValue): string =>
  typeof value === "string"
    ? value.includes("'")
      ? `"${value}"`
      : `'${value}'`
    : typeof value === "number"
      ? String(value)
      : value
        ? "true()"
        : "false()";

function operand(o: Operand): string {
  if (o.kind === "question") return `\${${o.name}}`;
  if (o.kind === "literal") return literal(o.value);
  return o.items.map(literal).join(" ");
}

function selected(o: Operand, value: LiteralValue): string {
  return `selected(${operand(o)}, ${literal(value)})`;
}

/** The XLSForm `relevant` text of an expression. */
export function toXlsFormRelevant(e: Expression): string {
  const wrap = (x: Expression) => (x.kind === "or" ? `(${toXlsFormRelevant(x)})` : toXlsFormRelevant(x));
  switch (e.kind) {
    case "or":
      return `${toXlsFormRelevant(e.left)} or ${toXlsFormRelevant(e.right)}`;
    case "and":
      return `${wrap(e.left)} and ${wrap(e.right)}`;
    case "not":
      return `not(${toXlsFormRelevant(e.operand)})`;
    case "empty":
      return `${operand(e.operand)} = ''`;
    case "notempty":
    case "truthy":
      return `${operand(e.operand)} != ''`;
    case "compare": {
      const values =
        e.right.kind === "list" ? e.right.items : e.right.kind === "literal" ? [e.right.value] : [];
      switch (e.operator) {
        case "contains":
        case "notcontains": {
          const all = values.map((v) => selected(e.left, v)).join(" and ");
          return e.operator === "contains" ? all : `not(${all})`;
        }
        case "anyof":
          return `(${values.map((v) => selected(e.left, v)).join(" or ")})`;
        case "allof":
          return values.map((v) => selected(e.left, v)).join(" and ");
        default:
          return `${operand(e.left)} ${e.operator} ${operand(e.right)}`;
      }
    }
  }
}

interface XToken {
  readonly text: string;
  readonly kind: "question" | "string" | "number" | "word" | "symbol";
  readonly column: number;
}

const tokenPattern =
  /\s*(?:\$\{([A-Za-z][A-Za-z0-9_]*)\}|'([^']*)'|"([^"]*)"|(-?[0-9]+(?:\.[0-9]+)?)|([A-Za-z_][A-Za-z0-9_-]*(?:\(\))?)|(!=|<=|>=|[=<>(),]))/y;

export type RelevantResult = { ok: true; expression: string } | { ok: false; message: string };

/**
 * Our expression text for an XLSForm `relevant`, or a message naming the 1-based column of the
 * first part we cannot read. Example: `fromXlsFormRelevant("selected(${benefits}, 'funding')")`
 * is `{ ok: true, expression: "{benefits} contains 'funding'" }`.
 */
export function fromXlsFormRelevant(text: string): RelevantResult {
  const tokens: XToken[] = [];
  let i = 0;
  while (i < text.length) {
    if (/^\s*$/.test(text.slice(i))) break;
    tokenPattern.lastIndex = i;
    const m = tokenPattern.exec(text);
    if (m === null) {
      const start = i + text.slice(i).length - text.slice(i).trimStart().length;
      return {
        ok: false,
        message: `column ${start + 1}: cannot read "${text.slice(start).trimEnd().slice(0, 20)}"`,
      };
    }
    const column = i + m[0].length - m[0].trimStart().length + 1;
    i = tokenPattern.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: "question", text: m[1], column });
    else if (m[2] !== undefined || m[3] !== undefined)
      tokens.push({ kind: "string", text: m[2] ?? m[3] ?? "", column });
    else if (m[4] !== undefined) tokens.push({ kind: "number", text: m[4], column });
    else if (m[5] !== undefined) tokens.push({ kind: "word", text: m[5], column });
    else tokens.push({ kind: "symbol", text: m[6]!, column });
  }
  const out: string[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    const next = tokens[t + 1];
    const quote = (s: string) => (s.includes("'") ? `"${s}"` : `'${s}'`);
    if (token.kind === "word" && token.text === "selected") {
      const [open, q, comma, value, close] = tokens.slice(t + 1, t + 6);
      if (
        open?.text !== "(" ||
        q?.kind !== "question" ||
        comma?.text !== "," ||
        value?.kind !== "string" ||
        close?.text !== ")"
      ) {
        return {
          ok: false,
          message: `column ${token.column}: selected() must be selected(\${question}, 'value')`,
        };
      }
      out.push(`{${q.text}} contains ${quote(value.text)}`);
      t += 5;
    } else if (token.kind === "question") {
      const after = tokens[t + 2];
      if (
        (next?.text === "=" || next?.text === "!=") &&
        next.kind === "symbol" &&
        after?.kind === "string" &&
        after.text === ""
      ) {
        out.push(`{${token.text}} ${next.text === "=" ? "empty" : "notempty"}`);
        t += 2;
      } else out.push(`{${token.text}}`);
    } else if (token.kind === "word" && (token.text === "and" || token.text === "or")) out.push(token.text);
    else if (token.kind === "word" && token.text === "not" && next?.text === "(") out.push("not");
    else if (token.kind === "word" && (token.text === "true()" || token.text === "false()"))
      out.push(token.text.slice(0, -2));
    else if (token.kind === "string") out.push(quote(token.text));
    else if (token.kind === "number" || (token.kind === "symbol" && token.text !== ",")) out.push(token.text);
    else
      return {
        ok: false,
        message: `column ${token.column}: "${token.text}" is not supported in relevant (only \${question}, comparisons, selected(), and, or, not())`,
      };
  }
  const parsed = parseExpression(out.join(" "));
  if (!parsed.ok) return { ok: false, message: `cannot read "${text}": ${parsed.error.message}` };
  return { ok: true, expression: formatExpression(parsed.expression) };
}
