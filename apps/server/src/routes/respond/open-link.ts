// /api/respond/open/{key}: a survey's open link (no case, no token). The browser keeps the resume
// key each save returns and sends it back with later saves and the submit.

import { createRoute } from "@hono/zod-openapi";
import { progressSavedSchema, respondentFormSchema } from "@smartspec/domain";
import {
  openByLink,
  type SurveyContext,
  saveOpenLinkProgress,
  submitOpenLinkResponse,
} from "@smartspec/services";
import type { App } from "../../app-env.ts";
import { errors, jsonBody } from "../common-schema.ts";
import { surveyReply } from "../surveys/survey-schema.ts";
import {
  asRespondent,
  keyParam,
  linkErrors,
  openProgressSchema,
  openSubmitSchema,
  respondentBody,
  respondTags,
  resumeQuery,
  submitReply,
  submitResponses,
} from "./respond-schema.ts";

const base = "/api/respond/open/{key}";

const openRoute = createRoute({
  ...respondTags,
  method: "get",
  path: base,
  summary: "The form behind an open link, with answers saved under resumeKey",
  request: { params: keyParam, query: resumeQuery },
  responses: { 200: surveyReply("The form", respondentFormSchema), 400: errors[400], 404: errors[404] },
});

const progressRoute = createRoute({
  ...respondTags,
  method: "put",
  path: `${base}/progress`,
  summary: "Save open-link answers so far; returns the resume key to keep",
  request: { params: keyParam, body: jsonBody(openProgressSchema) },
  responses: { 200: surveyReply("Saved; the resume key to keep", progressSavedSchema), ...linkErrors },
});

const submitRoute = createRoute({
  ...respondTags,
  method: "post",
  path: `${base}/submit`,
  summary: "Submit open-link answers (idempotent on idempotencyKey)",
  request: { params: keyParam, body: jsonBody(openSubmitSchema) },
  responses: submitResponses,
});

export function registerOpenLinkRoutes(app: App, ctx: SurveyContext): void {
  app.openapi(openRoute, async (c) => {
    const { key } = c.req.valid("param");
    const { resumeKey } = c.req.valid("query");
    const view = await asRespondent(() => openByLink(ctx, { key, resumeKey: resumeKey ?? null }));
    return c.json(respondentBody(view), 200);
  });
  app.openapi(progressRoute, async (c) => {
    const { key } = c.req.valid("param");
    const { resumeKey, ...rest } = c.req.valid("json");
    const saved = await asRespondent(() =>
      saveOpenLinkProgress(ctx, { key, resumeKey: resumeKey ?? null, ...rest }),
    );
    // An open link always finds the response by its key (the first save makes one); the shared
    // SaveProgressResult type allows null only for personal links.
    if (saved.resumeKey === null) throw new Error("An open-link save returned no resume key");
    return c.json({ resumeKey: saved.resumeKey }, 200);
  });
  app.openapi(submitRoute, async (c) => {
    const { key } = c.req.valid("param");
    const { resumeKey, ...rest } = c.req.valid("json");
    return submitReply(c, () => submitOpenLinkResponse(ctx, { key, resumeKey: resumeKey ?? null, ...rest }));
  });
}
