import type { PendingInvitation } from "../api/types.ts";
import { formatTimestamp, roleLabel } from "../lib/format.ts";

/** Invitations sent but not yet accepted (owners only); nothing when there are none. */
export function PendingInvitations({ invitations }: { invitations: readonly PendingInvitation[] }) {
  if (invitations.length === 0) return null;
  return (
    <section aria-labelledby="pending-heading">
      <h2 id="pending-heading">Pending invitations</h2>
      <ul className="plain-list">
        {invitations.map((invitation) => (
          <li key={invitation.id}>
            {invitation.email} as {roleLabel(invitation.role).toLowerCase()}, valid until{" "}
            {formatTimestamp(invitation.expiresAt)}
          </li>
        ))}
      </ul>
    </section>
  );
}
