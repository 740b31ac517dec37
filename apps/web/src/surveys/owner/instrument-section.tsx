import { useQuery } from "@tanstack/react-query";
import { surveyPath } from "../../api/survey-endpoints.ts";
import { instrumentJsonQuery, surveyQuery } from "../../api/survey-queries.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { LazySurveyForm } from "../respondent/lazy-survey-form.tsx";
import { InstrumentBuilder } from "./builder/instrument-builder.tsx";
import { InstrumentUpload } from "./instrument-upload.tsx";
import { useSurveyParams } from "./use-survey.tsx";

const ignoreSubmit = () => {};

/**
 * /w/:slug/surveys/:id/instrument: the current version and its downloads, the questionnaire
 * editor (read-only once fieldwork has started), upload of a file (drafts), a preview.
 */
export function InstrumentSection() {
  const { slug, surveyId, canWrite } = useSurveyParams();
  const survey = useQuery(surveyQuery(slug, surveyId)).data;
  const version = survey?.instrument?.version;
  const preview = useQuery({
    ...instrumentJsonQuery(slug, surveyId, version ?? 0),
    enabled: version !== undefined,
  });
  const path = surveyPath(slug, surveyId);
  return (
    <section aria-labelledby="instrument-heading">
      <PageTitle page={`Instrument - ${survey?.title ?? "Survey"}`} />
      <h2 id="instrument-heading">Instrument</h2>
      {survey && !survey.instrument && <p>No instrument yet. Build one below, or upload a file.</p>}
      {survey?.instrument && (
        <p>
          Version {survey.instrument.version}, fingerprint <code>{survey.instrument.hash.slice(0, 12)}</code>.
          Download it as{" "}
          <a href={`${path}/instrument?format=surveyjs`} download="instrument.json">
            SurveyJS JSON
          </a>{" "}
          or{" "}
          <a href={`${path}/instrument.xlsx`} download="instrument.xlsx">
            XLSForm (.xlsx)
          </a>
          .
        </p>
      )}
      {survey && survey.status !== "draft" && (
        <p>Fieldwork has started, so the instrument cannot change under its respondents.</p>
      )}
      {survey && (canWrite || survey.instrument) && (
        <InstrumentBuilder
          slug={slug}
          surveyId={surveyId}
          surveyTitle={survey.title}
          version={version}
          readOnly={!canWrite || survey.status !== "draft"}
        />
      )}
      {canWrite && survey?.status === "draft" && <InstrumentUpload slug={slug} surveyId={surveyId} />}
      {version !== undefined && (
        <section aria-labelledby="preview-heading" className="instrument-preview">
          <h3 id="preview-heading">Preview</h3>
          <p className="hint">The form as respondents will see it. Nothing you enter here is stored.</p>
          <ErrorAlert error={preview.error} />
          {preview.data && (
            <LazySurveyForm
              json={preview.data}
              answers={{}}
              onSubmit={ignoreSubmit}
              completeText="End of preview"
            />
          )}
        </section>
      )}
    </section>
  );
}
