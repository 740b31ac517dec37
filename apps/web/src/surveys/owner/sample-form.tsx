import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { surveyApi, surveyKeys } from "../../api/survey-queries.ts";
import type { StratumUnits } from "../../api/survey-types.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { TextField } from "../../components/text-field.tsx";
import { type DesignKind, designFrom, designKinds, designLabels } from "./sample-design.ts";
import { stratumLabel } from "./survey-texts.ts";

interface SampleFormProps {
  readonly slug: string;
  readonly surveyId: string;
  readonly frameId: string;
  readonly strata: readonly StratumUnits[];
}

/** "Draw the sample": a seed (same seed, same frame -> same sample) and a design. */
export function SampleForm({ slug, surveyId, frameId, strata }: SampleFormProps) {
  const id = useId();
  const queryClient = useQueryClient();
  const [seed, setSeed] = useState("");
  const [kind, setKind] = useState<DesignKind>("all");
  const [size, setSize] = useState("");
  const [sizes, setSizes] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const draw = useMutation({
    mutationFn: (design: Parameters<typeof surveyApi.drawSample>[4]) =>
      surveyApi.drawSample(slug, surveyId, frameId, seed.trim(), design),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveyKeys.survey(slug, surveyId) }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (seed.trim() === "")
      return setProblem({ field: "seed", message: "Enter a seed (any text, kept with the sample)." });
    const stratumSizes = Object.fromEntries(strata.map((s) => [s.stratum, sizes[s.stratum] ?? ""]));
    const choice = designFrom(kind, size, stratumSizes);
    if (!choice.ok) return setProblem({ field: choice.field, message: choice.message });
    setProblem(null);
    draw.mutate(choice.design);
  };
  const problemFor = (field: string) => (problem?.field === field ? problem.message : undefined);
  return (
    <form onSubmit={submit} noValidate className="survey-upload">
      <h3>Draw the sample</h3>
      <ErrorAlert error={draw.error} />
      <TextField
        label="Seed"
        hint="Any text. The same seed and frame always give the same sample, so it can be reproduced."
        value={seed}
        problem={problemFor("seed")}
        onChange={(event) => setSeed(event.target.value)}
      />
      <div className="field">
        <label htmlFor={`${id}-design`}>Design</label>
        <select
          id={`${id}-design`}
          value={kind}
          onChange={(event) => setKind(event.target.value as DesignKind)}
        >
          {designKinds.map((option) => (
            <option key={option} value={option}>
              {designLabels[option]}
            </option>
          ))}
        </select>
      </div>
      {(kind === "simple" || kind === "proportional") && (
        <TextField
          label="Sample size"
          inputMode="numeric"
          value={size}
          problem={problemFor("size")}
          onChange={(event) => setSize(event.target.value)}
        />
      )}
      {kind === "given" &&
        strata.map((stratum) => (
          <TextField
            key={stratum.stratum}
            label={`Sample size in ${stratumLabel(stratum.stratum)} (${stratum.units} in the frame)`}
            inputMode="numeric"
            value={sizes[stratum.stratum] ?? ""}
            problem={problemFor(stratum.stratum)}
            onChange={(event) => setSizes({ ...sizes, [stratum.stratum]: event.target.value })}
          />
        ))}
      <button type="submit" className="button-primary" disabled={draw.isPending}>
        Draw sample
      </button>
      {draw.isSuccess && (
        <p role="status" className="success">
          Sample drawn: {draw.data.strata.reduce((sum, s) => sum + s.sample, 0)} organisations.
        </p>
      )}
    </form>
  );
}
