// Route of a workspace's mail outbox (owners): how links reach people when no SMTP is set up.
import { createRoute, z } from "@hono/zod-openapi";
import { requireSession } from "../../http/current-user.ts";
import { errors, jsonResponse, slugParams } from "../common-schema.ts";

export const outboxMailSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
    status: z.enum(["queued", "sending", "sent", "failed", "kept"]),
  })
  .openapi("OutboxMail");

export const readOutboxRoute = createRoute({
  method: "get",
  path: "/api/workspaces/{slug}/outbox",
  tags: ["members"],
  summary: "Mail sent or kept for the workspace, newest first (owners)",
  security: [{ session: [] }],
  middleware: [requireSession] as const,
  request: { params: slugParams },
  responses: {
    200: jsonResponse(z.array(outboxMailSchema), "The mail"),
    401: errors[401],
    403: errors[403],
    404: errors[404],
  },
});
