import { useQuery } from "@tanstack/react-query";
import { Link, Outlet } from "@tanstack/react-router";
import { ApiError } from "../../api/api-error.ts";
import { surveyQuery } from "../../api/survey-queries.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { anonymityDescriptions, statusLabels } from "./survey-texts.ts";
import { useSurveyParams } from "./use-survey.tsx";

const sections = [
  { path: "instrument", label: "Instrument" },
  { path: "frame", label: "Frame & sample" },
  { path: "fieldwork", label: "Fieldwork" },
  { path: "results", label: "Results" },
  { path: "coding", label: "Coding" },
] as const;

/** /w/:slug/surveys/:surveyId/*: the survey's name and state, its sections as tabs, the section. */
export function SurveyLayout() {
  const { slug, surveyId } = useSurveyParams();
  const survey = useQuery(surveyQuery(slug, surveyId));
  if (survey.error instanceof ApiError && survey.error.status === 404) {
    return (
      <>
        <PageTitle page="Survey not found" />
        <h1>Survey not found</h1>
        <p>
          This survey does not exist, or you have no access to it.{" "}
          <Link to="/w/$slug/surveys" params={{ slug }}>
            All surveys
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to="/w/$slug/surveys" params={{ slug }}>
          Surveys
        </Link>
      </p>
      <h1>{survey.data?.title ?? "Survey"}</h1>
      <ErrorAlert error={survey.error} />
      {survey.data && (
        <p className="survey-facts">
          <span>{statusLabels[survey.data.status] ?? survey.data.status}</span>
          <span>{anonymityDescriptions[survey.data.anonymity]?.label ?? survey.data.anonymity}</span>
          {survey.data.instrument && <span>Instrument version {survey.data.instrument.version}</span>}
        </p>
      )}
      <nav aria-label="Survey sections" className="survey-tabs">
        <ul>
          {sections.map((section) => (
            <li key={section.path}>
              <Link
                to={`/w/$slug/surveys/$surveyId/${section.path}`}
                params={{ slug, surveyId }}
                activeProps={{ className: "active", "aria-current": "page" }}
              >
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
