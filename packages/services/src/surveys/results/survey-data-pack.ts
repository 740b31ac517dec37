// The data pack use case: a survey's completed responses as one zip - codes and labels CSV, XLSX
// with the codebook and an About sheet, SPSS .sav, and an R script that rebuilds the design and
// reproduces the proportions of every coded question (surveys/data-pack). The rows and design are
// the ones the results page uses (countedResponses): stratum and fpc = N_h when the responses can
// be placed in their sample strata; no case id for anonymous surveys; a `variant` column when the
// instrument has a split ballot. Any member may download it.
import {
  aaporRates,
  type DatasetEstimateSpec,
  type Instrument,
  type SurveyDataset,
  surveyDataset,
} from "@smartspec/domain";
import { findInstrumentVersion } from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { writeDataPack, zipDataPack } from "../data-pack/write-data-pack.ts";
import { type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";
import { countDispositions } from "../tracking/case-disposition.ts";
import { listCaseDispositions } from "../tracking/fieldwork-dashboard.ts";
import { countedResponses } from "./survey-results.ts";

export interface SurveyDataPackFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** Proportions (Wilson, 95%) of every coded single-choice, Likert and matrix-row variable. */
export function packEstimates(dataset: SurveyDataset): DatasetEstimateSpec[] {
  return dataset.variables
    .filter(
      (v) => v.role === "answer" && v.type === "numeric" && v.measure !== "scale" && v.valueLabels.length > 0,
    )
    .map((v) => ({ kind: "proportions" as const, id: v.name, variable: v.name, method: "wilson" as const }));
}

/** The zip of the survey's data pack. Throws `conflict` before an instrument is saved. */
export async function surveyDataPack(
  ctx: SurveyContext,
  props: SurveyAccessProps,
): Promise<SurveyDataPackFile> {
  const db = ctx.database.db;
  const { survey } = await surveyForMember(db, props, "read-data");
  const version = await findInstrumentVersion(db, survey.id, survey.liveVersion ?? undefined);
  if (!version) throw new PlatformError("conflict", "This survey has no questionnaire yet");
  const counted = await countedResponses(db, survey);
  const placed =
    counted.plan.populations !== null &&
    counted.answers.length > 0 &&
    counted.plan.strata.every((stratum) => stratum !== null);
  const strata = placed ? counted.plan.strata.map((stratum) => stratum!) : undefined;
  const instrument = version.instrument as Instrument;
  const dataset = surveyDataset(instrument, counted.answers, {
    ...(instrument.settings.splitBallot ? { variants: counted.variants } : {}),
    ...(strata ? { strata, fpc: strata.map((stratum) => counted.plan.populations!.get(stratum)!) } : {}),
  });
  const dispositions = await listCaseDispositions(ctx, props);
  const rates = aaporRates(countDispositions(dispositions.map((d) => d.code)));
  const created = ctx.now();
  const baseName = `survey-${survey.id.slice(0, 8)}`;
  const files = await writeDataPack({
    dataset,
    design: strata ? { strata: "stratum", fpc: "fpc" } : {},
    estimates: counted.answers.length > 1 ? packEstimates(dataset) : [],
    baseName,
    created,
    ...(dispositions.length > 0
      ? { responseRate: { rate: "RR1" as const, value: rates.rates.RR1, e: rates.e, eBasis: rates.eBasis } }
      : {}),
    ...(strata
      ? {}
      : {
          weighting:
            counted.plan.unplacedReason ??
            "None: every response counts once (no sample was drawn, so there are no design weights).",
        }),
  });
  return { fileName: `${baseName}-data-pack.zip`, bytes: zipDataPack(files, created) };
}
