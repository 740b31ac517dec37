import { canManageMembers } from "@smartspec/domain";
import { useQuery } from "@tanstack/react-query";
import { membersQuery } from "../api/queries.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { useWorkspace } from "../shell/workspace-context.tsx";
import { InviteForm } from "./invite-form.tsx";
import { MemberRow } from "./member-row.tsx";
import { PendingInvitations } from "./pending-invitations.tsx";

/** /w/:slug/members: everyone sees the list; owners also change roles, remove, and invite. */
export function MembersPage() {
  const workspace = useWorkspace();
  const list = useQuery(membersQuery(workspace.slug));
  const manage = canManageMembers(workspace.role);
  return (
    <>
      <PageTitle page="Members" />
      <h1>Members</h1>
      <p className="lead">People who can open {workspace.name}, and what their role lets them do.</p>
      {list.isPending && <p role="status">Loading members…</p>}
      <ErrorAlert error={list.error} />
      {list.data && (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Members of {workspace.name}</caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Role</th>
                {manage && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {list.data.members.map((member) => (
                <MemberRow key={member.userId} member={member} slug={workspace.slug} manage={manage} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {manage && list.data && <PendingInvitations invitations={list.data.invitations} />}
      {manage && <InviteForm slug={workspace.slug} />}
    </>
  );
}
