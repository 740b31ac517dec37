// Every member-side survey route of the contract (docs: /work/briefs/survey-api.md), one module per
// resource group; each validates, calls a use case (which checks membership and role), presents.
import type { SurveyContext } from "@smartspec/services";
import type { App } from "../../app-env.ts";
import { registerCodingRoutes } from "./survey-coding.ts";
import { registerFieldworkRoutes } from "./survey-fieldwork.ts";
import { registerFrameSampleRoutes } from "./survey-frame-sample.ts";
import { registerInstrumentRoutes } from "./survey-instrument.ts";
import { registerSurveyListRoutes } from "./survey-list.ts";
import { registerResultsRoutes } from "./survey-results-route.ts";

export { surveyFilePathPattern } from "./raw-file-body.ts";

export function registerSurveyRoutes(app: App, ctx: SurveyContext): void {
  registerSurveyListRoutes(app, ctx);
  registerInstrumentRoutes(app, ctx);
  registerFrameSampleRoutes(app, ctx);
  registerFieldworkRoutes(app, ctx);
  registerResultsRoutes(app, ctx);
  registerCodingRoutes(app, ctx);
}
