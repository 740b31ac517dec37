// What the survey report PDF is drawn from: the survey's title and fieldwork dates, its results
// (estimates, weighting, RR1 with e and the caveat), the disposition counts behind the rates, and
// the clock reading that dates the document. Everything here is plain data; no database.
import type { AaporRates } from "@smartspec/domain";
import type { SurveyResults } from "../results/estimate-survey-results.ts";

export interface ReportInput {
  readonly title: string;
  /** Launch and close; null before launch / while fieldwork is still open. */
  readonly fieldwork: { readonly start: Date | null; readonly end: Date | null };
  readonly results: SurveyResults;
  /** Every AAPOR rate with its disposition counts; null when the survey has no sampled case. */
  readonly rates: AaporRates | null;
  /** Share (0..1] of required applicable items that makes a break-off a partial (P). */
  readonly partialThreshold: number;
  /** The event -> disposition rule set, quoted with the rates (methods doc 2.5). */
  readonly ruleSet: string;
  /** The document's date: CreationDate, file ID and footer (ctx.now() in the use case). */
  readonly generatedAt: Date;
}

export interface ReportOptions {
  /** Deflate the content streams (default true); tests read them uncompressed. */
  readonly compress?: boolean;
}
