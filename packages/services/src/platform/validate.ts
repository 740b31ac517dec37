// Checks one use-case input against its domain schema; a failure becomes a `validation` error
// naming the field, so every caller (HTTP, CLI) reports the same text.
import type { z } from "zod";
import { PlatformError } from "./platform-error.ts";

/**
 * The parsed (normalised) value, or a PlatformError("validation") with the schema's first message.
 * Example: `parseField(emailSchema, " A@B.org ", "email")` -> "a@b.org".
 */
export function parseField<T extends z.ZodType>(schema: T, value: unknown, field: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? "Invalid value";
  throw new PlatformError("validation", `${field}: ${message}`, { field });
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a UUID in its usual text form (ids from URLs are checked before any query). */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
