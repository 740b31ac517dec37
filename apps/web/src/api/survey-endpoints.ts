// Typed functions for the member side of the survey API (issue 6). Paths, bodies and result
// types only; the client adds the session cookie, the CSRF header and turns errors into ApiError.
import type { ApiClient } from "./api-client.ts";
import { surveyPath } from "./survey-path.ts";
import { type ResultsView, representativenessPath, resultsPath } from "./survey-results-paths.ts";
import type {
  AnonymityMode,
  CaseDispositionRow,
  FieldworkDashboard,
  InstrumentSaved,
  InvitationsSent,
  ReminderWave,
  SampleDesign,
  SampleDrawn,
  SurveyDetail,
  SurveyResults,
  SurveyView,
} from "./survey-types.ts";
import type { SurveyRepresentativeness } from "./survey-weighting-types.ts";

export { surveyPath };

const segment = encodeURIComponent;

/**
 * Where a frame file is posted: its name and, when columns are chosen, the strata they make.
 * Example: `frameUploadPath("ne", "s1", "SMEs", ["size_band", "region"])` ->
 * `/api/workspaces/ne/surveys/s1/frame?name=SMEs&stratifyBy=size_band%2Cregion`.
 */
export function frameUploadPath(
  slug: string,
  surveyId: string,
  name: string,
  stratifyBy: readonly string[],
): string {
  const strata = stratifyBy.length > 0 ? `&stratifyBy=${segment(stratifyBy.join(","))}` : "";
  return `${surveyPath(slug, surveyId)}/frame?name=${segment(name)}${strata}`;
}

export interface NewSurvey {
  readonly title: string;
  readonly anonymity: AnonymityMode;
  readonly openLink: boolean;
}

export interface MailTemplate {
  readonly subject: string;
  readonly text: string;
}

/** The survey routes as functions. Example: `await createSurveyEndpoints(client).surveys("acme")`. */
export function createSurveyEndpoints(client: ApiClient) {
  return {
    surveys: (slug: string) => client.get<SurveyView[]>(surveyPath(slug)),
    createSurvey: (slug: string, survey: NewSurvey) =>
      client.send<SurveyView>("POST", surveyPath(slug), survey),
    survey: (slug: string, id: string) => client.get<SurveyDetail>(surveyPath(slug, id)),
    saveInstrument: (slug: string, id: string, instrument: unknown) =>
      client.send<InstrumentSaved>("PUT", `${surveyPath(slug, id)}/instrument`, {
        format: "surveyjs",
        instrument,
      }),
    instrumentJson: (slug: string, id: string) =>
      client.get<Record<string, unknown>>(`${surveyPath(slug, id)}/instrument?format=surveyjs`),
    drawSample: (slug: string, id: string, frameId: string, seed: string, design: SampleDesign) =>
      client.send<SampleDrawn>("POST", `${surveyPath(slug, id)}/sample`, { frameId, seed, design }),
    launch: (slug: string, id: string) => client.send<SurveyView>("POST", `${surveyPath(slug, id)}/launch`),
    close: (slug: string, id: string) => client.send<SurveyView>("POST", `${surveyPath(slug, id)}/close`),
    invite: (slug: string, id: string, template: MailTemplate) =>
      client.send<InvitationsSent>("POST", `${surveyPath(slug, id)}/invitations`, template),
    scheduleReminder: (slug: string, id: string, wave: number, dueAt: string, template: MailTemplate) =>
      client.send<ReminderWave>("POST", `${surveyPath(slug, id)}/reminders`, { wave, dueAt, ...template }),
    dashboard: (slug: string, id: string) =>
      client.get<FieldworkDashboard>(`${surveyPath(slug, id)}/dashboard`),
    dispositions: (slug: string, id: string) =>
      client.get<CaseDispositionRow[]>(`${surveyPath(slug, id)}/dispositions`),
    /** Without a view: design weights, latest business counts. */
    results: (slug: string, id: string, view?: ResultsView) =>
      client.get<SurveyResults>(resultsPath(slug, id, view)),
    representativeness: (slug: string, id: string, year?: number) =>
      client.get<SurveyRepresentativeness>(representativenessPath(slug, id, year)),
  };
}

export type SurveyEndpoints = ReturnType<typeof createSurveyEndpoints>;
