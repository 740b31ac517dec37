// Fieldwork: launch and close, invitations and reminder waves (queued in the durable outbox), the
// live dashboard and each case's AAPOR disposition.

import { createRoute, z } from "@hono/zod-openapi";
import {
  caseDispositionListSchema,
  fieldworkDashboardSchema,
  invitationsSentSchema,
  reminderWaveSchema,
  surveyViewSchema,
} from "@smartspec/domain";
import {
  closeSurvey,
  fieldworkDashboard,
  issueInvitations,
  launchSurvey,
  listCaseDispositions,
  type SurveyContext,
  scheduleReminder,
} from "@smartspec/services";
import type { App } from "../../app-env.ts";
import { currentUser, requireSession } from "../../http/current-user.ts";
import { errors, jsonBody } from "../common-schema.ts";
import { memberRoute, surveyParams, surveyPath, surveyReply } from "./survey-schema.ts";

export const invitationsSchema = z
  .strictObject({ subject: z.string().max(200), text: z.string().max(20_000) })
  .openapi("SurveyInvitations");

export const reminderSchema = z
  .strictObject({
    wave: z.number().int(),
    dueAt: z.iso.datetime({ offset: true }),
    subject: z.string().max(200),
    text: z.string().max(20_000),
  })
  .openapi("SurveyReminder");

const writeErrors = {
  400: errors[400],
  401: errors[401],
  403: errors[403],
  404: errors[404],
  409: errors[409],
} as const;

const launchRoute = createRoute({
  ...memberRoute,
  method: "post",
  path: `${surveyPath}/launch`,
  summary: "Start fieldwork: freezes the anonymity mode and the newest instrument version",
  middleware: [requireSession] as const,
  request: { params: surveyParams },
  responses: { 200: surveyReply("The live survey", surveyViewSchema), ...writeErrors },
});

const closeRoute = createRoute({
  ...memberRoute,
  method: "post",
  path: `${surveyPath}/close`,
  summary: "End fieldwork: links stop working, dispositions are final",
  middleware: [requireSession] as const,
  request: { params: surveyParams },
  responses: { 200: surveyReply("The closed survey", surveyViewSchema), ...writeErrors },
});

const invitationsRoute = createRoute({
  ...memberRoute,
  method: "post",
  path: `${surveyPath}/invitations`,
  summary: "Queue one invitation per case not yet invited (template with {{link}})",
  middleware: [requireSession] as const,
  request: { params: surveyParams, body: jsonBody(invitationsSchema) },
  responses: {
    200: surveyReply("Invitations queued", invitationsSentSchema),
    ...writeErrors,
    415: errors[415],
  },
});

const remindersRoute = createRoute({
  ...memberRoute,
  method: "post",
  path: `${surveyPath}/reminders`,
  summary: "Schedule (or reschedule) a reminder wave to non-respondents",
  middleware: [requireSession] as const,
  request: { params: surveyParams, body: jsonBody(reminderSchema) },
  responses: { 200: surveyReply("The reminder wave", reminderWaveSchema), ...writeErrors, 415: errors[415] },
});

const dashboardRoute = createRoute({
  ...memberRoute,
  method: "get",
  path: `${surveyPath}/dashboard`,
  summary: "The fieldwork dashboard: daily events, strata, mails by wave, dispositions and AAPOR rates",
  middleware: [requireSession] as const,
  request: { params: surveyParams },
  responses: {
    200: surveyReply("The dashboard", fieldworkDashboardSchema),
    401: errors[401],
    404: errors[404],
  },
});

const dispositionsRoute = createRoute({
  ...memberRoute,
  method: "get",
  path: `${surveyPath}/dispositions`,
  summary: "Each case's AAPOR disposition (the fieldwork record, never the answers)",
  middleware: [requireSession] as const,
  request: { params: surveyParams },
  responses: {
    200: surveyReply("One row per case", caseDispositionListSchema),
    401: errors[401],
    404: errors[404],
  },
});

export function registerFieldworkRoutes(app: App, ctx: SurveyContext): void {
  app.openapi(launchRoute, async (c) => {
    const user = currentUser(c);
    return c.json(await launchSurvey(ctx, { userId: user.id, ...c.req.valid("param") }), 200);
  });
  app.openapi(closeRoute, async (c) => {
    const user = currentUser(c);
    return c.json(await closeSurvey(ctx, { userId: user.id, ...c.req.valid("param") }), 200);
  });
  app.openapi(invitationsRoute, async (c) => {
    const user = currentUser(c);
    const body = c.req.valid("json");
    return c.json(await issueInvitations(ctx, { userId: user.id, ...c.req.valid("param"), ...body }), 200);
  });
  app.openapi(remindersRoute, async (c) => {
    const user = currentUser(c);
    const { dueAt, ...body } = c.req.valid("json");
    const wave = await scheduleReminder(ctx, {
      userId: user.id,
      ...c.req.valid("param"),
      ...body,
      dueAt: new Date(dueAt),
    });
    return c.json(wave, 200);
  });
  app.openapi(dashboardRoute, async (c) => {
    const user = currentUser(c);
    return c.json(await fieldworkDashboard(ctx, { userId: user.id, ...c.req.valid("param") }), 200);
  });
  app.openapi(dispositionsRoute, async (c) => {
    const user = currentUser(c);
    return c.json(await listCaseDispositions(ctx, { userId: user.id, ...c.req.valid("param") }), 200);
  });
}
