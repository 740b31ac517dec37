// The settings of single-choice, multiple-choice and ranking questions: choices, the "Other" and
// "None" items, random order (with Other / None kept last) and, for single choice, radio or dropdown.
import type {
  MultipleChoiceQuestion,
  ProblemPath,
  RankingQuestion,
  SingleChoiceQuestion,
} from "@smartspec/domain";
import { useBuilder } from "./builder-context.tsx";
import { CheckboxInput, TextInput } from "./builder-fields.tsx";
import { fieldId } from "./builder-paths.ts";
import { ChoiceListEditor } from "./choice-list-editor.tsx";
import { withField } from "./list-edits.ts";

type ChoiceQuestion = SingleChoiceQuestion | MultipleChoiceQuestion | RankingQuestion;

interface Props<Q extends ChoiceQuestion> {
  readonly path: ProblemPath;
  readonly question: Q;
  readonly update: (change: (question: Q) => Q, focus?: string) => void;
}

function SpecialItem({
  path,
  question,
  update,
  item,
}: Props<SingleChoiceQuestion | MultipleChoiceQuestion> & { item: "other" | "none" }) {
  const special = question[item];
  const offer = item === "other" ? "Offer “Other (please specify)”" : "Offer “None of these”";
  const fallback = item === "other" ? "Other (please specify)" : "None of these";
  const labelPath = [...path, item, "label"];
  return (
    <div className="builder-special">
      <CheckboxInput
        id={`${fieldId(path)}-${item}-offer`}
        label={offer}
        checked={special !== undefined}
        onChange={(on) =>
          update(
            (q) => withField(q, item, on ? { label: fallback } : undefined),
            on ? fieldId(labelPath) : undefined,
          )
        }
      />
      {special !== undefined && (
        <TextInput
          path={labelPath}
          label={item === "other" ? "Label of the Other item" : "Label of the None item"}
          value={special.label}
          onChange={(label) => update((q) => ({ ...q, [item]: { label } }))}
        />
      )}
    </div>
  );
}

export function ChoiceQuestionFields<Q extends ChoiceQuestion>({ path, question, update }: Props<Q>) {
  const { readOnly } = useBuilder();
  const id = fieldId(path);
  const random = question.choiceOrder === "random";
  const hasSpecial =
    question.type !== "ranking" && (question.other !== undefined || question.none !== undefined);
  return (
    <>
      <ChoiceListEditor
        path={[...path, "choices"]}
        legend={question.type === "ranking" ? "Items to put in order" : "Choices"}
        noun={question.type === "ranking" ? "item" : "choice"}
        items={question.choices}
        onChange={(choices, focus) => update((q) => ({ ...q, choices }), focus)}
      />
      {question.type !== "ranking" && (
        <>
          <SpecialItem path={path} question={question} update={update as never} item="other" />
          <SpecialItem path={path} question={question} update={update as never} item="none" />
        </>
      )}
      <CheckboxInput
        id={`${id}-random`}
        label="Show the choices in a random order for each respondent"
        checked={random}
        onChange={(on) => update((q) => ({ ...q, choiceOrder: on ? "random" : "fixed" }))}
      />
      {random && hasSpecial && (
        <CheckboxInput
          id={`${id}-pin`}
          label="Keep “Other” and “None” at the end"
          checked={question.pinSpecialLast}
          onChange={(on) => update((q) => ({ ...q, pinSpecialLast: on }))}
        />
      )}
      {question.type === "single-choice" && (
        <div className="field builder-narrow">
          <label htmlFor={`${id}-display`}>Show as</label>
          <select
            id={`${id}-display`}
            value={question.display}
            disabled={readOnly}
            onChange={(event) =>
              update((q) => ({ ...q, display: event.target.value === "dropdown" ? "dropdown" : "radio" }))
            }
          >
            <option value="radio">Radio buttons</option>
            <option value="dropdown">A drop-down list</option>
          </select>
        </div>
      )}
    </>
  );
}
