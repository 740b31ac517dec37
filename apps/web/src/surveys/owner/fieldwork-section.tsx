import { useQuery } from "@tanstack/react-query";
import { surveyQuery } from "../../api/survey-queries.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { FieldworkDashboard } from "./fieldwork-dashboard.tsx";
import { InvitationForm } from "./invitation-form.tsx";
import { LaunchPanel } from "./launch-panel.tsx";
import { ReminderForm } from "./reminder-form.tsx";
import { useSurveyParams } from "./use-survey.tsx";

/** /w/:slug/surveys/:id/fieldwork: launch, invitations, reminders and the live dashboard. */
export function FieldworkSection() {
  const { slug, surveyId, canWrite } = useSurveyParams();
  const survey = useQuery(surveyQuery(slug, surveyId)).data;
  return (
    <section aria-labelledby="fieldwork-heading">
      <PageTitle page={`Fieldwork - ${survey?.title ?? "Survey"}`} />
      <h2 id="fieldwork-heading">Fieldwork</h2>
      {survey && canWrite && <LaunchPanel slug={slug} survey={survey} />}
      {survey?.openLinkUrl && (
        <p>
          Open link (anyone with it can answer): <code className="code">{survey.openLinkUrl}</code>
        </p>
      )}
      {survey?.status === "live" && canWrite && (
        <div className="two-columns">
          <InvitationForm slug={slug} surveyId={surveyId} />
          <ReminderForm slug={slug} surveyId={surveyId} />
        </div>
      )}
      {survey && survey.status !== "draft" && <FieldworkDashboard slug={slug} surveyId={surveyId} />}
      {survey?.status === "draft" && <p>The dashboard starts with fieldwork.</p>}
    </section>
  );
}
