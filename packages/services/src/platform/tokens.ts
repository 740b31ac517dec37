// Secret tokens for cookies and emailed links: 256 random bits, stored only as sha256.
import { createHash, randomBytes } from "node:crypto";

/** A new 256-bit token as base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * The sha256 of a token, hex. A fast hash is enough: tokens are random, not guessable passwords.
 * Example: `hashToken("abc")` -> "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad".
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
