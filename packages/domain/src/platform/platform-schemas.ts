// Validation for the account and workspace fields every platform use case and route accepts.
// Each schema normalises (trims, lower-cases emails) so what is stored is what was checked.
import { z } from "zod";

// Control characters (C0, DEL, C1) have no place in a name and can corrupt logs and mail headers.
const controlCharacter = /\p{Cc}/u;

/** An email address: trimmed, lower-cased, at most 254 characters, the usual local@domain.tld form. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email must be at most 254 characters")
  .pipe(z.email("Enter an email address like name@example.org"));

/** Password length limits: 12 characters at least; 256 at most (hashing cost stays bounded). */
export const passwordLength = { min: 12, max: 256 } as const;

/** A password: 12 to 256 characters, kept exactly as typed (no trimming). */
export const passwordSchema = z
  .string()
  .min(passwordLength.min, `Password must be at least ${passwordLength.min} characters`)
  .max(passwordLength.max, `Password must be at most ${passwordLength.max} characters`);

/** A text of 1 to 100 characters after trimming, without control characters. */
function displayText(what: string) {
  return z
    .string()
    .trim()
    .min(1, `${what} must not be empty`)
    .max(100, `${what} must be at most 100 characters`)
    .refine((text) => !controlCharacter.test(text), `${what} must not contain control characters`);
}

/** A person's display name: 1 to 100 characters, trimmed, no control characters. */
export const personNameSchema = displayText("Name");

/** A workspace's display name: 1 to 100 characters, trimmed, no control characters. */
export const workspaceNameSchema = displayText("Workspace name");

/** Workspace slug: lower-case letters, digits and inner hyphens, 1 to 48 characters (`north-east`). */
export const workspaceSlugPattern = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;

/** A workspace slug as used in URLs (`/w/north-east/...`). */
export const workspaceSlugSchema = z
  .string()
  .regex(
    workspaceSlugPattern,
    "Slug must be 1 to 48 lower-case letters, digits or hyphens, starting and ending with a letter or digit",
  );

/** An emailed token (invitation, password reset): 32 random bytes as base64url, 43 characters. */
export const emailTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "The link is not valid");
