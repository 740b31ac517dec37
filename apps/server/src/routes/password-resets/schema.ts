// Routes of /api/password-resets: ask for a reset link by mail, then set a new password with it.
import { createRoute, z } from "@hono/zod-openapi";
import { passwordSchema } from "@smartspec/domain";
import { errors, jsonBody } from "../common-schema.ts";

// Not checked as an email here: any answer other than 202 would tell which addresses exist.
export const resetRequestSchema = z
  .strictObject({ email: z.string().max(320) })
  .openapi("PasswordResetRequest");

export const resetConfirmSchema = z
  .strictObject({ token: z.string().max(200), password: passwordSchema })
  .openapi("PasswordResetConfirm");

export const requestResetRoute = createRoute({
  method: "post",
  path: "/api/password-resets",
  tags: ["accounts"],
  summary: "Mail a password reset link (valid 1 hour) when the email has an account; 202 either way",
  request: { body: jsonBody(resetRequestSchema) },
  responses: { 202: { description: "Accepted" }, 400: errors[400], 403: errors[403] },
});

export const confirmResetRoute = createRoute({
  method: "post",
  path: "/api/password-resets/confirm",
  tags: ["accounts"],
  summary: "Set a new password with the emailed token (single use); ends every session of the user",
  request: { body: jsonBody(resetConfirmSchema) },
  responses: { 204: { description: "Password changed" }, 400: errors[400], 403: errors[403] },
});
