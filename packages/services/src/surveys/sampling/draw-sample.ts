// Draws (or redraws, before launch) the survey's sample from one of its frames and records the
// design, seed and strata allocation, so design weights N_h / n_h can be derived later.
import type { SampleDrawn } from "@smartspec/domain";
import { findFrame, listFrameUnits, lockSurvey, replaceSample, withTransaction } from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { isUuid } from "../../platform/validate.ts";
import { requireSurveyStatus, type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";
import { type SampleDesign, selectSample } from "./select-sample.ts";

export interface DrawSampleProps extends SurveyAccessProps {
  readonly frameId: string;
  readonly design: SampleDesign;
  /** Any text, 1-200 characters; the same seed and frame give the same sample. */
  readonly seed: string;
}

export type DrawSampleResult = SampleDrawn;

/** Draws the sample of a draft survey. Throws `validation` (seed, size, allocation), `not-found` for an unknown frame. */
export async function drawSample(ctx: SurveyContext, props: DrawSampleProps): Promise<DrawSampleResult> {
  if (props.seed.length === 0 || props.seed.length > 200) {
    throw new PlatformError("validation", "seed: must be 1 to 200 characters", { field: "seed" });
  }
  return withTransaction(ctx.database, async (trx) => {
    const { survey } = await surveyForMember(trx, props, "write-data");
    requireSurveyStatus((await lockSurvey(trx, survey.id)) ?? survey, "draft", "Drawing a sample");
    const frame = isUuid(props.frameId) ? await findFrame(trx, survey.id, props.frameId) : undefined;
    if (!frame) throw new PlatformError("not-found", `No frame "${props.frameId}" in this survey`);
    const units = await listFrameUnits(trx, frame.id);
    const drawn = selectSample(units, props.design, props.seed);
    const design = props.design;
    const sampleId = await replaceSample(
      trx,
      {
        surveyId: survey.id,
        frameId: frame.id,
        design: design.design,
        allocation:
          design.design !== "stratified"
            ? null
            : design.allocation === "proportional"
              ? "proportional"
              : "given",
        seed: props.seed,
        requestedSize: "size" in design ? design.size : drawn.units.length,
        strata: drawn.strata,
        createdAt: ctx.now(),
      },
      drawn.units.map((u) => ({ unitId: u.id, stratum: u.stratum })),
    );
    ctx.log("survey.sample.drawn", { surveyId: survey.id, design: design.design, cases: drawn.units.length });
    return {
      sampleId,
      strata: drawn.strata.map((s) => ({ ...s, weight: s.sample === 0 ? null : s.population / s.sample })),
      selectedRows: drawn.units.map((u) => u.rowNumber),
    };
  });
}
