// Routes of the instance settings: anyone reads them, the instance admin changes them.
import { createRoute, z } from "@hono/zod-openapi";
import { requireSession } from "../../http/current-user.ts";
import { errors, jsonBody, jsonResponse } from "../common-schema.ts";

export const settingsSchema = z
  .object({
    publicOpenData: z
      .boolean()
      .openapi({ description: "Anyone may browse the bundled open data without signing in" }),
    mailDelivery: z.enum(["smtp", "outbox"]).openapi({
      description: "smtp: mail is sent through the configured server; outbox: it waits for owners to read",
    }),
  })
  .openapi("Settings");

export const updateSettingsSchema = z
  .strictObject({ publicOpenData: z.boolean().optional() })
  .openapi("UpdateSettings");

export const getSettingsRoute = createRoute({
  method: "get",
  path: "/api/settings",
  tags: ["settings"],
  summary: "Instance settings",
  responses: { 200: jsonResponse(settingsSchema, "The settings") },
});

export const updateSettingsRoute = createRoute({
  method: "patch",
  path: "/api/settings",
  tags: ["settings"],
  summary: "Change instance settings (instance admin)",
  security: [{ session: [] }],
  middleware: [requireSession] as const,
  request: { body: jsonBody(updateSettingsSchema) },
  responses: {
    200: jsonResponse(settingsSchema, "The settings now"),
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});
