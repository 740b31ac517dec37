// The data pack use case: a survey's completed responses as one zip - codes and labels CSV, XLSX
// with the codebook and an About sheet, SPSS .sav, and an R script that rebuilds the design and
// reproduces the proportions of every coded question (surveys/data-pack). The rows and design are
// the ones the results page uses (countedResponses): stratum and fpc = N_h when the responses can
// be placed in their sample strata; no case id for anonymous surveys; a `variant` column when the
// instrument has a split ballot. The weights are the results' under the reader's weighting choice
// (the same calibration, weighting-request.ts): `weight` is the final weight, with `design_weight`
// and the calibration variables after a post-stratification or raking, whose population totals
// the R script writes into its postStratify / rake call; the pack carries the report's estimates
// and the script checks its own and its weights against them. Any member may download it.
import { aaporRates, type Instrument } from "@smartspec/domain";
import { findInstrumentVersion } from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { writeDataPack, zipDataPack } from "../data-pack/write-data-pack.ts";
import { type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";
import { countDispositions } from "../tracking/case-disposition.ts";
import { listCaseDispositions } from "../tracking/fieldwork-dashboard.ts";
import { dataPackContents } from "./data-pack-contents.ts";
import { countedResponses } from "./survey-results.ts";
import { type WeightingProps, weightingRequest } from "./weighting-request.ts";

export { packEstimates } from "./data-pack-contents.ts";

export interface SurveyDataPackFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface SurveyDataPackProps extends SurveyAccessProps, WeightingProps {}

/**
 * The zip of the survey's data pack under `props.weighting` (default design weights). Throws
 * `conflict` before an instrument is saved, `validation` for a year the business counts do not
 * cover.
 */
export async function surveyDataPack(
  ctx: SurveyContext,
  props: SurveyDataPackProps,
): Promise<SurveyDataPackFile> {
  const db = ctx.database.db;
  const { survey } = await surveyForMember(db, props, "read-data");
  const version = await findInstrumentVersion(db, survey.id, survey.liveVersion ?? undefined);
  if (!version) throw new PlatformError("conflict", "This survey has no questionnaire yet");
  const counted = await countedResponses(db, survey);
  const { pack } = dataPackContents({
    instrument: version.instrument as Instrument,
    counted,
    request: await weightingRequest(db, survey.id, counted.unitIds, props),
  });
  const dispositions = await listCaseDispositions(ctx, props);
  const rates = aaporRates(countDispositions(dispositions.map((d) => d.code)));
  const created = ctx.now();
  const baseName = `survey-${survey.id.slice(0, 8)}`;
  const files = await writeDataPack({
    ...pack,
    baseName,
    created,
    ...(dispositions.length > 0
      ? { responseRate: { rate: "RR1" as const, value: rates.rates.RR1, e: rates.e, eBasis: rates.eBasis } }
      : {}),
  });
  return { fileName: `${baseName}-data-pack.zip`, bytes: zipDataPack(files, created) };
}
