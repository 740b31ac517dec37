// The live fieldwork dashboard: cases reaching each event per day and stratum, response by stratum
// against the frame, each case's AAPOR disposition and the outcome rates with e and its basis.
import type { CaseDispositionRow, FieldworkDashboard, StratumFieldwork } from "@smartspec/domain";
import { aaporRates } from "@smartspec/domain";
import {
  countCaseEventsByDay,
  countCasesByStratum,
  countFrameUnitsByStratum,
  countMailingsByWave,
  findSample,
  listCaseEvents,
  listCases,
  type Queryable,
  type SurveyRecord,
} from "@smartspec/storage";
import { type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";
import { toSurveyView } from "../survey-views.ts";
import {
  type CaseEventFact,
  caseDisposition,
  countDispositions,
  dispositionRuleSet,
} from "./case-disposition.ts";

export type { FieldworkDashboard, StratumFieldwork };
export type CaseDispositionView = CaseDispositionRow;

/** The dashboard (any member). Throws `not-found` as the survey use cases do. */
export async function fieldworkDashboard(
  ctx: SurveyContext,
  props: SurveyAccessProps,
): Promise<FieldworkDashboard> {
  const db = ctx.database.db;
  const { survey } = await surveyForMember(db, props, "read-data");
  const cases = await dispositionsOf(db, survey);
  const sample = await findSample(db, survey.id);
  const frameCounts = sample ? await countFrameUnitsByStratum(db, sample.frameId) : [];
  const progress = await countCasesByStratum(db, survey.id);
  const strata = progress.map((p) => ({
    ...p,
    frameUnits: frameCounts.find((f) => f.stratum === p.stratum)?.units ?? 0,
    dispositions: countDispositions(cases.filter((c) => c.stratum === p.stratum).map((c) => c.code)),
  }));
  const dispositions = countDispositions(cases.map((c) => c.code));
  return {
    survey: toSurveyView(survey, ctx.publicUrl),
    daily: await countCaseEventsByDay(db, survey.id),
    strata,
    mailsByWave: await countMailingsByWave(db, survey.id),
    dispositions,
    rates: aaporRates(dispositions),
    partialThreshold: survey.partialThreshold,
    ruleSet: dispositionRuleSet,
  };
}

/** Every case's disposition, in frame row order (any member: the disposition says nothing of answers). */
export async function listCaseDispositions(
  ctx: SurveyContext,
  props: SurveyAccessProps,
): Promise<CaseDispositionView[]> {
  const { survey } = await surveyForMember(ctx.database.db, props, "read-data");
  return dispositionsOf(ctx.database.db, survey);
}

async function dispositionsOf(db: Queryable, survey: SurveyRecord): Promise<CaseDispositionView[]> {
  const cases = await listCases(db, survey.id);
  const events = new Map<string, CaseEventFact[]>();
  for (const event of await listCaseEvents(db, survey.id)) {
    const list = events.get(event.caseId);
    if (list) list.push(event);
    else events.set(event.caseId, [event]);
  }
  return cases.map((c) => ({
    caseId: c.id,
    rowNumber: c.rowNumber,
    organisationName: c.organisationName,
    stratum: c.stratum,
    ...caseDisposition({
      events: events.get(c.id) ?? [],
      eligibility: c.eligibility,
      partialThreshold: survey.partialThreshold,
    }),
  }));
}
