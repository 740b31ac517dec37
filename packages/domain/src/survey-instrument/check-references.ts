// Reference rules for skip/show logic: an expression may only use questions that come before the
// element it belongs to (for a page: before the page), so answers are known when it is evaluated and
// logic can never loop. A text compared with a choice question must be one of its choice values.
import type { Expression, Operand } from "./expression/expression-ast.ts";
import { expressionReferences } from "./expression/format-expression.ts";
import {
  type InstrumentProblem,
  noneValue,
  otherValue,
  type ProblemPath,
  type SurveyElement,
} from "./instrument-model.ts";

/** Every element by name, with its position in document order (0-based, notes counted). */
export type QuestionIndex = ReadonlyMap<
  string,
  { readonly element: SurveyElement; readonly position: number }
>;

/** The values an answer to a choice question can hold, or undefined for other question types. */
function choiceValues(element: SurveyElement): Set<string> | undefined {
  if (element.type === "single-choice" || element.type === "multiple-choice") {
    const values = new Set(element.choices.map((c) => c.value));
    if (element.other !== undefined) values.add(otherValue);
    if (element.none !== undefined) values.add(noneValue);
    return values;
  }
  if (element.type === "ranking") return new Set(element.choices.map((c) => c.value));
  return undefined;
}

function checkLiterals(
  e: Expression,
  index: QuestionIndex,
  report: (message: string, column: number) => void,
): void {
  if (e.kind === "and" || e.kind === "or") {
    checkLiterals(e.left, index, report);
    checkLiterals(e.right, index, report);
  } else if (e.kind === "not") {
    checkLiterals(e.operand, index, report);
  } else if (e.kind === "compare" && e.left.kind === "question") {
    const question = e.left;
    const values = choiceValues(index.get(question.name)?.element ?? { type: "note", name: "", text: "" });
    if (values === undefined) return;
    const right: Operand = e.right;
    const texts = right.kind === "literal" ? [right.value] : right.kind === "list" ? right.items : [];
    for (const text of texts) {
      if (typeof text === "string" && !values.has(text)) {
        report(
          `'${text}' is not a choice value of {${question.name}} (${[...values].join(", ")})`,
          question.column,
        );
      }
    }
  }
}

/**
 * Adds a problem for each reference of `expression` that is unknown, a note, the owner itself or
 * later than `position`, and for each text compared with a choice question that is not one of its values.
 */
export function checkExpressionReferences(
  expression: Expression,
  owner: string,
  index: QuestionIndex,
  position: number,
  path: ProblemPath,
  problems: InstrumentProblem[],
): void {
  const report = (message: string, column: number) =>
    problems.push({ path, message: `${owner}: column ${column}: ${message}` });
  for (const { name, column } of expressionReferences(expression)) {
    const target = index.get(name);
    if (target === undefined) report(`{${name}} is not a question of this instrument`, column);
    else if (target.element.type === "note") report(`{${name}} is a note, which has no answer`, column);
    else if (target.position === position && name === owner)
      report(`{${name}} refers to the question itself`, column);
    else if (target.position >= position)
      report(`{${name}} comes later; logic may only use earlier questions`, column);
  }
  checkLiterals(expression, index, report);
}
