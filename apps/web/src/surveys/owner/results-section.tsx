// /w/:slug/surveys/:id/results: the response rate first, the downloads, "who answered", the
// weighting choice (kept in the URL: ?weighting=...&year=...), then each question's estimates.
import { useQuery } from "@tanstack/react-query";
import { Fragment } from "react";
import { resultsQuery, surveyQuery } from "../../api/survey-queries.ts";
import type { SurveyResults } from "../../api/survey-types.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { QuestionResult } from "./question-result.tsx";
import { eBasisText, formatRate, rateDefinitions } from "./rate-definitions.ts";
import { CrosstabPanel } from "./results/crosstab-panel.tsx";
import { heldAnswersText } from "./results/held-answers.ts";
import { ResultsDownloads } from "./results/results-downloads.tsx";
import { estimatesView } from "./results/results-view.ts";
import { useResultsView } from "./results/use-results-view.ts";
import { WeightingPanel } from "./results/weighting-panel.tsx";
import { WhoAnswered } from "./results/who-answered.tsx";
import { lowResponseRate } from "./results-plot.ts";
import { useSurveyParams } from "./use-survey.tsx";
import "./results/results.css";

export function ResultsSection() {
  const { slug, surveyId } = useSurveyParams();
  const { view, setView } = useResultsView();
  const survey = useQuery(surveyQuery(slug, surveyId)).data;
  const results = useQuery({
    ...resultsQuery(slug, surveyId, estimatesView(view)),
    enabled: survey !== undefined && survey.status !== "draft",
  });
  const data = results.data;
  const rr1 = data?.responseRate.RR1 ?? null;
  return (
    <section aria-labelledby="results-heading">
      <PageTitle page={`Results - ${survey?.title ?? "Survey"}`} />
      <h2 id="results-heading">Results</h2>
      {survey?.status === "draft" && <p>Results appear once fieldwork has started and answers come in.</p>}
      {results.isFetching && !data && <p role="status">Computing the results…</p>}
      <ErrorAlert error={results.error} />
      {data && (
        <>
          <ResponseFacts data={data} />
          <HeldAnswers data={data} />
          {rr1 !== null && rr1 < lowResponseRate && (
            <div className="caveat" role="note">
              <strong>Read with care:</strong> only {formatRate(rr1)} of the sampled organisations answered.
              Those who answer may differ from those who did not (for example the keenest firms answer most),
              and the intervals below do not include that possible bias.
            </div>
          )}
          <ResultsDownloads slug={slug} surveyId={surveyId} />
          <WhoAnswered slug={slug} surveyId={surveyId} year={view.year} />
          <WeightingPanel
            view={view}
            onChange={setView}
            results={data}
            updating={results.isPlaceholderData && results.isFetching}
          />
          {data.questions.length === 0 && <p>No answers yet.</p>}
          {data.questions.map((question) => (
            <Fragment key={question.name}>
              <QuestionResult result={question} level={data.interval?.level ?? 0.95} />
              <CrosstabPanel
                slug={slug}
                surveyId={surveyId}
                question={question}
                questions={data.questions}
                view={estimatesView(view)}
                level={data.interval?.level ?? 0.95}
              />
            </Fragment>
          ))}
        </>
      )}
    </section>
  );
}

/** Anonymous surveys: why answers already submitted are not in the results yet. */
function HeldAnswers({ data }: { data: SurveyResults }) {
  const text =
    data.anonymousBatchSize === undefined
      ? null
      : heldAnswersText(data.anonymousHeld ?? 0, data.anonymousBatchSize);
  return text === null ? null : <p role="note">{text}</p>;
}

/** The response rate as AAPOR asks (RR1 with e and its basis) and the responses counted. */
function ResponseFacts({ data }: { data: SurveyResults }) {
  const rate = data.responseRate;
  return (
    <dl className="facts">
      <dt>Response rate</dt>
      <dd>
        {formatRate(rate.RR1)} (AAPOR RR1: {rateDefinitions.RR1})
        {rate.e !== undefined && rate.e !== null && (
          <>
            ; e = {rate.e.toFixed(3)}
            {rate.eBasis ? ` (${eBasisText(rate.eBasis)})` : ""}
          </>
        )}
      </dd>
      {data.responses !== undefined && (
        <>
          <dt>Responses</dt>
          <dd>
            {data.responses} completed
            {data.excluded ? `; ${data.excluded} open-link answers left out of the weighted estimates` : ""}
          </dd>
        </>
      )}
    </dl>
  );
}
