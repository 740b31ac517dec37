// Uploads an instrument: SurveyJS JSON (checked in the browser first with the domain's own
// importer, so problems show before a round trip) or an XLSForm workbook (checked by the server).
import { fromSurveyJs } from "@smartspec/domain";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { surveyPath } from "../../api/survey-endpoints.ts";
import { surveyKeys } from "../../api/survey-queries.ts";
import type { InstrumentSaved, SurveyProblem } from "../../api/survey-types.ts";
import { type SurveyUploadResult, sendSurveyBody, uploadSurveyFile } from "../../api/survey-upload.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { SurveyProblems } from "./survey-problems.tsx";

type Outcome = SurveyUploadResult<InstrumentSaved>;

async function sendInstrument(slug: string, surveyId: string, file: File): Promise<Outcome> {
  const path = surveyPath(slug, surveyId);
  if (/\.xlsx$/i.test(file.name)) return uploadSurveyFile<InstrumentSaved>(`${path}/instrument.xlsx`, file);
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    return { ok: false, message: `${file.name} is not JSON: ${(error as Error).message}`, problems: [] };
  }
  const checked = fromSurveyJs(json);
  if (!checked.ok) {
    return {
      ok: false,
      message: `${file.name} cannot be used as it is: ${checked.problems.length} problem(s).`,
      problems: checked.problems as readonly SurveyProblem[],
    };
  }
  return sendSurveyBody<InstrumentSaved>(
    "PUT",
    `${path}/instrument`,
    JSON.stringify({ format: "surveyjs", instrument: json }),
    "application/json",
  );
}

/** The "Upload an instrument" form of a draft survey. */
export function InstrumentUpload({ slug, surveyId }: { slug: string; surveyId: string }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [missing, setMissing] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setMissing("Choose a SurveyJS JSON file or an XLSForm workbook (.xlsx).");
    setMissing(null);
    setBusy(true);
    const result = await sendInstrument(slug, surveyId, file);
    setOutcome(result);
    setBusy(false);
    if (result.ok) await queryClient.invalidateQueries({ queryKey: surveyKeys.survey(slug, surveyId) });
  }

  return (
    <form onSubmit={submit} noValidate className="survey-upload">
      <h3>Upload an instrument</h3>
      <p>
        A SurveyJS survey (.json) or an XLSForm workbook (.xlsx). Each upload that differs from the last makes
        a new version; the version live when fieldwork starts is frozen.
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>Instrument file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.xlsx,application/json"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <button type="submit" className="button-primary" disabled={busy}>
        Upload instrument
      </button>
      <ErrorAlert error={missing} />
      {busy && <p role="status">Checking the instrument…</p>}
      {outcome?.ok && (
        <p role="status" className="success">
          {outcome.body.created
            ? `Saved as version ${outcome.body.version}.`
            : `Unchanged: this is version ${outcome.body.version} already.`}
        </p>
      )}
      {outcome && !outcome.ok && (
        <>
          <ErrorAlert error={outcome.message} />
          {outcome.problems.length > 0 && (
            <SurveyProblems problems={outcome.problems} caption="Problems in the instrument" />
          )}
        </>
      )}
    </form>
  );
}
