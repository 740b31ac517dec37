import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { surveyPath } from "../../api/survey-endpoints.ts";
import { surveyKeys } from "../../api/survey-queries.ts";
import type { FrameImported } from "../../api/survey-types.ts";
import { type SurveyUploadResult, uploadSurveyFile } from "../../api/survey-upload.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { DuplicatesTable } from "./duplicates-table.tsx";
import { SurveyProblems } from "./survey-problems.tsx";

/** "Upload a sampling frame": a CSV / XLSX of organisations; duplicates and problems as tables. */
export function FrameUpload({ slug, surveyId }: { slug: string; surveyId: string }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState("");
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
      `${surveyPath(slug, surveyId)}/frame?name=${encodeURIComponent(frameName)}`,
      file,
    );
    setOutcome(result);
    setBusy(false);
    if (result.ok) await queryClient.invalidateQueries({ queryKey: surveyKeys.survey(slug, surveyId) });
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
      <button type="submit" className="button-primary" disabled={busy}>
        Upload frame
      </button>
      <ErrorAlert error={missing} />
      {busy && <p role="status">Reading the frame…</p>}
      {outcome?.ok && (
        <>
          <p role="status" className="success">
            Stored {outcome.body.units} organisations in {outcome.body.strata.length} strata
            {outcome.body.duplicates.length > 0
              ? `; ${outcome.body.duplicates.length} rows look like duplicates (listed below).`
              : "; no duplicates found."}
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
