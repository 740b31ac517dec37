import type { Cutoffs } from "./opportunity-plot.ts";

interface CutoffInputsProps {
  readonly value: Cutoffs;
  readonly defaults: Cutoffs;
  readonly onChange: (patch: { density?: number | undefined; complexity?: number | undefined }) => void;
}

/** The two cut-off number inputs (defaults: the medians the API sent) and a reset. */
export function CutoffInputs({ value, defaults, onChange }: CutoffInputsProps) {
  const read = (text: string) =>
    text.trim() === "" || !Number.isFinite(Number(text)) ? undefined : Number(text);
  const changed = value.density !== defaults.density || value.complexity !== defaults.complexity;
  return (
    <fieldset className="cutoffs">
      <legend>Quadrant cut-offs</legend>
      <label>
        Density cut-off
        <input
          aria-label="Density cut-off"
          type="number"
          step="0.01"
          min="0"
          max="1"
          value={Number(value.density.toFixed(4))}
          onChange={(event) => onChange({ density: read(event.target.value) })}
        />
      </label>
      <label>
        Complexity cut-off
        <input
          aria-label="Complexity cut-off"
          type="number"
          step="0.1"
          value={Number(value.complexity.toFixed(4))}
          onChange={(event) => onChange({ complexity: read(event.target.value) })}
        />
      </label>
      {changed && (
        <button
          type="button"
          className="secondary"
          onClick={() => onChange({ density: undefined, complexity: undefined })}
        >
          Reset to medians
        </button>
      )}
    </fieldset>
  );
}
