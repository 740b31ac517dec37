// The name of a question or page: the key answers and data exports use. Typed freely, applied when
// the author leaves the box (or presses Enter): a name that breaks the identifier rule or is
// already used is refused with a sentence, and the box goes back to the name in use.
import type { ProblemPath } from "@smartspec/domain";
import { type KeyboardEvent, useEffect, useState } from "react";
import { useBuilder } from "./builder-context.tsx";
import { FieldProblems } from "./builder-fields.tsx";
import { fieldId } from "./builder-paths.ts";

interface NameFieldProps {
  readonly path: ProblemPath;
  readonly label: string;
  readonly name: string;
  /** Applies the name; returns the refusal sentence when it cannot. */
  readonly rename: (name: string) => string | undefined;
  readonly hint?: string;
}

export function NameField({ path, label, name, rename, hint }: NameFieldProps) {
  const { readOnly, problemsAt } = useBuilder();
  const id = fieldId(path);
  const [text, setText] = useState(name);
  const [refusal, setRefusal] = useState<string | null>(null);
  useEffect(() => setText(name), [name]);

  function apply() {
    const wanted = text.trim();
    if (wanted === name) return setRefusal(null);
    const refused = rename(wanted);
    if (refused === undefined) return setRefusal(null);
    setRefusal(`${refused} The name stays "${name}".`);
    setText(name);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      apply();
    }
  }

  const invalid = refusal !== null || problemsAt(path).length > 0;
  const describedBy = [`${id}-hint`, refusal ? `${id}-refusal` : "", invalid ? `${id}-problems` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field builder-name">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="hint">
        {hint ?? "Stored with each answer and used as the column name in exports."}
      </p>
      <input
        id={id}
        type="text"
        value={text}
        spellCheck={false}
        autoComplete="off"
        disabled={readOnly}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => setText(event.target.value)}
        onBlur={apply}
        onKeyDown={onKeyDown}
      />
      {refusal && (
        <p id={`${id}-refusal`} className="field-problem" role="alert">
          {refusal}
        </p>
      )}
      <FieldProblems path={path} />
    </div>
  );
}
