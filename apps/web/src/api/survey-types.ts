// The JSON shapes of the survey API (issue 6; contract in the survey API brief), as the browser
// reads them. Plain types: the server validates, the pages only read. Dates are ISO 8601 strings.
import type { WeightsSummary } from "./survey-weighting-types.ts";

export const anonymityModes = ["identified", "confidential", "anonymous"] as const;
export type AnonymityMode = (typeof anonymityModes)[number];

export type SurveyStatus = "draft" | "live" | "closed";

/** A survey as listed and as the head of its own page. */
export interface SurveyView {
  readonly id: string;
  readonly title: string;
  readonly status: SurveyStatus;
  readonly anonymity: AnonymityMode;
  /** Whether an open (non-personal) link is on; the server may also name its kind. */
  readonly openLink: boolean | "off" | "anonymous" | "self-identified";
  /** The open link while it is on. */
  readonly openLinkUrl?: string | null;
  readonly liveVersion?: number | null;
  readonly createdAt?: string;
  readonly launchedAt?: string | null;
  readonly closedAt?: string | null;
}

export interface StratumUnits {
  readonly stratum: string;
  readonly units: number;
}

/** One design stratum of a drawn sample: N_h, n_h and the design weight N_h / n_h. */
export interface SampleStratum {
  readonly stratum: string;
  readonly population: number;
  readonly sample: number;
  readonly weight: number | null;
}

/** GET {s}: the survey with its instrument, frame and sample, each null until there is one. */
export interface SurveyDetail extends SurveyView {
  readonly instrument: { readonly version: number; readonly hash: string } | null;
  readonly frame: {
    readonly frameId: string;
    readonly units: number;
    readonly strata: readonly StratumUnits[] | number;
  } | null;
  readonly sample: { readonly sampleId: string; readonly strata: readonly SampleStratum[] } | null;
}

export interface InstrumentSaved {
  readonly version: number;
  readonly hash: string;
  readonly created: boolean;
}

/** A problem with an uploaded instrument (path into the JSON) or frame (line and column). */
export interface SurveyProblem {
  readonly path?: readonly (string | number)[] | string;
  readonly line?: number;
  readonly column?: number | string;
  readonly message: string;
}

export interface FrameDuplicate {
  readonly rowNumber: number;
  readonly duplicateOf: number;
  readonly reason: string;
}

export interface FrameImported {
  readonly frameId: string;
  readonly units: number;
  readonly duplicates: readonly FrameDuplicate[];
  readonly strata: readonly StratumUnits[];
}

export type SampleDesign =
  | { readonly kind: "all" }
  | { readonly kind: "simple"; readonly size: number }
  | { readonly kind: "stratified"; readonly size: number; readonly allocation: "proportional" }
  | { readonly kind: "stratified"; readonly sizes: Readonly<Record<string, number>> };

export interface SampleDrawn {
  readonly sampleId: string;
  readonly strata: readonly SampleStratum[];
}

export interface InvitationsSent {
  readonly invited: number;
  readonly skippedNoEmail: number;
  readonly skippedSuppressed: number;
}

export interface ReminderWave {
  readonly wave: number;
  readonly dueAt: string;
  readonly subject: string;
  readonly enqueuedAt: string | null;
  readonly mailCount: number | null;
}

export const dispositionCodes = ["I", "P", "R", "NC", "O", "UH", "UO", "NE"] as const;
export type DispositionCode = (typeof dispositionCodes)[number];

export interface DailyEventCount {
  readonly kind: string;
  /** YYYY-MM-DD (UTC) */
  readonly day: string;
  readonly stratum: string;
  readonly cases: number;
}

export interface StratumFieldwork {
  readonly stratum: string;
  readonly frameUnits: number;
  readonly cases: number;
  readonly invited: number;
  readonly completed: number;
  readonly dispositions: Readonly<Record<DispositionCode, number>>;
}

export interface OutcomeRates {
  readonly rates: Readonly<Record<string, number | null>>;
  readonly e: number | null;
  readonly eBasis: string;
  readonly counts: Readonly<Record<DispositionCode, number>>;
}

/** GET {s}/dashboard */
export interface FieldworkDashboard {
  readonly daily: readonly DailyEventCount[];
  readonly strata: readonly StratumFieldwork[];
  readonly mailsByWave: readonly { readonly wave: number; readonly mails: number }[];
  readonly dispositions: Readonly<Record<DispositionCode, number>>;
  readonly rates: OutcomeRates;
  readonly partialThreshold: number;
  readonly ruleSet: string;
}

/** GET {s}/dispositions: one row per case. */
export interface CaseDispositionRow {
  readonly caseId: string;
  readonly rowNumber: number;
  readonly organisationName: string;
  readonly stratum: string;
  readonly code: DispositionCode;
  readonly rule: number;
  readonly subtype: string | null;
}

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
}

/** GET /api/respond/{token} (or the open link). */
export interface RespondentForm {
  readonly survey: {
    readonly title: string;
    readonly anonymity: AnonymityMode;
    readonly notice: string;
    readonly closesAt?: string | null;
  };
  readonly instrument: Record<string, unknown>;
  readonly variant?: string | null;
  readonly answers: Record<string, unknown>;
  readonly status: "open" | "completed";
  /** Open links: the key the server keeps this browser's answers under. */
  readonly resumeKey?: string | null;
}
