import { canWriteData } from "@smartspec/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { surveysQuery } from "../api/survey-queries.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { formatTimestamp } from "../lib/format.ts";
import { useWorkspace } from "../shell/workspace-context.tsx";
import { CreateSurveyForm } from "../surveys/owner/create-survey-form.tsx";
import { anonymityDescriptions, statusLabels } from "../surveys/owner/survey-texts.ts";

/** /w/:slug/surveys: the workspace's surveys; analysts and owners also create one here. */
export function SurveysPage() {
  const workspace = useWorkspace();
  const list = useQuery(surveysQuery(workspace.slug));
  return (
    <>
      <PageTitle page="Surveys" />
      <h1>Surveys</h1>
      <p className="lead">
        Stakeholder surveys from the sampling frame to weighted results: invitations, reminders to those who
        have not answered, AAPOR response rates.
      </p>
      {list.isPending && <p role="status">Loading surveys…</p>}
      <ErrorAlert error={list.error} />
      {list.data && list.data.length === 0 && <p>No surveys yet.</p>}
      {list.data && list.data.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Surveys of {workspace.name}</caption>
            <thead>
              <tr>
                <th scope="col">Survey</th>
                <th scope="col">Status</th>
                <th scope="col">Anonymity</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((survey) => (
                <tr key={survey.id}>
                  <td>
                    <Link
                      to="/w/$slug/surveys/$surveyId/instrument"
                      params={{ slug: workspace.slug, surveyId: survey.id }}
                    >
                      {survey.title}
                    </Link>
                  </td>
                  <td>{statusLabels[survey.status] ?? survey.status}</td>
                  <td>{anonymityDescriptions[survey.anonymity]?.label ?? survey.anonymity}</td>
                  <td>{formatTimestamp(survey.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canWriteData(workspace.role) && <CreateSurveyForm slug={workspace.slug} />}
    </>
  );
}
