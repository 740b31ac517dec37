// The survey report use case: the results page as a PDF (issue 6, scope 6). It reads what the
// results use case reads - the counted responses in their design, the live instrument, the case
// dispositions - and keeps the disposition counts so the cover can show them next to RR1. The
// reader's weighting choice goes through the results' own calibration (weighting-request.ts), so
// the report shows the estimates the results page shows for it. Any member may download it;
// nothing in it names a respondent or a case.
import { aaporRates, type Instrument } from "@smartspec/domain";
import { findInstrumentVersion } from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { estimateSurveyResults } from "../results/estimate-survey-results.ts";
import { countedResponses } from "../results/survey-results.ts";
import { type WeightingProps, weightingRequest } from "../results/weighting-request.ts";
import { type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";
import { countDispositions, dispositionRuleSet } from "../tracking/case-disposition.ts";
import { listCaseDispositions } from "../tracking/fieldwork-dashboard.ts";
import { writeReportPdf } from "./write-report-pdf.ts";

export interface SurveyReportPdfProps extends SurveyAccessProps, WeightingProps {}

export interface SurveyReportPdfFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/**
 * The survey's report as PDF, dated ctx.now(), under `props.weighting` (default design weights).
 * Throws `conflict` before an instrument is saved, `validation` for a year the business counts do
 * not cover.
 */
export async function surveyReportPdf(
  ctx: SurveyContext,
  props: SurveyReportPdfProps,
): Promise<SurveyReportPdfFile> {
  const db = ctx.database.db;
  const { survey } = await surveyForMember(db, props, "read-data");
  const version = await findInstrumentVersion(db, survey.id, survey.liveVersion ?? undefined);
  if (!version) throw new PlatformError("conflict", "This survey has no questionnaire yet");
  const counted = await countedResponses(db, survey);
  const dispositions = await listCaseDispositions(ctx, props);
  const rates = aaporRates(countDispositions(dispositions.map((d) => d.code)));
  const results = estimateSurveyResults({
    instrument: version.instrument as Instrument,
    ...counted,
    rates,
    weightingRequest: await weightingRequest(db, survey.id, counted.unitIds, props),
  });
  const bytes = await writeReportPdf({
    title: survey.title,
    fieldwork: { start: survey.launchedAt, end: survey.closedAt },
    results,
    rates: dispositions.length > 0 ? rates : null,
    partialThreshold: survey.partialThreshold,
    ruleSet: dispositionRuleSet,
    generatedAt: ctx.now(),
  });
  return { fileName: `survey-${survey.id.slice(0, 8)}-report.pdf`, bytes };
}
