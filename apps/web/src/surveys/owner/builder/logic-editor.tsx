// Show/skip logic for a question or page: a small condition builder (question, operator, value)
// that writes the expression language, and the expression itself for anything more. The builder
// offers earlier questions only; the text is checked on every keystroke by validateInstrument
// (the domain's parser: errors with their column; references: earlier questions only).
import type { LiteralValue, ProblemPath, Question } from "@smartspec/domain";
import { useState } from "react";
import { useBuilder } from "./builder-context.tsx";
import { TextInput } from "./builder-fields.tsx";
import { fieldId } from "./builder-paths.ts";
import {
  type ConditionOperator,
  combineConditions,
  conditionText,
  needsValue,
  operatorLabels,
  operatorsFor,
} from "./condition-text.ts";

interface LogicEditorProps {
  /** The question's or page's path; the expression is at [...path, "visibleIf"]. */
  readonly path: ProblemPath;
  readonly text: string | undefined;
  readonly onChange: (text: string | undefined, focus?: string) => void;
  /** The questions before this one, in order: the only ones logic may use. */
  readonly earlier: readonly Question[];
}

/** The values a condition on `question` can compare with, as [value, label]; none for free numbers. */
function valueOptions(question: Question): [LiteralValue, string][] | undefined {
  switch (question.type) {
    case "single-choice":
    case "multiple-choice": {
      const options: [LiteralValue, string][] = question.choices.map((c) => [c.value, c.label]);
      if (question.other) options.push(["other", question.other.label]);
      if (question.none) options.push(["none", question.none.label]);
      return options;
    }
    case "likert":
      return [
        ...question.scale.points.map((p): [LiteralValue, string] => [p.value, `${p.value} ${p.label}`]),
        ...question.scale.nonSubstantive.map((c): [LiteralValue, string] => [c.value, c.label]),
      ];
    default:
      return undefined;
  }
}

export function LogicEditor({ path, text, onChange, earlier }: LogicEditorProps) {
  const { readOnly } = useBuilder();
  const id = fieldId([...path, "logic"]);
  const textPath = [...path, "visibleIf"];
  const [questionName, setQuestionName] = useState("");
  const [operator, setOperator] = useState<ConditionOperator>("=");
  const [value, setValue] = useState("");
  const question = earlier.find((q) => q.name === questionName) ?? earlier.at(-1);
  const operators = question ? operatorsFor(question) : [];
  const chosenOperator = operators.includes(operator) ? operator : (operators[0] ?? "notempty");
  const options = question ? valueOptions(question) : undefined;
  const chosenValue: LiteralValue | undefined = !needsValue(chosenOperator)
    ? undefined
    : options
      ? (options.find(([v]) => String(v) === value) ?? options[0])?.[0]
      : value.trim() === "" || !Number.isFinite(Number(value))
        ? undefined
        : Number(value);
  const ready = question !== undefined && (!needsValue(chosenOperator) || chosenValue !== undefined);

  function write(join: "replace" | "and" | "or") {
    if (!question || !ready) return;
    const added = conditionText({ question: question.name, operator: chosenOperator, value: chosenValue });
    onChange(join === "replace" ? added : combineConditions(text, added, join), fieldId(textPath));
  }

  return (
    <fieldset className="builder-group builder-logic">
      <legend>Show only if</legend>
      {earlier.length === 0 ? (
        <p className="hint">Logic can use earlier questions only, and there are none before this.</p>
      ) : (
        !readOnly && (
          <div className="builder-condition">
            <div className="field">
              <label htmlFor={`${id}-question`}>Question</label>
              <select
                id={`${id}-question`}
                value={question?.name ?? ""}
                onChange={(event) => {
                  setQuestionName(event.target.value);
                  setValue("");
                }}
              >
                {earlier.map((q) => (
                  <option key={q.name} value={q.name}>
                    {q.name}
                    {q.title ? `: ${q.title}` : ""}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-operator`}>Condition</label>
              <select
                id={`${id}-operator`}
                value={chosenOperator}
                onChange={(event) => setOperator(event.target.value as ConditionOperator)}
              >
                {operators.map((o) => (
                  <option key={o} value={o}>
                    {operatorLabels[o]}
                  </option>
                ))}
              </select>
            </div>
            {needsValue(chosenOperator) && (
              <div className="field">
                <label htmlFor={`${id}-value`}>Value</label>
                {options ? (
                  <select
                    id={`${id}-value`}
                    value={String(chosenValue ?? "")}
                    onChange={(event) => setValue(event.target.value)}
                  >
                    {options.map(([v, label]) => (
                      <option key={String(v)} value={String(v)}>
                        {label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={`${id}-value`}
                    type="number"
                    value={value}
                    onChange={(event) => setValue(event.target.value)}
                  />
                )}
              </div>
            )}
            <div className="builder-condition-buttons">
              <button type="button" disabled={!ready} onClick={() => write("replace")}>
                {text ? "Replace with this condition" : "Use this condition"}
              </button>
              {text && (
                <>
                  <button type="button" disabled={!ready} onClick={() => write("and")}>
                    Add with “and”
                  </button>
                  <button type="button" disabled={!ready} onClick={() => write("or")}>
                    Add with “or”
                  </button>
                </>
              )}
            </div>
          </div>
        )
      )}
      <TextInput
        path={textPath}
        label="Condition as an expression (empty: always shown)"
        hint="For example {size} = 'micro' and {staff} >= 10. Questions in braces, text in quotes."
        value={text}
        spellCheck={false}
        onChange={(next) => onChange(next.trim() === "" ? undefined : next)}
      />
    </fieldset>
  );
}
