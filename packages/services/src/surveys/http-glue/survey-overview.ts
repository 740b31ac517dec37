// The survey list of a workspace and one survey's state at a glance: its newest instrument
// version, the frame its sample was drawn from, and the sample's strata with design weights.
import type { SurveyDetail } from "@smartspec/domain";
import {
  countFrameUnitsByStratum,
  findFrame,
  findInstrumentVersion,
  findSample,
  listSurveys,
} from "@smartspec/storage";
import { memberWorkspace } from "../../platform/workspaces/member-workspace.ts";
import { type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";
import { type SurveyView, toSurveyView } from "../survey-views.ts";

export type { SurveyDetail };

/** The workspace's surveys, newest first as storage lists them (any member). */
export async function listSurveysForMember(
  ctx: SurveyContext,
  props: { readonly userId: string; readonly slug: string },
): Promise<SurveyView[]> {
  const workspace = await memberWorkspace(ctx.database.db, props.userId, props.slug);
  return (await listSurveys(ctx.database.db, workspace.id)).map((s) => toSurveyView(s, ctx.publicUrl));
}

/** One survey with its instrument version, frame (the sample's) and sample (any member). */
export async function surveyDetail(ctx: SurveyContext, props: SurveyAccessProps): Promise<SurveyDetail> {
  const db = ctx.database.db;
  const { survey } = await surveyForMember(db, props, "read-data");
  const instrument = await findInstrumentVersion(db, survey.id);
  const sample = await findSample(db, survey.id);
  const frame = sample ? await findFrame(db, survey.id, sample.frameId) : undefined;
  return {
    ...toSurveyView(survey, ctx.publicUrl),
    instrument: instrument ? { version: instrument.version, hash: instrument.hash } : null,
    frame: frame
      ? { frameId: frame.id, units: frame.unitCount, strata: await countFrameUnitsByStratum(db, frame.id) }
      : null,
    sample: sample
      ? {
          sampleId: sample.id,
          design: sample.design,
          seed: sample.seed,
          strata: sample.strata.map((s) => ({
            ...s,
            weight: s.sample === 0 ? null : s.population / s.sample,
          })),
        }
      : null,
  };
}
