// The survey context of the server: the platform plus the domain's response checks. Stored
// instrument versions are validated domain instruments (routes save nothing else), so the
// validator re-reads them with validateInstrument and runs validateResponse; progress is the share
// of required questions shown to the respondent that they have answered. Both see the respondent's
// split-ballot variant (questions of other variants are hidden). The log receives event names and
// ids only: the survey use cases never pass tokens, resume keys or emails.
import {
  type Instrument,
  instrumentQuestions,
  validateInstrument,
  validateResponse,
} from "@smartspec/domain";
import {
  createSurveyContext,
  type PlatformContext,
  type ProgressMeasure,
  type RespondentOptions,
  type ResponseValidator,
  type SurveyContext,
} from "@smartspec/services";
import type { Logger } from "../../http/logger.ts";

/** The domain instrument of a stored version; instruments are parsed once per stored object. */
const parsed = new WeakMap<object, Instrument | null>();
function instrumentOf(json: unknown): Instrument | null {
  if (json === null || typeof json !== "object") return null;
  let instrument = parsed.get(json);
  if (instrument === undefined) {
    const result = validateInstrument(json);
    instrument = result.ok ? result.instrument : null;
    parsed.set(json, instrument);
  }
  return instrument;
}

/** The domain's response options for a respondent: no variant when the instrument has no split ballot. */
function variantOption(options: RespondentOptions | undefined): { readonly variant?: string } {
  return options?.variant == null ? {} : { variant: options.variant };
}

/** validateResponse of the domain, complete (every required question shown must be answered). */
export const checkResponse: ResponseValidator = (json, answers, options) => {
  const instrument = instrumentOf(json);
  if (instrument === null) {
    return {
      ok: false,
      problems: [{ question: "", code: "instrument", message: "the survey's instrument cannot be read" }],
    };
  }
  const result = validateResponse(instrument, answers, variantOption(options));
  return result.ok ? { ok: true, answers: { ...result.answers } } : result;
};

/**
 * Share (0..1) of the required questions shown to the respondent that are answered; with no
 * required question shown, the share of shown questions answered; null when the instrument cannot
 * be read. Answers that do not fit their question are left out before measuring.
 */
export const measureProgress: ProgressMeasure = (json, answers, options) => {
  const instrument = instrumentOf(json);
  if (instrument === null) return null;
  const variant = variantOption(options);
  let draft = validateResponse(instrument, answers, { ...variant, complete: false });
  if (!draft.ok) {
    const bad = new Set(draft.problems.map((p) => p.question));
    const kept = Object.fromEntries(
      Object.entries(answers).filter(([key]) => !bad.has(key.replace(/-Comment$/, ""))),
    );
    draft = validateResponse(instrument, kept, { ...variant, complete: false });
    if (!draft.ok) return null;
  }
  const accepted = draft.answers;
  const full = validateResponse(instrument, accepted, variant);
  const missing = full.ok ? [] : full.problems.filter((p) => p.code === "required").map((p) => p.question);
  const questions = instrumentQuestions(instrument);
  const answeredRequired = questions.filter((q) => q.required && Object.hasOwn(accepted, q.name)).length;
  if (answeredRequired + missing.length > 0) return answeredRequired / (answeredRequired + missing.length);
  const answered = questions.filter((q) => Object.hasOwn(accepted, q.name)).length;
  return questions.length === 0 ? null : answered / questions.length;
};

/** The survey context the routes and the mail loop use. */
export function serverSurveyContext(platform: PlatformContext, logger: Logger): SurveyContext {
  return createSurveyContext(platform, {
    validateResponse: checkResponse,
    measureProgress,
    log: (event, fields) => logger.info({ ...fields, event }, "survey"),
  });
}
