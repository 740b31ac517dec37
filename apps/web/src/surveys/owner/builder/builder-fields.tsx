// The builder's labelled inputs. Each has the id of its path in the instrument (so a problem can
// take the author to it), shows that path's problems under it, and is marked invalid while it has one.
import type { ProblemPath } from "@smartspec/domain";
import type { ReactNode } from "react";
import { useBuilder } from "./builder-context.tsx";
import { fieldId } from "./builder-paths.ts";

/** The problems of one path, read with the field (aria-describedby points here). */
export function FieldProblems({ path }: { path: ProblemPath }) {
  const problems = useBuilder().problemsAt(path);
  if (problems.length === 0) return null;
  return (
    <ul id={`${fieldId(path)}-problems`} className="builder-field-problems">
      {problems.map((problem) => (
        <li key={problem.message}>{problem.message}</li>
      ))}
    </ul>
  );
}

function useFieldState(path: ProblemPath, hint: string | undefined) {
  const id = fieldId(path);
  const invalid = useBuilder().problemsAt(path).length > 0;
  const described = [hint ? `${id}-hint` : "", invalid ? `${id}-problems` : ""].filter(Boolean).join(" ");
  return { id, invalid: invalid ? true : undefined, describedBy: described || undefined };
}

interface TextProps {
  readonly path: ProblemPath;
  readonly label: string;
  readonly value: string | undefined;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly multiline?: boolean;
  readonly className?: string;
  readonly onBlur?: () => void;
  readonly spellCheck?: boolean;
  /** Read by screen readers after the label but not shown ("of choice 2"), where rows repeat it. */
  readonly labelSuffix?: string;
}

/** The visible label and, for screen readers only, the words that tell repeated rows apart. */
function LabelText({ label, suffix }: { label: string; suffix: string | undefined }) {
  return (
    <>
      {label}
      {suffix && <span className="visually-hidden"> {suffix}</span>}
    </>
  );
}

/** A labelled one-line (or multi-line) text input. */
export function TextInput({
  path,
  label,
  value,
  onChange,
  hint,
  multiline,
  className,
  onBlur,
  spellCheck,
  labelSuffix,
}: TextProps) {
  const { id, invalid, describedBy } = useFieldState(path, hint);
  const props = {
    id,
    value: value ?? "",
    "aria-invalid": invalid,
    "aria-describedby": describedBy,
    disabled: useBuilder().readOnly,
    onBlur,
    spellCheck,
  };
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={id}>
        <LabelText label={label} suffix={labelSuffix} />
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...props} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...props} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldProblems path={path} />
    </div>
  );
}

interface NumberProps {
  readonly path: ProblemPath;
  readonly label: string;
  readonly value: number | undefined;
  readonly onChange: (value: number | undefined) => void;
  readonly hint?: string;
  readonly step?: number;
  readonly labelSuffix?: string;
}

/** A labelled number input; an empty box is `undefined`. */
export function NumberInput({ path, label, value, onChange, hint, step, labelSuffix }: NumberProps) {
  const { id, invalid, describedBy } = useFieldState(path, hint);
  return (
    <div className="field builder-number">
      <label htmlFor={id}>
        <LabelText label={label} suffix={labelSuffix} />
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="number"
        step={step ?? "any"}
        value={value === undefined || Number.isNaN(value) ? "" : String(value)}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        disabled={useBuilder().readOnly}
        onChange={(event) => {
          const text = event.target.value.trim();
          const number = Number(text);
          onChange(text === "" || !Number.isFinite(number) ? undefined : number);
        }}
      />
      <FieldProblems path={path} />
    </div>
  );
}

interface CheckboxProps {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly hint?: string;
}

/** A checkbox with its label beside it. */
export function CheckboxInput({ id, label, checked, onChange, hint }: CheckboxProps) {
  return (
    <div className="checkbox-field">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={useBuilder().readOnly}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A fieldset with a legend whose id is its path, so a problem about the whole group can focus it. */
export function FieldGroup({
  path,
  legend,
  children,
  className,
}: {
  path: ProblemPath;
  legend: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset className={`builder-group ${className ?? ""}`}>
      <legend id={fieldId(path)} tabIndex={-1}>
        {legend}
      </legend>
      <FieldProblems path={path} />
      {children}
    </fieldset>
  );
}
