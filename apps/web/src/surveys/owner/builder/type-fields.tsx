// The part of a question's editor that depends on its type. Choice lists and scales have their
// own editors; ratings, numbers, texts and notes have a few plain fields each.
import type { ProblemPath, SurveyElement } from "@smartspec/domain";
import { CheckboxInput, NumberInput, TextInput } from "./builder-fields.tsx";
import { fieldId } from "./builder-paths.ts";
import { ChoiceListEditor } from "./choice-list-editor.tsx";
import { ChoiceQuestionFields } from "./choice-question-fields.tsx";
import { withField } from "./list-edits.ts";
import { ScaleEditor } from "./scale-editor.tsx";

interface TypeFieldsProps {
  readonly path: ProblemPath;
  readonly element: SurveyElement;
  readonly update: (change: (element: SurveyElement) => SurveyElement, focus?: string) => void;
}

/** Optional text: an empty box removes the property. */
const optional = (text: string) => (text.trim() === "" ? undefined : text);

export function TypeFields({ path, element, update }: TypeFieldsProps) {
  const id = fieldId(path);
  switch (element.type) {
    case "single-choice":
    case "multiple-choice":
    case "ranking":
      return <ChoiceQuestionFields path={path} question={element} update={update as never} />;
    case "likert":
      return (
        <ScaleEditor
          path={[...path, "scale"]}
          scale={element.scale}
          onChange={(scale, focus) => update((e) => ({ ...e, scale }) as SurveyElement, focus)}
        />
      );
    case "matrix":
      return (
        <>
          <ChoiceListEditor
            path={[...path, "rows"]}
            legend="Statements (rows)"
            noun="row"
            items={element.rows}
            onChange={(rows, focus) => update((e) => ({ ...e, rows }) as SurveyElement, focus)}
          />
          <ScaleEditor
            path={[...path, "scale"]}
            scale={element.scale}
            onChange={(scale, focus) => update((e) => ({ ...e, scale }) as SurveyElement, focus)}
          />
        </>
      );
    case "rating":
      return (
        <div className="builder-grid">
          <NumberInput
            path={[...path, "min"]}
            label="Lowest rating"
            step={1}
            value={element.min}
            onChange={(min) => update((e) => ({ ...e, min: min ?? Number.NaN }) as SurveyElement)}
          />
          <NumberInput
            path={[...path, "max"]}
            label="Highest rating"
            step={1}
            value={element.max}
            onChange={(max) => update((e) => ({ ...e, max: max ?? Number.NaN }) as SurveyElement)}
          />
          <TextInput
            path={[...path, "minLabel"]}
            label="Label of the lowest rating"
            value={element.minLabel}
            onChange={(text) => update((e) => withField(e, "minLabel" as never, optional(text) as never))}
          />
          <TextInput
            path={[...path, "maxLabel"]}
            label="Label of the highest rating"
            value={element.maxLabel}
            onChange={(text) => update((e) => withField(e, "maxLabel" as never, optional(text) as never))}
          />
        </div>
      );
    case "number":
      return (
        <>
          <div className="builder-grid">
            <NumberInput
              path={[...path, "min"]}
              label="Smallest allowed (optional)"
              value={element.min}
              onChange={(min) => update((e) => withField(e, "min" as never, min as never))}
            />
            <NumberInput
              path={[...path, "max"]}
              label="Largest allowed (optional)"
              value={element.max}
              onChange={(max) => update((e) => withField(e, "max" as never, max as never))}
            />
          </div>
          <CheckboxInput
            id={`${id}-integer`}
            label="Whole numbers only"
            checked={element.integer}
            onChange={(integer) => update((e) => ({ ...e, integer }) as SurveyElement)}
          />
        </>
      );
    case "text":
      return (
        <>
          <CheckboxInput
            id={`${id}-multiline`}
            label="Long answer (a box of several lines)"
            checked={element.multiline}
            onChange={(multiline) => update((e) => ({ ...e, multiline }) as SurveyElement)}
          />
          <NumberInput
            path={[...path, "maxLength"]}
            label="Maximum length in characters (optional)"
            step={1}
            value={element.maxLength}
            onChange={(maxLength) => update((e) => withField(e, "maxLength" as never, maxLength as never))}
          />
        </>
      );
    case "note":
      return (
        <TextInput
          path={[...path, "text"]}
          label="Text shown to respondents"
          multiline
          value={element.text}
          onChange={(text) => update((e) => ({ ...e, text }) as SurveyElement)}
        />
      );
  }
}
