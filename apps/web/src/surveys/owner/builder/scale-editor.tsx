// Edits an ordered response scale (Likert items and matrices): its points, each an integer code
// and a label, in order; and its don't-know / not-applicable codes, kept out of the ordered points
// because they are left out of the base of percentages.
import type { ProblemPath, Scale } from "@smartspec/domain";
import { useBuilder } from "./builder-context.tsx";
import { FieldGroup, NumberInput, TextInput } from "./builder-fields.tsx";
import { fieldId } from "./builder-paths.ts";
import { addScalePoint } from "./choice-edits.ts";
import { ChoiceListEditor } from "./choice-list-editor.tsx";
import { ItemButtons, itemButtonId } from "./item-buttons.tsx";
import { moveItem, removeAt, replaceAt } from "./list-edits.ts";
import { dontKnow } from "./new-element.ts";

interface ScaleEditorProps {
  /** The scale's path, e.g. [...question, "scale"]. */
  readonly path: ProblemPath;
  readonly scale: Scale;
  readonly onChange: (scale: Scale, focus?: string) => void;
}

export function ScaleEditor({ path, scale, onChange }: ScaleEditorProps) {
  const { readOnly } = useBuilder();
  const pointsPath = [...path, "points"];
  const points = scale.points;
  const setPoints = (next: Scale["points"], focus?: string) => onChange({ ...scale, points: next }, focus);
  const hasDontKnow = scale.nonSubstantive.some((code) => code.value === dontKnow.value);
  const addId = `${fieldId(pointsPath)}-add`;
  return (
    <>
      <FieldGroup path={pointsPath} legend="Scale points, lowest first" className="builder-scale">
        <ol className="builder-item-list">
          {points.map((point, index) => {
            const itemPath = [...pointsPath, index];
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: inputs are controlled by the list
              <li key={index} className="builder-item builder-point">
                <NumberInput
                  path={[...itemPath, "value"]}
                  label="Code"
                  labelSuffix={`of point ${index + 1}`}
                  step={1}
                  value={point.value}
                  onChange={(value) =>
                    setPoints(replaceAt(points, index, { ...point, value: value ?? Number.NaN }))
                  }
                />
                <TextInput
                  path={[...itemPath, "label"]}
                  label="Label"
                  labelSuffix={`of point ${index + 1}`}
                  value={point.label}
                  onChange={(label) => setPoints(replaceAt(points, index, { ...point, label }))}
                />
                <ItemButtons
                  path={itemPath}
                  what={`point ${index + 1}`}
                  index={index}
                  count={points.length}
                  onMove={(delta) =>
                    setPoints(
                      moveItem(points, index, index + delta),
                      itemButtonId([...pointsPath, index + delta], delta < 0 ? "up" : "down"),
                    )
                  }
                  onRemove={() => setPoints(removeAt(points, index), addId)}
                  removeDisabled={points.length <= 2}
                />
              </li>
            );
          })}
        </ol>
        {!readOnly && (
          <button
            type="button"
            id={addId}
            onClick={() =>
              setPoints(addScalePoint(points, ""), fieldId([...pointsPath, points.length, "label"]))
            }
          >
            Add a scale point
          </button>
        )}
      </FieldGroup>
      <ChoiceListEditor
        path={[...path, "nonSubstantive"]}
        legend="Don't know / not applicable codes (left out of percentages)"
        noun="code"
        items={scale.nonSubstantive}
        alsoTaken={points.map((point) => String(point.value))}
        onChange={(nonSubstantive, focus) => onChange({ ...scale, nonSubstantive }, focus)}
      />
      {!readOnly && !hasDontKnow && (
        <button
          type="button"
          className="builder-quiet"
          onClick={() => onChange({ ...scale, nonSubstantive: [...scale.nonSubstantive, dontKnow] })}
        >
          Add a “Don't know” code
        </button>
      )}
    </>
  );
}
