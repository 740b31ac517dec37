// The survey report as PDF: the use case and the pure writer behind it (README.md).

export type { ReportInput, ReportOptions } from "./report-input.ts";
export { type SurveyReportPdfFile, surveyReportPdf } from "./survey-report-pdf.ts";
export { writeReportPdf } from "./write-report-pdf.ts";
