import { type InputHTMLAttributes, useId } from "react";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "aria-describedby" | "aria-invalid">;

interface TextFieldProps extends InputProps {
  /** The visible label, which is also the input's accessible name ("Email"). */
  readonly label: string;
  /** Help shown under the label and read with the input. */
  readonly hint?: string;
  /** The problem with the current value; marks the input invalid and is read with it. */
  readonly problem?: string | undefined;
}

/** A labelled input with optional hint and problem text tied to it by aria-describedby. */
export function TextField({ label, hint, problem, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const problemId = problem ? `${id}-problem` : undefined;
  const describedBy = [hintId, problemId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <input id={id} aria-describedby={describedBy} aria-invalid={problem ? true : undefined} {...input} />
      {problem && (
        <p id={problemId} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
