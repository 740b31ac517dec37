// The representativeness use case: respondents vs sample vs frame vs GB business counts by size
// band and SIC section, and response by stratum (representativeness.ts). Completion comes from the
// case dispositions, so it works in every anonymity mode and names no respondent. Any member.
import { findSample, listCases, listFrameUnits } from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";
import { listCaseDispositions } from "../tracking/fieldwork-dashboard.ts";
import { type PopulationChoice, populationMargins } from "./linked-units.ts";
import { type Representativeness, representativeness } from "./representativeness.ts";

export interface SurveyRepresentativenessProps extends SurveyAccessProps, PopulationChoice {}

/** Throws `conflict` before a sample is drawn, `validation` for a year the counts do not cover. */
export async function surveyRepresentativeness(
  ctx: SurveyContext,
  props: SurveyRepresentativenessProps,
): Promise<Representativeness> {
  const db = ctx.database.db;
  const { survey } = await surveyForMember(db, props, "read-data");
  const margins = populationMargins(props);
  const sample = await findSample(db, survey.id);
  if (sample === undefined) {
    throw new PlatformError("conflict", "Draw a sample before checking who answered against the frame");
  }
  const completed = new Set(
    (await listCaseDispositions(ctx, props)).filter((d) => d.code === "I").map((d) => d.caseId),
  );
  const frame = (await listFrameUnits(db, sample.frameId)).map((u) => ({
    id: u.id,
    stratum: u.stratum,
    sizeBand: u.sizeBand,
    sicCode: u.sicCode,
  }));
  const cases = (await listCases(db, survey.id)).map((c) => ({
    unitId: c.frameUnitId,
    stratum: c.stratum,
    responded: completed.has(c.id),
  }));
  return representativeness({ frame, cases, margins });
}
