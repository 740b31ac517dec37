// Schemas shared by several routes: the error body, the session shape, and the standard error
// responses each route documents in the OpenAPI document.
import { z } from "@hono/zod-openapi";

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "unauthenticated" }),
      message: z.string().openapi({ example: "Sign in to use this part of smartspec." }),
    }),
  })
  .openapi("Error");

const roleSchema = z.enum(["owner", "analyst", "viewer"]);

export const workspaceSchema = z
  .object({
    id: z.string(),
    slug: z.string().openapi({ example: "north-east-lep" }),
    name: z.string().openapi({ example: "North East LEP" }),
    role: roleSchema,
  })
  .openapi("Workspace");

export const sessionSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string(), isAdmin: z.boolean() }).nullable(),
    workspaces: z.array(workspaceSchema),
    csrfToken: z.string().openapi({ description: "Send as X-CSRF-Token on every POST/PUT/PATCH/DELETE." }),
  })
  .openapi("Session");

export const slugParams = z.object({
  slug: z.string().openapi({ param: { name: "slug", in: "path" }, example: "north-east-lep" }),
});

export const tokenParams = z.object({
  token: z.string().openapi({ param: { name: "token", in: "path" } }),
});

const errorContent = (description: string) => ({
  description,
  content: { "application/json": { schema: errorSchema } },
});

/** Error responses by status, for a route's `responses`. */
export const errors = {
  400: errorContent("Invalid request (code `validation`, `invalid-json` or a use case's code)"),
  401: errorContent("No valid session (code `unauthenticated`)"),
  403: errorContent("CSRF check failed (`csrf`) or the role does not allow it (`forbidden`)"),
  404: errorContent("Not found, or not a member (`not-found`)"),
  409: errorContent("Conflicts with the current state (`conflict`, `last-owner`)"),
  413: errorContent("Body over 1 MiB (`payload-too-large`)"),
  415: errorContent("Body not JSON (`unsupported-media-type`)"),
  429: errorContent("Too many attempts (`rate-limited`); see Retry-After"),
} as const;

/** A JSON request body for createRoute. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { "application/json": { schema } } } as const;
}

/** A JSON response for createRoute. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } } as const;
}
