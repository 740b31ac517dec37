// Routes of an emailed invitation: what it is for, and accepting it.
import { createRoute, z } from "@hono/zod-openapi";
import { passwordSchema, personNameSchema, roleSchema } from "@smartspec/domain";
import { errors, jsonBody, jsonResponse, sessionSchema, tokenParams } from "../common-schema.ts";

export const invitationInfoSchema = z
  .object({
    workspaceName: z.string(),
    email: z.string(),
    role: roleSchema,
    accountExists: z
      .boolean()
      .openapi({ description: "True: sign in to accept; false: choose a name and password" }),
  })
  .openapi("InvitationInfo");

export const acceptInvitationSchema = z
  .strictObject({
    name: personNameSchema.optional(),
    password: passwordSchema.optional(),
  })
  .openapi("AcceptInvitation");

export const invitationInfoRoute = createRoute({
  method: "get",
  path: "/api/invitations/{token}",
  tags: ["members"],
  summary: "The workspace, email and role of an open invitation",
  request: { params: tokenParams },
  responses: { 200: jsonResponse(invitationInfoSchema, "The invitation"), 404: errors[404] },
});

export const acceptInvitationRoute = createRoute({
  method: "post",
  path: "/api/invitations/{token}/accept",
  tags: ["members"],
  summary:
    "Accept an invitation: a new account needs name and password (and is signed in); an existing account must be signed in as the invited email",
  request: { params: tokenParams, body: jsonBody(acceptInvitationSchema) },
  responses: {
    200: jsonResponse(sessionSchema, "Joined; the session after accepting"),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});
