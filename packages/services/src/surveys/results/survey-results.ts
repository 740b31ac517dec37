// The results use case: a survey's completed responses (identified, confidential and anonymous
// alike), placed in their sample strata where the design allows, estimated question by question,
// with the response rate from the case dispositions. Any member may read it; nothing in it names
// a respondent or a case. Split ballot: each response carries its variant; a question shown to some
// variants only was answered (and is estimated) by their respondents alone (validateResponse drops
// hidden answers), and the results count the responses of each variant.
import { aaporRates, type Instrument, type SurveyResultsReply, type VariantCount } from "@smartspec/domain";
import {
  countHeldAnonymousResponses,
  findInstrumentVersion,
  findSample,
  listAnonymousResponses,
  listCases,
  listRespondentIdentities,
  listResponses,
  type Queryable,
  type SurveyRecord,
} from "@smartspec/storage";
import { anonymousBatchSize } from "../respondent/release-anonymous-answers.ts";
import { type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";
import { countDispositions } from "../tracking/case-disposition.ts";
import { listCaseDispositions } from "../tracking/fieldwork-dashboard.ts";
import { estimateSurveyResults } from "./estimate-survey-results.ts";
import type { DesignPlan } from "./results-design.ts";
import { type WeightingProps, weightingRequest } from "./weighting-request.ts";

export interface CountedResponses {
  readonly answers: Readonly<Record<string, unknown>>[];
  readonly plan: DesignPlan;
  readonly excluded: number;
  /** The frame unit id of each counted response; null when it cannot be known (anonymous). */
  readonly unitIds: readonly (string | null)[];
  /** The split-ballot variant of each counted response; null without a split ballot. */
  readonly variants: readonly (string | null)[];
}

/** Completed responses and how they enter the design (results and the data pack). */
export async function countedResponses(db: Queryable, survey: SurveyRecord): Promise<CountedResponses> {
  const sample = await findSample(db, survey.id);
  const populations = sample ? new Map(sample.strata.map((s) => [s.stratum, s.population])) : null;
  const single = populations !== null && populations.size === 1 ? [...populations.keys()][0]! : null;
  if (survey.anonymity === "anonymous") {
    const done = (await listAnonymousResponses(db, survey.id)).filter((r) => r.completedOn !== null);
    // With a sample, open-link answers are outside the design; without one, every answer counts.
    const counted = populations ? done.filter((r) => r.origin === "invitation") : done;
    return {
      answers: counted.map((r) => r.answers),
      plan: {
        strata: counted.map(() => single),
        populations,
        unplacedReason: "Anonymous survey: responses cannot be placed in their sample strata.",
      },
      excluded: done.length - counted.length,
      unitIds: counted.map(() => null),
      variants: counted.map((r) => r.variant),
    };
  }
  const done = (await listResponses(db, survey.id)).filter((r) => r.completedAt !== null);
  const counted = populations ? done.filter((r) => r.origin === "invitation") : done;
  const caseOf = new Map(
    (await listRespondentIdentities(db, survey.id)).map((i) => [i.respondentId, i.caseId]),
  );
  const cases = new Map((await listCases(db, survey.id)).map((c) => [c.id, c]));
  const caseOfResponse = counted.map((r) => {
    const caseId = r.respondentId ? caseOf.get(r.respondentId) : undefined;
    return caseId ? cases.get(caseId) : undefined;
  });
  return {
    answers: counted.map((r) => r.answers),
    // Designs "all" and "simple" have one design stratum ("*") while cases keep their frame stratum
    // (for tracking): every case is then in the one design stratum.
    plan: { strata: caseOfResponse.map((c) => (c ? (single ?? c.stratum) : null)), populations },
    excluded: done.length - counted.length,
    unitIds: caseOfResponse.map((c) => c?.frameUnitId ?? null),
    variants: counted.map((r) => r.variant),
  };
}

/** The results reply: the estimates, responses per split-ballot variant and held anonymous answers. */
export type SurveyResultsWithVariants = SurveyResultsReply;
export type { VariantCount } from "@smartspec/domain";

/** Responses per variant of `instrument`'s split ballot (a variant no response has counts 0). */
export function variantCounts(
  instrument: Instrument | null,
  variants: readonly (string | null)[],
): VariantCount[] {
  const labels = instrument?.settings.splitBallot?.variants ?? [];
  return labels.map((variant) => ({
    variant,
    responses: variants.filter((v) => v === variant).length,
  }));
}

export interface SurveyResultsProps extends SurveyAccessProps, WeightingProps {}

/**
 * The survey's results (any member). Throws `not-found` as the survey use cases do, `validation`
 * for a year the business counts do not cover. Example: `{ weighting: "rake:size,section" }`.
 */
export async function surveyResults(
  ctx: SurveyContext,
  props: SurveyResultsProps,
): Promise<SurveyResultsWithVariants> {
  const db = ctx.database.db;
  const { survey } = await surveyForMember(db, props, "read-data");
  const version = await findInstrumentVersion(db, survey.id, survey.liveVersion ?? undefined);
  const counted = await countedResponses(db, survey);
  const dispositions = await listCaseDispositions(ctx, props);
  const instrument = version ? (version.instrument as Instrument) : null;
  const { variants, ...design } = counted;
  const results = estimateSurveyResults({
    instrument,
    ...design,
    rates: aaporRates(countDispositions(dispositions.map((d) => d.code))),
    weightingRequest: await weightingRequest(db, survey.id, counted.unitIds, props),
  });
  const held =
    survey.anonymity === "anonymous"
      ? { anonymousHeld: await countHeldAnonymousResponses(db, survey.id), anonymousBatchSize }
      : {};
  return { ...results, variants: variantCounts(instrument, variants), ...held };
}
