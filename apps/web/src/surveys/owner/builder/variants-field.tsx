// Split ballot on a question or page: which variants see it. No box ticked means everyone does;
// the variants themselves are named in the survey settings.
import type { ProblemPath } from "@smartspec/domain";
import { useBuilder } from "./builder-context.tsx";
import { CheckboxInput, FieldProblems } from "./builder-fields.tsx";
import { fieldId } from "./builder-paths.ts";

interface VariantsFieldProps {
  /** The question's or page's path; the list is at [...path, "variants"]. */
  readonly path: ProblemPath;
  readonly chosen: readonly string[] | undefined;
  readonly onChange: (variants: string[] | undefined) => void;
  readonly what: "question" | "page";
}

export function VariantsField({ path, chosen, onChange, what }: VariantsFieldProps) {
  const known = useBuilder().instrument.settings.splitBallot?.variants;
  const variantsPath = [...path, "variants"];
  if (known === undefined && chosen === undefined) return null;
  const all = [...new Set([...(known ?? []), ...(chosen ?? [])])];
  const toggle = (variant: string, on: boolean) => {
    const next = all.filter((v) => (v === variant ? on : (chosen ?? []).includes(v)));
    onChange(next.length === 0 ? undefined : next);
  };
  return (
    <fieldset className="builder-group builder-variants">
      <legend id={fieldId(variantsPath)} tabIndex={-1}>
        Split ballot: shown to
      </legend>
      <p className="hint">Tick none to show this {what} to every variant.</p>
      <FieldProblems path={variantsPath} />
      {all.map((variant) => (
        <CheckboxInput
          key={variant}
          id={`${fieldId(variantsPath)}-${variant}`}
          label={`Variant ${variant}`}
          checked={(chosen ?? []).includes(variant)}
          onChange={(on) => toggle(variant, on)}
        />
      ))}
    </fieldset>
  );
}
