import { useQuery } from "@tanstack/react-query";
import { outboxQuery } from "../api/queries.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { RequireSection } from "../shell/require-section.tsx";
import { useWorkspace } from "../shell/workspace-context.tsx";
import { MailRow } from "./mail-row.tsx";

/** /w/:slug/outbox (owners): mail this workspace sent or holds; each subject opens its text. */
export function OutboxPage() {
  return (
    <RequireSection section="outbox">
      <Outbox />
    </RequireSection>
  );
}

function Outbox() {
  const workspace = useWorkspace();
  const mails = useQuery(outboxQuery(workspace.slug));
  return (
    <>
      <PageTitle page="Outbox" />
      <h1>Outbox</h1>
      <p className="lead">
        Invitations and other mail from {workspace.name}. When no mail server is configured, mail waits here:
        open one to read it and pass its link on yourself.
      </p>
      {mails.isPending && <p role="status">Loading mail…</p>}
      <ErrorAlert error={mails.error} />
      {mails.data?.length === 0 && <p>No mail yet.</p>}
      {mails.data && mails.data.length > 0 && (
        <div className="table-scroll">
          <table className="outbox">
            <caption className="visually-hidden">Mail from {workspace.name}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Mail</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {mails.data.map((mail) => (
                <MailRow key={mail.id} mail={mail} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
