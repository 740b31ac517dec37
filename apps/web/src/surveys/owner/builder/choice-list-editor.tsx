// Edits a list of choices (or matrix rows, or don't-know codes): each item's label and stored value,
// its order, removing it, and adding new ones from a "New ..." box (Enter adds too, and the box
// keeps focus for the next one). A new item's value is made from its label and then kept.
import type { Choice, ProblemPath } from "@smartspec/domain";
import { type KeyboardEvent, useState } from "react";
import { useBuilder } from "./builder-context.tsx";
import { FieldGroup, TextInput } from "./builder-fields.tsx";
import { fieldId } from "./builder-paths.ts";
import { addChoice, relabelChoice, revalueChoice } from "./choice-edits.ts";
import { ItemButtons, itemButtonId } from "./item-buttons.tsx";
import { moveItem, removeAt } from "./list-edits.ts";

interface ChoiceListEditorProps {
  /** The list's path, e.g. [...question, "choices"]. */
  readonly path: ProblemPath;
  readonly legend: string;
  /** "choice", "row", "code": used in labels and button names. */
  readonly noun: string;
  readonly items: readonly Choice[];
  readonly onChange: (items: Choice[], focus?: string) => void;
  /** Values the new items must not take (a scale's codes next to its points, say). */
  readonly alsoTaken?: readonly string[];
}

export function ChoiceListEditor({ path, legend, noun, items, onChange, alsoTaken }: ChoiceListEditorProps) {
  const { readOnly } = useBuilder();
  const [newLabel, setNewLabel] = useState("");
  const newId = `${fieldId(path)}-new`;
  const capital = noun.charAt(0).toUpperCase() + noun.slice(1);

  function add() {
    const label = newLabel.trim();
    if (label === "") return;
    onChange(addChoice(items, label, noun, alsoTaken), newId);
    setNewLabel("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  }

  return (
    <FieldGroup path={path} legend={legend} className="builder-choices">
      {items.length > 0 && (
        <ol className="builder-item-list">
          {items.map((item, index) => {
            const itemPath = [...path, index];
            const what = `${noun} ${index + 1}`;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: inputs are controlled by the list; values may repeat while edited
              <li key={index} className="builder-item">
                <TextInput
                  path={[...itemPath, "label"]}
                  label={`${capital} ${index + 1}`}
                  value={item.label}
                  onChange={(label) => onChange(relabelChoice(items, index, label))}
                />
                <TextInput
                  path={[...itemPath, "value"]}
                  label="Stored value"
                  labelSuffix={`of ${noun} ${index + 1}`}
                  className="builder-value"
                  value={item.value}
                  spellCheck={false}
                  onChange={(value) => onChange(revalueChoice(items, index, value.trim()))}
                />
                <ItemButtons
                  path={itemPath}
                  what={what}
                  index={index}
                  count={items.length}
                  onMove={(delta) =>
                    onChange(
                      moveItem(items, index, index + delta),
                      itemButtonId([...path, index + delta], delta < 0 ? "up" : "down"),
                    )
                  }
                  onRemove={() => onChange(removeAt(items, index), newId)}
                />
              </li>
            );
          })}
        </ol>
      )}
      {!readOnly && (
        <div className="builder-add-row">
          <div className="field">
            <label htmlFor={newId}>New {noun}</label>
            <input
              id={newId}
              type="text"
              value={newLabel}
              onChange={(event) => setNewLabel(event.target.value)}
              onKeyDown={onKeyDown}
            />
          </div>
          <button type="button" onClick={add} disabled={newLabel.trim() === ""}>
            Add {noun}
          </button>
        </div>
      )}
    </FieldGroup>
  );
}
