import { useQuery } from "@tanstack/react-query";
import { surveyQuery } from "../../api/survey-queries.ts";
import type { StratumUnits } from "../../api/survey-types.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { FrameUpload } from "./frame-upload.tsx";
import { SampleForm } from "./sample-form.tsx";
import { StrataTable } from "./strata-table.tsx";
import { useSurveyParams } from "./use-survey.tsx";

const strataList = (strata: readonly StratumUnits[] | number | undefined): readonly StratumUnits[] =>
  Array.isArray(strata) ? strata : [];

/** /w/:slug/surveys/:id/frame: the sampling frame and the sample drawn from it. */
export function FrameSection() {
  const { slug, surveyId, canWrite } = useSurveyParams();
  const survey = useQuery(surveyQuery(slug, surveyId)).data;
  const draft = survey?.status === "draft";
  return (
    <section aria-labelledby="frame-heading">
      <PageTitle page={`Frame & sample - ${survey?.title ?? "Survey"}`} />
      <h2 id="frame-heading">Frame &amp; sample</h2>
      {survey && !survey.frame && <p>No sampling frame yet.</p>}
      {survey?.frame && (
        <p>
          The frame holds {survey.frame.units} organisations
          {strataList(survey.frame.strata).length > 0 &&
            ` in ${strataList(survey.frame.strata).length} strata`}
          .
        </p>
      )}
      {survey?.sample && <StrataTable strata={survey.sample.strata} />}
      {canWrite && draft && <FrameUpload slug={slug} surveyId={surveyId} />}
      {canWrite && draft && survey?.frame && (
        <SampleForm
          slug={slug}
          surveyId={surveyId}
          frameId={survey.frame.frameId}
          strata={strataList(survey.frame.strata)}
        />
      )}
      {survey && !draft && <p>Fieldwork has started: the frame and the sample are fixed.</p>}
    </section>
  );
}
