// Keeps skip/show logic pointing at a question when it is renamed: every `{old}` in every
// expression of the instrument becomes `{new}`. Expressions that parse are rewritten through the
// domain's parser and formatter (so a text containing "{old}" is left alone); ones that do not
// parse yet are left exactly as the author typed them.
import {
  type Expression,
  expressionReferences,
  formatExpression,
  type Instrument,
  type Operand,
  type Page,
  parseExpression,
  type SurveyElement,
} from "@smartspec/domain";

function renameOperand(operand: Operand, from: string, to: string): Operand {
  return operand.kind === "question" && operand.name === from ? { ...operand, name: to } : operand;
}

function renameIn(e: Expression, from: string, to: string): Expression {
  switch (e.kind) {
    case "and":
    case "or":
      return { ...e, left: renameIn(e.left, from, to), right: renameIn(e.right, from, to) };
    case "not":
      return { ...e, operand: renameIn(e.operand, from, to) };
    case "compare":
      return { ...e, left: renameOperand(e.left, from, to), right: renameOperand(e.right, from, to) };
    default:
      return { ...e, operand: renameOperand(e.operand, from, to) };
  }
}

/**
 * `text` with the question `from` renamed `to`; unchanged when it does not use `from` or does not
 * parse. Example: `renameInExpression("{size} = 'micro'", "size", "band")` is `"{band} = 'micro'"`.
 */
export function renameInExpression(text: string | undefined, from: string, to: string): string | undefined {
  if (text === undefined || !text.includes(from)) return text;
  const parsed = parseExpression(text);
  if (!parsed.ok) return text;
  const uses = expressionReferences(parsed.expression).some((reference) => reference.name === from);
  return uses ? formatExpression(renameIn(parsed.expression, from, to)) : text;
}

function renameElementLogic<T extends SurveyElement | Page>(item: T, from: string, to: string): T {
  const out = { ...item } as Record<string, unknown>;
  for (const key of ["visibleIf", "enableIf"] as const) {
    const text = out[key] as string | undefined;
    if (text !== undefined) out[key] = renameInExpression(text, from, to);
  }
  return out as T;
}

/** The instrument with every expression's `{from}` turned into `{to}` (names themselves unchanged). */
export function renameReferences(instrument: Instrument, from: string, to: string): Instrument {
  return {
    ...instrument,
    pages: instrument.pages.map((page) => ({
      ...renameElementLogic(page, from, to),
      elements: page.elements.map((element) => renameElementLogic(element, from, to)),
    })),
  };
}
