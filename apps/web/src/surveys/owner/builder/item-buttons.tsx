// Up, down and remove buttons for one item of a list (a choice, a row, a scale point, a question,
// a page), each named for screen readers ("Move choice 2 up") and with an id so focus can follow
// the item after it moves.
import type { ProblemPath } from "@smartspec/domain";
import { useBuilder } from "./builder-context.tsx";
import { fieldId } from "./builder-paths.ts";

interface ItemButtonsProps {
  /** The item's path, e.g. [..."choices", 2]; the buttons' ids hang off it. */
  readonly path: ProblemPath;
  /** "choice 3", "question 2 (size)": read in each button's name. */
  readonly what: string;
  readonly index: number;
  readonly count: number;
  readonly onMove: (delta: -1 | 1) => void;
  readonly onRemove: () => void;
  /** Whether up/down may leave the list's ends (questions move between pages). */
  readonly canLeaveEnds?: { readonly up: boolean; readonly down: boolean };
  readonly removeDisabled?: boolean;
}

/** The id of an item's move or remove button, for focus after an edit. */
export const itemButtonId = (path: ProblemPath, action: "up" | "down" | "remove") =>
  `${fieldId(path)}-${action}`;

export function ItemButtons({
  path,
  what,
  index,
  count,
  onMove,
  onRemove,
  canLeaveEnds,
  removeDisabled,
}: ItemButtonsProps) {
  const { readOnly } = useBuilder();
  if (readOnly) return null;
  const upDisabled = index === 0 && !canLeaveEnds?.up;
  const downDisabled = index === count - 1 && !canLeaveEnds?.down;
  return (
    <div className="builder-item-buttons">
      <button
        type="button"
        id={itemButtonId(path, "up")}
        aria-label={`Move ${what} up`}
        title="Move up"
        disabled={upDisabled}
        onClick={() => onMove(-1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        id={itemButtonId(path, "down")}
        aria-label={`Move ${what} down`}
        title="Move down"
        disabled={downDisabled}
        onClick={() => onMove(1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        id={itemButtonId(path, "remove")}
        aria-label={`Remove ${what}`}
        title="Remove"
        className="builder-remove"
        disabled={removeDisabled}
        onClick={onRemove}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
