// /api/respond/{token}: a respondent's personal link. Open the form, save answers so far, submit
// (idempotent on the client's key), decline, or unsubscribe (which works even after the survey
// closes).

import { createRoute } from "@hono/zod-openapi";
import { progressSavedSchema, respondentFormSchema } from "@smartspec/domain";
import {
  openByToken,
  refuse,
  type SurveyContext,
  saveProgress,
  submitResponse,
  unsubscribe,
} from "@smartspec/services";
import type { App } from "../../app-env.ts";
import { errors, jsonBody } from "../common-schema.ts";
import { surveyReply } from "../surveys/survey-schema.ts";
import {
  asRespondent,
  emptySchema,
  linkErrors,
  progressSchema,
  refuseSchema,
  respondentBody,
  respondTags,
  resumeQuery,
  submitReply,
  submitResponses,
  submitSchema,
  tokenParam,
} from "./respond-schema.ts";

const base = "/api/respond/{token}";

const openRoute = createRoute({
  ...respondTags,
  method: "get",
  path: base,
  summary: "The form of a personal link: survey, SurveyJS instrument, saved answers, status",
  request: { params: tokenParam, query: resumeQuery },
  responses: { 200: surveyReply("The form", respondentFormSchema), 400: errors[400], 404: errors[404] },
});

const progressRoute = createRoute({
  ...respondTags,
  method: "put",
  path: `${base}/progress`,
  summary: "Save answers so far (204; anonymous surveys: 200 { resumeKey } to keep)",
  request: { params: tokenParam, body: jsonBody(progressSchema) },
  responses: {
    200: surveyReply("Saved; the resume key to keep", progressSavedSchema),
    204: { description: "Saved" },
    ...linkErrors,
  },
});

const submitRoute = createRoute({
  ...respondTags,
  method: "post",
  path: `${base}/submit`,
  summary: "Submit the answers (201 stored; 200 alreadyStored on a retry with the same idempotencyKey)",
  request: { params: tokenParam, body: jsonBody(submitSchema) },
  responses: submitResponses,
});

const refuseRoute = createRoute({
  ...respondTags,
  method: "post",
  path: `${base}/refuse`,
  summary: "Decline to take part",
  request: { params: tokenParam, body: jsonBody(refuseSchema) },
  responses: { 204: { description: "Recorded" }, ...linkErrors },
});

const unsubscribeRoute = createRoute({
  ...respondTags,
  method: "post",
  path: `${base}/unsubscribe`,
  summary: "Stop all mail of this workspace's surveys to this address (works after close too)",
  request: { params: tokenParam, body: jsonBody(emptySchema) },
  responses: { 204: { description: "Unsubscribed" }, ...linkErrors },
});

export function registerPersonalLinkRoutes(app: App, ctx: SurveyContext): void {
  app.openapi(openRoute, async (c) => {
    const { token } = c.req.valid("param");
    const { resumeKey } = c.req.valid("query");
    const view = await asRespondent(() => openByToken(ctx, { token, resumeKey: resumeKey ?? null }));
    return c.json(respondentBody(view), 200);
  });
  app.openapi(progressRoute, async (c) => {
    const { token } = c.req.valid("param");
    const { answers, resumeKey } = c.req.valid("json");
    const saved = await asRespondent(() =>
      saveProgress(ctx, { token, answers, resumeKey: resumeKey ?? null }),
    );
    if (saved.resumeKey === null) return c.body(null, 204);
    return c.json({ resumeKey: saved.resumeKey }, 200);
  });
  app.openapi(submitRoute, async (c) => {
    const { token } = c.req.valid("param");
    const { answers, idempotencyKey, resumeKey } = c.req.valid("json");
    return submitReply(c, () =>
      submitResponse(ctx, { token, answers, idempotencyKey, resumeKey: resumeKey ?? null }),
    );
  });
  app.openapi(refuseRoute, async (c) => {
    const { token } = c.req.valid("param");
    const { reason } = c.req.valid("json");
    await asRespondent(() => refuse(ctx, { token, ...(reason === undefined ? {} : { reason }) }));
    return c.body(null, 204);
  });
  app.openapi(unsubscribeRoute, async (c) => {
    const { token } = c.req.valid("param");
    await asRespondent(() => unsubscribe(ctx, { token }));
    return c.body(null, 204);
  });
}
