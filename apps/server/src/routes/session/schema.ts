// Routes of /api/session: read the session, sign in, sign out.
import { createRoute, z } from "@hono/zod-openapi";
import { emailSchema } from "@smartspec/domain";
import { errors, jsonBody, jsonResponse, sessionSchema } from "../common-schema.ts";

export const signInSchema = z
  .strictObject({
    email: emailSchema,
    // Not checked against the password rules here: a wrong password of any length is just wrong.
    password: z.string().min(1, "Enter your password").max(1024, "Password is too long"),
  })
  .openapi("SignIn");

export const getSessionRoute = createRoute({
  method: "get",
  path: "/api/session",
  tags: ["session"],
  summary: "The signed-in user (or null), their workspaces, and the CSRF token to send",
  responses: { 200: jsonResponse(sessionSchema, "The session") },
});

export const signInRoute = createRoute({
  method: "post",
  path: "/api/session",
  tags: ["session"],
  summary: "Sign in with email and password (sets the session cookie; a new token every time)",
  request: { body: jsonBody(signInSchema) },
  responses: {
    200: jsonResponse(sessionSchema, "Signed in"),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    429: errors[429],
  },
});

export const signOutRoute = createRoute({
  method: "delete",
  path: "/api/session",
  tags: ["session"],
  summary: "Sign out (ends the session and clears its cookie)",
  responses: { 204: { description: "Signed out" }, 403: errors[403] },
});
