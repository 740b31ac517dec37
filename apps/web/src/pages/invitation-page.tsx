import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { ApiError } from "../api/api-error.ts";
import { invitationQuery, sessionQuery } from "../api/queries.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { roleLabel } from "../lib/format.ts";
import { AcceptInvitationForm } from "./accept-invitation-form.tsx";

/**
 * /invitations/:token: who invites whom, then either a new account (name + password) or, for an
 * existing account, acceptance while signed in as the invited email.
 */
export function InvitationPage() {
  const { token } = useParams({ strict: false }) as { token: string };
  const invitation = useQuery(invitationQuery(token));
  const session = useQuery(sessionQuery).data;
  if (invitation.isPending) return <p role="status">Loading the invitation…</p>;
  if (invitation.isError) {
    const gone = invitation.error instanceof ApiError && invitation.error.status === 404;
    return (
      <div className="narrow">
        <PageTitle page="Invitation not found" />
        <h1>Invitation not found</h1>
        {gone ? (
          <p>This invitation does not exist, has been used already or has expired. Ask for a new one.</p>
        ) : (
          <ErrorAlert error={invitation.error} />
        )}
      </div>
    );
  }
  const { workspaceName, email, role, accountExists } = invitation.data;
  const signedInAs = session?.user?.email;
  const isInvitee = signedInAs !== undefined && signedInAs.toLowerCase() === email.toLowerCase();
  return (
    <div className="narrow">
      <PageTitle page="Accept invitation" />
      <h1>Join {workspaceName}</h1>
      <p>
        {email} is invited to {workspaceName} as {roleLabel(role).toLowerCase()}.
      </p>
      {!accountExists || isInvitee ? (
        <AcceptInvitationForm
          token={token}
          email={email}
          workspaceName={workspaceName}
          newAccount={!accountExists}
        />
      ) : signedInAs !== undefined ? (
        <p>
          You are signed in as {signedInAs}. Sign out, then sign in as {email} to accept this invitation.
        </p>
      ) : (
        <p>
          {email} already has an account.{" "}
          <Link to="/login" search={{ redirect: `/invitations/${token}` }}>
            Sign in as {email}
          </Link>{" "}
          to accept.
        </p>
      )}
    </div>
  );
}
