// Survey instruments: the model, its validation, skip logic, responses, versions and the
// SurveyJS JSON and XLSForm formats.
export * from "./canonical-json.ts";
export * from "./expression/index.ts";
export * from "./instrument-model.ts";
export * from "./instrument-names.ts";
export * from "./instrument-version.ts";
export * from "./normalise-answer.ts";
export * from "./response-messages.ts";
export * from "./sha256.ts";
export * from "./split-ballot.ts";
export * from "./surveyjs/index.ts";
export * from "./validate-instrument.ts";
export * from "./validate-response.ts";
export * from "./xlsform/index.ts";
