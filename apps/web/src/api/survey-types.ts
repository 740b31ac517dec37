// The JSON shapes of the survey API (issue 6), as the browser reads them: the domain's reply
// types (packages/domain/src/survey-api), the same ones the server's use cases return and its
// OpenAPI document describes, with dates as ISO 8601 strings. Types only: the browser does not
// parse the replies. Results replies are still typed here until they move to the domain too.
import type { SurveyAnonymity, SurveyViewJson } from "@smartspec/domain";
import type { WeightsSummary } from "./survey-weighting-types.ts";

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

export interface CategoryEstimate {
  readonly value: string;
  readonly label: string;
  readonly proportion: number;
  readonly se: number;
  readonly low: number;
  readonly high: number;
  readonly n: number;
}

export interface IntervalEstimate {
  readonly estimate: number;
  readonly se: number;
  readonly low: number;
  readonly high: number;
}

export interface LikertResult {
  readonly topBox?: IntervalEstimate;
  readonly bottomBox?: IntervalEstimate;
  readonly median?: string;
  readonly diverging: readonly { readonly category: string; readonly start: number; readonly end: number }[];
}

export interface QuestionResult {
  readonly name: string;
  readonly title: string;
  readonly type: string;
  /** The base: respondents who were shown the question and answered it. */
  readonly n: number;
  /** False for text and ranking questions, which are counted only (no intervals). */
  readonly estimated?: boolean;
  readonly categories: readonly CategoryEstimate[];
  readonly likert?: LikertResult;
  readonly multiple?: { readonly weightedMentions?: number };
  readonly mean?: IntervalEstimate;
}

/** GET {s}/results */
export interface SurveyResults {
  /** Completed responses in the estimates, and those left out (open-link answers under a design). */
  readonly responses?: number;
  readonly excluded?: number;
  readonly questions: readonly QuestionResult[];
  readonly weighting: { readonly kind: "design" | "none"; readonly description: string };
  readonly interval?: { readonly method: string; readonly level: number };
  readonly responseRate: {
    readonly RR1: number | null;
    readonly e?: number | null;
    readonly eBasis?: string;
    readonly low?: boolean;
  };
  /** The server's nonresponse caveat when RR1 is low; null otherwise. */
  readonly caveat?: string | null;
  /** The weights behind the estimates (always sent by the server; optional for older replies). */
  readonly weights?: WeightsSummary;
  /** Anonymous surveys: answers held until `anonymousBatchSize` can be released together. */
  readonly anonymousHeld?: number;
  readonly anonymousBatchSize?: number;
}
