// /api/workspaces/{slug}/surveys and {s}: list, create and read surveys; the responses listing
// (anonymous surveys: answers and dates only) and confidential identities (owners only).

import { createRoute, z } from "@hono/zod-openapi";
import {
  respondentIdentityListSchema,
  responseListSchema,
  surveyDetailSchema,
  surveyListSchema,
  surveyViewSchema,
} from "@smartspec/domain";
import {
  createSurvey,
  listRespondentIdentitiesForOwner,
  listSurveyResponses,
  listSurveysForMember,
  type SurveyContext,
  surveyDetail,
} from "@smartspec/services";
import type { App } from "../../app-env.ts";
import { currentUser, requireSession } from "../../http/current-user.ts";
import { errors, jsonBody, slugParams } from "../common-schema.ts";
import { memberRoute, surveyParams, surveyPath, surveyReply } from "./survey-schema.ts";

export const createSurveySchema = z
  .strictObject({
    title: z.string().max(200),
    anonymity: z.enum(["identified", "confidential", "anonymous"]),
    openLink: z.union([z.boolean(), z.enum(["off", "anonymous", "self-identified"])]).optional(),
    partialThreshold: z.number().optional(),
    invitationValidityDays: z.number().int().optional(),
  })
  .openapi("CreateSurvey");

const listRoute = createRoute({
  ...memberRoute,
  method: "get",
  path: "/api/workspaces/{slug}/surveys",
  summary: "The workspace's surveys (any member)",
  middleware: [requireSession] as const,
  request: { params: slugParams },
  responses: { 200: surveyReply("The surveys", surveyListSchema), 401: errors[401], 404: errors[404] },
});

const createSurveyRoute = createRoute({
  ...memberRoute,
  method: "post",
  path: "/api/workspaces/{slug}/surveys",
  summary: "Create a draft survey (owner or analyst); openLink true = an anonymous open link",
  middleware: [requireSession] as const,
  request: { params: slugParams, body: jsonBody(createSurveySchema) },
  responses: {
    201: surveyReply("The draft survey", surveyViewSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    415: errors[415],
  },
});

const getRoute = createRoute({
  ...memberRoute,
  method: "get",
  path: surveyPath,
  summary: "One survey with its instrument version, frame and sample (any member)",
  middleware: [requireSession] as const,
  request: { params: surveyParams },
  responses: {
    200: surveyReply("The survey", surveyDetailSchema),
    401: errors[401],
    404: errors[404],
  },
});

const responsesRoute = createRoute({
  ...memberRoute,
  method: "get",
  path: `${surveyPath}/responses`,
  summary: "Every response (any member); anonymous surveys: answers and dates only, no respondent or case",
  middleware: [requireSession] as const,
  request: { params: surveyParams },
  responses: { 200: surveyReply("Every response", responseListSchema), 401: errors[401], 404: errors[404] },
});

const identitiesRoute = createRoute({
  ...memberRoute,
  method: "get",
  path: `${surveyPath}/identities`,
  summary: "Who answered (identified: members; confidential: owners only; anonymous: 409)",
  middleware: [requireSession] as const,
  request: { params: surveyParams },
  responses: {
    200: surveyReply("Who answered", respondentIdentityListSchema),
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export function registerSurveyListRoutes(app: App, ctx: SurveyContext): void {
  app.openapi(listRoute, async (c) => {
    const user = currentUser(c);
    return c.json(await listSurveysForMember(ctx, { userId: user.id, slug: c.req.valid("param").slug }), 200);
  });
  app.openapi(createSurveyRoute, async (c) => {
    const user = currentUser(c);
    const { openLink, ...body } = c.req.valid("json");
    const link = openLink === true ? "anonymous" : openLink === false ? "off" : openLink;
    const created = await createSurvey(ctx, {
      userId: user.id,
      slug: c.req.valid("param").slug,
      ...body,
      ...(link === undefined ? {} : { openLink: link }),
    });
    return c.json(created, 201);
  });
  app.openapi(getRoute, async (c) => {
    const user = currentUser(c);
    return c.json(await surveyDetail(ctx, { userId: user.id, ...c.req.valid("param") }), 200);
  });
  app.openapi(responsesRoute, async (c) => {
    const user = currentUser(c);
    return c.json(await listSurveyResponses(ctx, { userId: user.id, ...c.req.valid("param") }), 200);
  });
  app.openapi(identitiesRoute, async (c) => {
    const user = currentUser(c);
    return c.json(
      await listRespondentIdentitiesForOwner(ctx, { userId: user.id, ...c.req.valid("param") }),
      200,
    );
  });
}
