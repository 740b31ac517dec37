import { EmptyState } from "../components/empty-state.tsx";

/** /w/:slug/surveys: the Surveys area (empty until stakeholder surveys land). */
export function SurveysPage() {
  return (
    <EmptyState
      title="Surveys"
      sentence="Surveys will run stakeholder surveys with SMEs and partners, from the sampling frame to the report."
      coming={[
        "Questionnaires with personal invitations and reminders to non-respondents only",
        "Response tracking: live response rates by the AAPOR standard",
        "Results weighted to the business population, with confidence intervals",
      ]}
    />
  );
}
