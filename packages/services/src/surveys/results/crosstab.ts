// The cross-tab use case (any member): one single-choice, rating or Likert question compared by a
// frame variable of the responding unit or by another such question, on the same responses,
// design and weighting as the results (survey-results.ts), with the Rao-Scott test. Nothing in
// it names a respondent or a case.
import { type Instrument, instrumentQuestions, type Question, type SurveyCrosstab } from "@smartspec/domain";
import { findInstrumentVersion, findSample, listFrameUnits, type Queryable } from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";
import { calibrateResultsDesign } from "./calibrate-results-design.ts";
import { type CrosstabVariable, estimateCrosstab } from "./crosstab-estimate.ts";
import {
  type CrosstabFrameVariable,
  type CrosstabUnit,
  crosstabFrameVariables,
  frameVariable,
  isCrosstabQuestion,
  questionVariable,
} from "./crosstab-variables.ts";
import { linkedUnits, populationMargins } from "./linked-units.ts";
import { resultsIntervalMethod, resultsLevel } from "./result-shapes.ts";
import { resultsDesign } from "./results-design.ts";
import { countedResponses, type SurveyResultsProps } from "./survey-results.ts";

export type { CrosstabEstimate, CrosstabGroup, CrosstabLevel, CrosstabTest } from "./crosstab-estimate.ts";
export { crosstabFrameVariables } from "./crosstab-variables.ts";

export interface SurveyCrosstabProps extends SurveyResultsProps {
  /** The row question's name. */
  readonly row: string;
  /** A frame variable (size_band, region, sic_section, stratum) or another question's name. */
  readonly by: string;
}

export type { SurveyCrosstab } from "@smartspec/domain";

function crosstabQuestion(questions: readonly Question[], name: string, field: "row" | "by"): Question {
  const question = questions.find((q) => q.name === name);
  if (question === undefined) {
    throw new PlatformError("validation", `${field}: no question "${name}" in the live instrument`, {
      field,
    });
  }
  if (!isCrosstabQuestion(question)) {
    throw new PlatformError(
      "validation",
      `${field}: "${name}" is a ${question.type} question; cross-tabs take single-choice, rating or Likert questions`,
      { field },
    );
  }
  return question;
}

async function frameUnits(db: Queryable, surveyId: string, unitIds: readonly (string | null)[]) {
  const sample = await findSample(db, surveyId);
  if (sample === undefined) return unitIds.map((): CrosstabUnit | null => null);
  const byId = new Map((await listFrameUnits(db, sample.frameId)).map((u) => [u.id, u]));
  return unitIds.map((id): CrosstabUnit | null => {
    const unit = id === null ? undefined : byId.get(id);
    return unit
      ? { sizeBand: unit.sizeBand, region: unit.region, sicCode: unit.sicCode, stratum: unit.stratum }
      : null;
  });
}

/**
 * The cross-tab of `row` by `by`. Throws `not-found` as the other survey use cases, `validation`
 * naming the field for an unknown question or one of another type. Example:
 * `{ row: "aware", by: "size_band", weighting: "rake:size,section" }`.
 */
export async function surveyCrosstab(
  ctx: SurveyContext,
  props: SurveyCrosstabProps,
): Promise<SurveyCrosstab> {
  const db = ctx.database.db;
  const { survey } = await surveyForMember(db, props, "read-data");
  const version = await findInstrumentVersion(db, survey.id, survey.liveVersion ?? undefined);
  const questions = version ? instrumentQuestions(version.instrument as Instrument) : [];
  const rowQuestion = crosstabQuestion(questions, props.row, "row");
  const counted = await countedResponses(db, survey);
  const isFrame = (crosstabFrameVariables as readonly string[]).includes(props.by);
  if (!isFrame && props.by === props.row) {
    throw new PlatformError("validation", "by: compare the question with another variable, not itself", {
      field: "by",
    });
  }
  const by: CrosstabVariable = isFrame
    ? frameVariable(
        props.by as CrosstabFrameVariable,
        await frameUnits(db, survey.id, counted.unitIds),
        props.sicLevel,
      )
    : questionVariable(crosstabQuestion(questions, props.by, "by"), counted.answers);
  const row = questionVariable(rowQuestion, counted.answers);
  const choice = props.weighting ?? "design";
  const { design, weighting, weights } = calibrateResultsDesign(
    resultsDesign(counted.plan),
    choice === "design"
      ? null
      : { choice, margins: populationMargins(props), ...(await linkedUnits(db, survey.id, counted.unitIds)) },
  );
  return {
    row: { name: row.name, title: row.title },
    by: { name: by.name, title: by.title, kind: by.kind },
    responses: counted.answers.length,
    withoutGroup: by.values.filter((v) => v === null).length,
    weighting,
    weights,
    interval: { method: resultsIntervalMethod, level: resultsLevel },
    ...estimateCrosstab(design, row, by),
  };
}
