// {s}/results: per-question estimates with intervals, the weighting used and the response rate
// (RR1 with e), with the nonresponse caveat when RR1 is under 20 %.
import { createRoute } from "@hono/zod-openapi";
import { type SurveyContext, surveyResults } from "@smartspec/services";
import type { App } from "../../app-env.ts";
import { currentUser, requireSession } from "../../http/current-user.ts";
import { errors } from "../common-schema.ts";
import { anyJson, memberRoute, surveyParams, surveyPath } from "./survey-schema.ts";

const resultsRoute = createRoute({
  ...memberRoute,
  method: "get",
  path: `${surveyPath}/results`,
  summary: "Weighted results per question (any member); no respondent or case is named",
  middleware: [requireSession] as const,
  request: { params: surveyParams },
  responses: { 200: anyJson("SurveyResults"), 401: errors[401], 404: errors[404] },
});

export function registerResultsRoutes(app: App, ctx: SurveyContext): void {
  app.openapi(resultsRoute, async (c) => {
    const user = currentUser(c);
    return c.json(await surveyResults(ctx, { userId: user.id, ...c.req.valid("param") }), 200);
  });
}
