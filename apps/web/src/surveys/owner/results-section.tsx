import { useQuery } from "@tanstack/react-query";
import { resultsQuery, surveyQuery } from "../../api/survey-queries.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { QuestionResult } from "./question-result.tsx";
import { eBasisText, formatRate, rateDefinitions } from "./rate-definitions.ts";
import { lowResponseRate } from "./results-plot.ts";
import { useSurveyParams } from "./use-survey.tsx";

/** /w/:slug/surveys/:id/results: the response rate and weighting first, then each question. */
export function ResultsSection() {
  const { slug, surveyId } = useSurveyParams();
  const survey = useQuery(surveyQuery(slug, surveyId)).data;
  const results = useQuery({
    ...resultsQuery(slug, surveyId),
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
          <dl className="facts">
            <dt>Response rate</dt>
            <dd>
              {formatRate(rr1)} (AAPOR RR1: {rateDefinitions.RR1})
              {data.responseRate.e !== undefined && data.responseRate.e !== null && (
                <>
                  ; e = {data.responseRate.e.toFixed(3)}
                  {data.responseRate.eBasis ? ` (${eBasisText(data.responseRate.eBasis)})` : ""}
                </>
              )}
            </dd>
            {data.responses !== undefined && (
              <>
                <dt>Responses</dt>
                <dd>
                  {data.responses} completed
                  {data.excluded
                    ? `; ${data.excluded} open-link answers left out of the weighted estimates`
                    : ""}
                </dd>
              </>
            )}
            <dt>Weighting</dt>
            <dd>
              {data.weighting.kind === "design" ? "" : "Unweighted: "}
              {data.weighting.description}
            </dd>
          </dl>
          {rr1 !== null && rr1 < lowResponseRate && (
            <div className="caveat" role="note">
              <strong>Read with care:</strong> only {formatRate(rr1)} of the sampled organisations answered.
              Those who answer may differ from those who did not (for example the keenest firms answer most),
              and the intervals below do not include that possible bias.
            </div>
          )}
          {data.questions.length === 0 && <p>No answers yet.</p>}
          {data.questions.map((question) => (
            <QuestionResult key={question.name} result={question} level={data.interval?.level ?? 0.95} />
          ))}
        </>
      )}
    </section>
  );
}
