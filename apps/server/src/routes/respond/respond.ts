// The respondent side of surveys under /api/respond: personal links and open links. No session;
// app.ts exempts these paths from the session CSRF check, which the JSON-only bodies replace (a
// cross-site form cannot send application/json without a CORS preflight, which is never granted).
import type { SurveyContext } from "@smartspec/services";
import type { App } from "../../app-env.ts";
import { registerOpenLinkRoutes } from "./open-link.ts";
import { registerPersonalLinkRoutes } from "./personal-link.ts";
import { respondentHeaders } from "./respond-schema.ts";

/** Paths exempt from the session CSRF check. */
export const respondPathPattern = /^\/api\/respond\//;

export function registerRespondRoutes(app: App, ctx: SurveyContext): void {
  app.use("/api/respond/*", respondentHeaders);
  registerOpenLinkRoutes(app, ctx);
  registerPersonalLinkRoutes(app, ctx);
}
