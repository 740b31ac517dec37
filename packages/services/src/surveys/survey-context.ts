// What the survey use cases need beyond the platform context: the response validator (injected so
// the domain's instrument model can be wired in by the composition root), an optional progress
// measure for break-off partials, and an optional structured logger that never receives a token.
// Both checks receive the respondent's split-ballot variant (respondent-variant.ts).
import type { PlatformContext } from "../platform/platform-context.ts";

/** The result of checking answers against an instrument (the domain's validateResponse fits). */
export type ResponseCheck =
  | { readonly ok: true; readonly answers: Record<string, unknown> }
  | { readonly ok: false; readonly problems: readonly unknown[] };

/** Who is answering, as far as the checks need to know. */
export interface RespondentOptions {
  /** The respondent's split-ballot variant; null (or absent) when the instrument has no split ballot. */
  readonly variant?: string | null;
}

/**
 * Checks submitted answers against the live instrument JSON: questions and pages limited to other
 * variants than `options.variant` are hidden (not required, their answers dropped).
 */
export type ResponseValidator = (
  instrument: unknown,
  answers: Record<string, unknown>,
  options?: RespondentOptions,
) => ResponseCheck;

/** Share (0..1) of required applicable items answered, or null when it cannot be told. */
export type ProgressMeasure = (
  instrument: unknown,
  answers: Record<string, unknown>,
  options?: RespondentOptions,
) => number | null;

/** One structured log line: an event name and flat fields. Survey use cases never pass a token. */
export type SurveyLogger = (
  event: string,
  fields: Readonly<Record<string, string | number | boolean | null>>,
) => void;

export interface SurveyContext extends PlatformContext {
  readonly validateResponse: ResponseValidator;
  readonly measureProgress: ProgressMeasure;
  readonly log: SurveyLogger;
}

export interface SurveyOptions {
  readonly validateResponse: ResponseValidator;
  /** Default: progress unknown (null), so every break-off counts as a refusal (R), never P. */
  readonly measureProgress?: ProgressMeasure;
  readonly log?: SurveyLogger;
}

/**
 * A survey context over a platform context.
 * Example: `createSurveyContext(platform, { validateResponse: (_i, answers) => ({ ok: true, answers }) })`.
 */
export function createSurveyContext(platform: PlatformContext, options: SurveyOptions): SurveyContext {
  return {
    ...platform,
    validateResponse: options.validateResponse,
    measureProgress: options.measureProgress ?? (() => null),
    log: options.log ?? (() => {}),
  };
}
