import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { frameUploadPath } from "../../api/survey-endpoints.ts";
import { surveyKeys } from "../../api/survey-queries.ts";
import type { FrameImported } from "../../api/survey-types.ts";
import { type SurveyUploadResult, uploadSurveyFile } from "../../api/survey-upload.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { DuplicatesTable } from "./duplicates-table.tsx";
import { SurveyProblems } from "./survey-problems.tsx";

/** The frame columns strata can be made from (the server's `stratifyBy` names), in order. */
const stratumColumns = [
  { column: "size_band", label: "Size band" },
  { column: "region", label: "Region" },
  { column: "sic", label: "SIC code" },
] as const;

/** The end of the "Stored ..." sentence: how many rows look like duplicates. */
function duplicatesText(count: number): string {
  if (count === 0) return "; no duplicates found.";
  return count === 1
    ? "; 1 row looks like a duplicate (listed below)."
    : `; ${count} rows look like duplicates (listed below).`;
}

/**
 * "Upload a sampling frame": a CSV / XLSX of organisations and the columns its strata are made
 * from; duplicates and problems as tables.
 */
export function FrameUpload({
  slug,
  surveyId,
  onUploaded,
}: {
  slug: string;
  surveyId: string;
  /** The frame just stored: the survey shows its own frame only once a sample is drawn from one. */
  onUploaded: (frame: FrameImported) => void;
}) {
  const id = useId();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState("");
  const [stratifyBy, setStratifyBy] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SurveyUploadResult<FrameImported> | null>(null);
  const [missing, setMissing] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setMissing("Choose a CSV or XLSX file of organisations.");
    setMissing(null);
    setBusy(true);
    const frameName = name.trim() || file.name.replace(/\.[^.]+$/, "");
    const result = await uploadSurveyFile<FrameImported>(
      frameUploadPath(slug, surveyId, frameName, stratifyBy),
      file,
    );
    setOutcome(result);
    setBusy(false);
    if (result.ok) {
      onUploaded(result.body);
      await queryClient.invalidateQueries({ queryKey: surveyKeys.survey(slug, surveyId) });
    }
  }

  return (
    <form onSubmit={submit} noValidate className="survey-upload">
      <h3>Upload a sampling frame</h3>
      <p>
        A CSV or XLSX file with one organisation per row and the columns <code>name</code>, <code>email</code>
        , <code>sic</code> (SIC 2007 code), <code>size_band</code>, <code>region</code> and optionally{" "}
        <code>postcode</code>. Other columns are kept. Nothing is stored when the file has problems.
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>Frame file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.xlsx,text/csv"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>Frame name</label>
        <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <fieldset className="choice-group">
        <legend>Strata</legend>
        <p className="hint">
          Each combination of the ticked columns is a stratum (for a stratified sample). With none ticked, the
          frame is one stratum. A <code>stratum</code> column in the file is used as it is.
        </p>
        {stratumColumns.map(({ column, label }) => (
          <div key={column} className="choice">
            <input
              type="checkbox"
              id={`${id}-${column}`}
              checked={stratifyBy.includes(column)}
              onChange={(event) =>
                setStratifyBy(
                  stratumColumns
                    .map((c) => c.column)
                    .filter((c) => (c === column ? event.target.checked : stratifyBy.includes(c))),
                )
              }
            />
            <label htmlFor={`${id}-${column}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button-primary" disabled={busy}>
        Upload frame
      </button>
      <ErrorAlert error={missing} />
      {busy && <p role="status">Reading the frame…</p>}
      {outcome?.ok && (
        <>
          <p role="status" className="success">
            Stored {outcome.body.units} organisations in {outcome.body.strata.length}{" "}
            {outcome.body.strata.length === 1 ? "stratum" : "strata"}
            {duplicatesText(outcome.body.duplicates.length)}
          </p>
          {outcome.body.duplicates.length > 0 && <DuplicatesTable duplicates={outcome.body.duplicates} />}
        </>
      )}
      {outcome && !outcome.ok && (
        <>
          <ErrorAlert error={outcome.message} />
          {outcome.problems.length > 0 && (
            <SurveyProblems problems={outcome.problems} caption="Problems in the file" />
          )}
        </>
      )}
    </form>
  );
}
