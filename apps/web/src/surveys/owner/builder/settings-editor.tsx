// The survey's own settings: the title and introduction respondents see first, and the split
// ballot: the variant labels (A, B ...) respondents are divided between, and the seed that makes
// each respondent's variant reproducible.
import type { InstrumentSettings, SplitBallot } from "@smartspec/domain";
import { useBuilder } from "./builder-context.tsx";
import { CheckboxInput, FieldGroup, TextInput } from "./builder-fields.tsx";
import { fieldId } from "./builder-paths.ts";
import { ItemButtons, itemButtonId } from "./item-buttons.tsx";
import { moveItem, removeAt, replaceAt, withField } from "./list-edits.ts";

const optional = (text: string) => (text.trim() === "" ? undefined : text);

/** The next variant label after the ones in use: A, B, ... Z, then V27, V28 ... */
function nextVariant(variants: readonly string[]): string {
  for (let i = 0; ; i++) {
    const label = i < 26 ? String.fromCharCode(65 + i) : `V${i + 1}`;
    if (!variants.includes(label)) return label;
  }
}

export function SettingsEditor() {
  const { instrument, change, readOnly } = useBuilder();
  const settings = instrument.settings;
  const set = (next: InstrumentSettings, focus?: string) => change({ ...instrument, settings: next }, focus);
  const ballot = settings.splitBallot;
  const setBallot = (next: SplitBallot | undefined, focus?: string) =>
    set(withField(settings, "splitBallot", next), focus);
  const variantsPath = ["settings", "splitBallot", "variants"];
  return (
    <div className="builder-settings">
      <TextInput
        path={["settings", "title"]}
        label="Survey title"
        value={settings.title}
        onChange={(title) => set({ ...settings, title })}
      />
      <TextInput
        path={["settings", "description"]}
        label="Introduction shown above the first page (optional)"
        multiline
        value={settings.description}
        onChange={(text) => set(withField(settings, "description", optional(text)))}
      />
      <CheckboxInput
        id={fieldId(["settings", "splitBallot"])}
        label="Split ballot: show some questions or pages to only part of the respondents"
        hint="Each respondent is given one variant at random (reproducibly, from the seed)."
        checked={ballot !== undefined}
        onChange={(on) =>
          setBallot(
            on ? { variants: ["A", "B"], seed: `${settings.title || "survey"}-ballot` } : undefined,
            on ? fieldId([...variantsPath, 0]) : undefined,
          )
        }
      />
      {ballot && (
        <FieldGroup path={variantsPath} legend="Variants" className="builder-ballot">
          <ol className="builder-item-list">
            {ballot.variants.map((variant, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: inputs are controlled by the list
              <li key={index} className="builder-item">
                <TextInput
                  path={[...variantsPath, index]}
                  label={`Label of variant ${index + 1}`}
                  value={variant}
                  spellCheck={false}
                  onChange={(label) =>
                    setBallot({ ...ballot, variants: replaceAt(ballot.variants, index, label.trim()) })
                  }
                />
                <ItemButtons
                  path={[...variantsPath, index]}
                  what={`variant ${variant}`}
                  index={index}
                  count={ballot.variants.length}
                  onMove={(delta) =>
                    setBallot(
                      { ...ballot, variants: moveItem(ballot.variants, index, index + delta) },
                      itemButtonId([...variantsPath, index + delta], delta < 0 ? "up" : "down"),
                    )
                  }
                  removeDisabled={ballot.variants.length <= 2}
                  onRemove={() => setBallot({ ...ballot, variants: removeAt(ballot.variants, index) })}
                />
              </li>
            ))}
          </ol>
          {!readOnly && (
            <button
              type="button"
              onClick={() =>
                setBallot(
                  { ...ballot, variants: [...ballot.variants, nextVariant(ballot.variants)] },
                  fieldId([...variantsPath, ballot.variants.length]),
                )
              }
            >
              Add a variant
            </button>
          )}
          <TextInput
            path={["settings", "splitBallot", "seed"]}
            label="Seed"
            hint="Any text; the same seed gives every respondent the same variant again."
            value={ballot.seed}
            spellCheck={false}
            onChange={(seed) => setBallot({ ...ballot, seed })}
          />
        </FieldGroup>
      )}
    </div>
  );
}
