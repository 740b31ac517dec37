// The survey API's replies (issue 6) as zod schemas and the types inferred from them: one
// definition for the use cases' return types, the server's OpenAPI document and the browser.
// The server does not parse its own replies; a server test runs a survey through its life and
// parses every reply with its schema, so the three cannot drift. Binary replies (pdf, zip, xlsx,
// csv) have no schema.
export * from "./coding-schema.ts";
export * from "./crosstab-schema.ts";
export * from "./fieldwork-schema.ts";
export * from "./frame-sample-schema.ts";
export * from "./representativeness-schema.ts";
export * from "./respondent-reply-schema.ts";
export * from "./response-list-schema.ts";
export * from "./results-schema.ts";
export * from "./survey-reply-type.ts";
export * from "./survey-view-schema.ts";
export * from "./weighting-schema.ts";
