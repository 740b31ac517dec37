// Survey fieldwork use cases: authoring (survey, instrument versions, launch), frames and samples,
// invitations and reminders through the durable outbox, the respondent paths (personal and open
// links), dispositions and the dashboard. No HTTP; API in README.md.
export * from "./authoring/create-survey.ts";
export { canonicalJson, instrumentHash } from "./authoring/instrument-hash.ts";
export * from "./authoring/launch-survey.ts";
export * from "./authoring/save-instrument-version.ts";
export * from "./frame/find-duplicates.ts";
export * from "./frame/import-frame.ts";
export * from "./frame/normalise-contact.ts";
export * from "./mailing/issue-invitations.ts";
export * from "./mailing/schedule-reminders.ts";
export * from "./respondent/open-by-token.ts";
export * from "./respondent/open-link.ts";
export * from "./respondent/record-bounce.ts";
export * from "./respondent/respondent-actions.ts";
export type { RespondentView } from "./respondent/respondent-view.ts";
export * from "./respondent/save-progress.ts";
export * from "./respondent/submit-response.ts";
export * from "./results/list-responses.ts";
export * from "./sampling/allocate-sample.ts";
export * from "./sampling/draw-sample.ts";
export * from "./sampling/seeded-random.ts";
export * from "./sampling/select-sample.ts";
export * from "./survey-access.ts";
export * from "./survey-context.ts";
export * from "./survey-links.ts";
export * from "./survey-mail-texts.ts";
export type * from "./survey-views.ts";
export * from "./tracking/case-disposition.ts";
export * from "./tracking/fieldwork-dashboard.ts";
