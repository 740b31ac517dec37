// @smartspec/storage: the only package that knows SQL. Opens PGlite or PostgreSQL, migrates,
// and offers one small repository per table with exactly the queries the use cases need.
export * from "./database.ts";
export * from "./migrate.ts";
export * from "./open-database.ts";
export * from "./repositories/analysis-cache.ts";
export * from "./repositories/datasets.ts";
export * from "./repositories/invitations.ts";
export * from "./repositories/memberships.ts";
export * from "./repositories/outbox.ts";
export * from "./repositories/password-resets.ts";
export * from "./repositories/rate-limit-events.ts";
export * from "./repositories/sessions.ts";
export * from "./repositories/settings.ts";
export * from "./repositories/survey-anonymous-responses.ts";
export * from "./repositories/survey-coding.ts";
export * from "./repositories/survey-dashboard.ts";
export * from "./repositories/survey-events.ts";
export * from "./repositories/survey-frames.ts";
export * from "./repositories/survey-mailings.ts";
export * from "./repositories/survey-responses.ts";
export * from "./repositories/survey-samples.ts";
export * from "./repositories/survey-submissions.ts";
export * from "./repositories/survey-surveys.ts";
export * from "./repositories/users.ts";
export * from "./repositories/workspace-datasets.ts";
export * from "./repositories/workspaces.ts";
export type { DatabaseSchema } from "./schema.ts";
export * from "./transaction.ts";
