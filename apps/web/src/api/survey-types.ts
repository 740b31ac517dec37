// The JSON shapes of the survey API (issue 6), as the browser reads them: the domain's reply
// types (packages/domain/src/survey-api), the same ones the server's use cases return and its
// OpenAPI document describes, with dates as ISO 8601 strings. Types only: the browser does not
// parse the replies.
import type {
  CategoryResult,
  IntervalResult,
  QuestionResult,
  SurveyAnonymity,
  SurveyViewJson,
} from "@smartspec/domain";

export type {
  CaseDispositionRow,
  DailyEventCount,
  DispositionCode,
  FieldworkDashboardJson as FieldworkDashboard,
  FrameDuplicate,
  FrameImported,
  InstrumentSaved,
  InvitationsSent,
  OutcomeRates,
  ReminderWaveJson as ReminderWave,
  RespondentForm,
  SampleDrawn,
  SampleStratum,
  StratumFieldwork,
  StratumUnits,
  SurveyDetailJson as SurveyDetail,
  SurveyViewJson as SurveyView,
} from "@smartspec/domain";
export { dispositionCodes, surveyAnonymityModes as anonymityModes } from "@smartspec/domain";

export type AnonymityMode = SurveyAnonymity;
export type SurveyStatus = SurveyViewJson["status"];

/** A problem with an uploaded instrument (path into the JSON) or frame (line and column). */
export interface SurveyProblem {
  readonly path?: readonly (string | number)[] | string;
  readonly line?: number;
  readonly column?: number | string;
  readonly message: string;
}

export type SampleDesign =
  | { readonly kind: "all" }
  | { readonly kind: "simple"; readonly size: number }
  | { readonly kind: "stratified"; readonly size: number; readonly allocation: "proportional" }
  | { readonly kind: "stratified"; readonly sizes: Readonly<Record<string, number>> };

export type { QuestionResult, SurveyResultsReply as SurveyResults } from "@smartspec/domain";
export type CategoryEstimate = CategoryResult;
export type IntervalEstimate = IntervalResult;
export type LikertResult = NonNullable<QuestionResult["likert"]>;
