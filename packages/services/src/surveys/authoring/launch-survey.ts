// Starts fieldwork: freezes the anonymity mode and the instrument version respondents get. Needs a
// saved instrument and a drawn sample (or an open link).
import {
  findInstrumentVersion,
  findSample,
  lockSurvey,
  markSurveyClosed,
  markSurveyLive,
  withTransaction,
} from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { releaseAllHeldAnswers, vacuumAnswers } from "../respondent/release-anonymous-answers.ts";
import { requireSurveyStatus, type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";
import { type SurveyView, toSurveyView } from "../survey-views.ts";

export interface LaunchSurveyProps extends SurveyAccessProps {
  /** The version to field; default the newest. */
  readonly version?: number;
}

/**
 * draft -> live. Throws `conflict` when not a draft, when no instrument version is saved (or
 * `version` is unknown), or when there is neither a sample nor an open link.
 */
export async function launchSurvey(ctx: SurveyContext, props: LaunchSurveyProps): Promise<SurveyView> {
  return withTransaction(ctx.database, async (trx) => {
    const { survey } = await surveyForMember(trx, props, "write-data");
    const locked = (await lockSurvey(trx, survey.id)) ?? survey;
    requireSurveyStatus(locked, "draft", "Launching");
    const instrument = await findInstrumentVersion(trx, survey.id, props.version);
    if (!instrument) {
      throw new PlatformError(
        "conflict",
        props.version === undefined
          ? "Save an instrument before launching"
          : `No instrument version ${props.version}`,
      );
    }
    if (!(await findSample(trx, survey.id)) && survey.openLink === "off") {
      throw new PlatformError("conflict", "Draw a sample (or turn on the open link) before launching");
    }
    const now = ctx.now();
    await markSurveyLive(trx, survey.id, instrument.version, now);
    ctx.log("survey.launched", {
      surveyId: survey.id,
      version: instrument.version,
      anonymity: survey.anonymity,
    });
    return toSurveyView(
      { ...locked, status: "live", liveVersion: instrument.version, launchedAt: now },
      ctx.publicUrl,
    );
  });
}

/**
 * live -> closed: personal and open links stop working; dispositions are final. An anonymous
 * survey's held answers are released with the close, however few (decision 0011), then vacuumed.
 */
export async function closeSurvey(ctx: SurveyContext, props: SurveyAccessProps): Promise<SurveyView> {
  let released = 0;
  const view = await withTransaction(ctx.database, async (trx) => {
    const { survey } = await surveyForMember(trx, props, "write-data");
    const locked = (await lockSurvey(trx, survey.id)) ?? survey;
    requireSurveyStatus(locked, "live", "Closing");
    const now = ctx.now();
    await markSurveyClosed(trx, survey.id, now);
    if (survey.anonymity === "anonymous") released = await releaseAllHeldAnswers(ctx, trx, survey.id);
    return toSurveyView({ ...locked, status: "closed", closedAt: now }, ctx.publicUrl);
  });
  if (released > 0) await vacuumAnswers(ctx);
  return view;
}
