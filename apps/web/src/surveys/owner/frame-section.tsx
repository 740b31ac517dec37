import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { surveyQuery } from "../../api/survey-queries.ts";
import type { FrameImported, StratumUnits } from "../../api/survey-types.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { FrameUpload } from "./frame-upload.tsx";
import { SampleForm } from "./sample-form.tsx";
import { StrataTable } from "./strata-table.tsx";
import { useSurveyParams } from "./use-survey.tsx";

const strataList = (strata: readonly StratumUnits[] | number | undefined): readonly StratumUnits[] =>
  Array.isArray(strata) ? strata : [];

/**
 * /w/:slug/surveys/:id/frame: the sampling frame and the sample drawn from it. The survey reports
 * the frame of its sample; a frame uploaded on this page and not yet sampled is kept here.
 */
export function FrameSection() {
  const { slug, surveyId, canWrite } = useSurveyParams();
  const survey = useQuery(surveyQuery(slug, surveyId)).data;
  const [uploaded, setUploaded] = useState<FrameImported | null>(null);
  const draft = survey?.status === "draft";
  const frame = uploaded ?? survey?.frame ?? null;
  const strata = strataList(frame?.strata);
  return (
    <section aria-labelledby="frame-heading">
      <PageTitle page={`Frame & sample - ${survey?.title ?? "Survey"}`} />
      <h2 id="frame-heading">Frame &amp; sample</h2>
      {survey && !frame && <p>No sampling frame yet.</p>}
      {frame && (
        <p>
          The frame holds {frame.units} organisations
          {strata.length > 0 && ` in ${strata.length} ${strata.length === 1 ? "stratum" : "strata"}`}.
        </p>
      )}
      {survey?.sample && <StrataTable strata={survey.sample.strata} />}
      {canWrite && draft && <FrameUpload slug={slug} surveyId={surveyId} onUploaded={setUploaded} />}
      {canWrite && draft && frame && (
        <SampleForm slug={slug} surveyId={surveyId} frameId={frame.frameId} strata={strata} />
      )}
      {survey && !draft && <p>Fieldwork has started: the frame and the sample are fixed.</p>}
    </section>
  );
}
