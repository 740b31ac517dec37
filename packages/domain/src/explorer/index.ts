// The evidence explorer API's replies (issue 5) as zod schemas and the read-only types inferred
// from them: one definition for the server (use case return types, OpenAPI) and the browser.
// The server does not parse its own replies (they are cached as serialised text); a server test
// parses every reply with its schema so the two cannot drift.
//   GET /api/explorer/datasets                           explorerDatasetListSchema
//   GET /api/explorer/{dataset}/regions                  regionListSchema
//   GET /api/explorer/{dataset}/regions/{region}         regionProfileSchema
//   GET .../regions/{region}/opportunities               regionOpportunitiesSchema
//   GET /api/explorer/{dataset}/map                      activityMapSchema
//   GET /api/explorer/{dataset}/space                    activitySpaceSchema
//   GET /api/explorer/{dataset}/compare                  regionComparisonSchema
//   POST / GET /api/workspaces/{slug}/datasets           uploadedDatasetSchema / workspaceDatasetSchema
export * from "./activity-map-schema.ts";
export * from "./activity-space-schema.ts";
export * from "./explorer-catalogue-schema.ts";
export * from "./explorer-methods-schema.ts";
export * from "./explorer-view-schema.ts";
export * from "./region-comparison-schema.ts";
export * from "./region-opportunities-schema.ts";
export * from "./region-profile-schema.ts";
export * from "./reply-type.ts";
export * from "./uploaded-dataset-schema.ts";
