// What the coding use cases return: the domain's reply shapes (packages/domain/src/survey-api/
// coding-schema.ts), JSON-ready. No view names a respondent or a case; an answer is its response
// id and its text.
export type {
  AgreementView,
  AnswerAdjudicated,
  CodebookView,
  CoderView,
  CodesRevealed,
  CodeVersionView,
  CodeView,
  CodingFieldView,
  CodingProgressView,
  CodingResultsView,
  CodingSheetView,
  DisagreementView,
} from "@smartspec/domain";
