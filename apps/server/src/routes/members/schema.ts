// Routes of a workspace's members: list, invite, change a role, remove.
import { createRoute, z } from "@hono/zod-openapi";
import { emailSchema, roleSchema } from "@smartspec/domain";
import { requireSession } from "../../http/current-user.ts";
import { errors, jsonBody, jsonResponse, slugParams } from "../common-schema.ts";

export const memberSchema = z
  .object({ userId: z.string(), email: z.string(), name: z.string(), role: roleSchema })
  .openapi("Member");

export const pendingInvitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: roleSchema,
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  })
  .openapi("PendingInvitation");

export const memberListSchema = z
  .object({
    members: z.array(memberSchema),
    invitations: z
      .array(pendingInvitationSchema)
      .openapi({ description: "Empty unless the caller is an owner" }),
  })
  .openapi("MemberList");

export const inviteSchema = z.strictObject({ email: emailSchema, role: roleSchema }).openapi("Invite");
export const changeRoleSchema = z.strictObject({ role: roleSchema }).openapi("ChangeRole");

const memberParams = slugParams.extend({
  userId: z.string().openapi({ param: { name: "userId", in: "path" } }),
});

export const listMembersRoute = createRoute({
  method: "get",
  path: "/api/workspaces/{slug}/members",
  tags: ["members"],
  summary: "Members of a workspace (any member); pending invitations for owners",
  security: [{ session: [] }],
  middleware: [requireSession] as const,
  request: { params: slugParams },
  responses: { 200: jsonResponse(memberListSchema, "Members"), 401: errors[401], 404: errors[404] },
});

export const inviteRoute = createRoute({
  method: "post",
  path: "/api/workspaces/{slug}/invitations",
  tags: ["members"],
  summary: "Invite someone by email with a role (owners); mails a link valid 7 days",
  security: [{ session: [] }],
  middleware: [requireSession] as const,
  request: { params: slugParams, body: jsonBody(inviteSchema) },
  responses: {
    201: jsonResponse(pendingInvitationSchema, "Invited"),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const changeRoleRoute = createRoute({
  method: "patch",
  path: "/api/workspaces/{slug}/members/{userId}",
  tags: ["members"],
  summary: "Change a member's role (owners); the last owner cannot be demoted",
  security: [{ session: [] }],
  middleware: [requireSession] as const,
  request: { params: memberParams, body: jsonBody(changeRoleSchema) },
  responses: {
    200: jsonResponse(memberSchema, "Changed"),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const removeMemberRoute = createRoute({
  method: "delete",
  path: "/api/workspaces/{slug}/members/{userId}",
  tags: ["members"],
  summary: "Remove a member (owners); the last owner cannot be removed",
  security: [{ session: [] }],
  middleware: [requireSession] as const,
  request: { params: memberParams },
  responses: {
    204: { description: "Removed" },
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});
