// An invitation that can still be accepted: known token, not accepted, not expired.
import { emailTokenSchema } from "@smartspec/domain";
import { findInvitationByTokenHash, type InvitationRecord, type Queryable } from "@smartspec/storage";
import { PlatformError } from "../platform-error.ts";
import { hashToken } from "../tokens.ts";

export const invalidInvitationMessage = "This invitation link is not valid: it may have expired or been used";

/** The open invitation for `token`; `not-found` when malformed, unknown, accepted or expired at `now`. */
export async function findOpenInvitation(db: Queryable, token: string, now: Date): Promise<InvitationRecord> {
  if (!emailTokenSchema.safeParse(token).success)
    throw new PlatformError("not-found", invalidInvitationMessage);
  const invitation = await findInvitationByTokenHash(db, hashToken(token));
  if (!invitation || invitation.acceptedAt !== null || invitation.expiresAt <= now) {
    throw new PlatformError("not-found", invalidInvitationMessage);
  }
  return invitation;
}
