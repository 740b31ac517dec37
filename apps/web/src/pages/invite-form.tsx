import { type Role, roles } from "@smartspec/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { api } from "../api/api.ts";
import { queryKeys, settingsQuery } from "../api/queries.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { StatusMessage } from "../components/status-message.tsx";
import { TextField } from "../components/text-field.tsx";
import { roleLabel } from "../lib/format.ts";
import { emailProblem } from "../lib/validation.ts";

/** The owner's "Send invitation" form: an email and a role; the mail goes out or waits in the outbox. */
export function InviteForm({ slug }: { slug: string }) {
  const queryClient = useQueryClient();
  const settings = useQuery(settingsQuery);
  const roleId = useId();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("analyst");
  const [problem, setProblem] = useState<string | undefined>();
  const [sentTo, setSentTo] = useState<string | undefined>();
  const invite = useMutation({
    mutationFn: (values: { email: string; role: Role }) => api.invite(slug, values.email, values.role),
    onSuccess: async (_, values) => {
      setSentTo(values.email);
      setEmail("");
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.members(slug) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.outbox(slug) }),
      ]);
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = emailProblem(email);
    setProblem(found);
    setSentTo(undefined);
    if (found === undefined) invite.mutate({ email: email.trim(), role });
  };
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone</h2>
      <p>Owners manage members, settings and the outbox; analysts work with the data; viewers read it.</p>
      <form onSubmit={onSubmit} noValidate className="inline-form">
        <ErrorAlert error={invite.error} />
        {sentTo && (
          <StatusMessage>
            {settings.data?.mailDelivery === "smtp"
              ? `Invitation sent to ${sentTo} by email.`
              : `Invitation for ${sentTo} created. No mail server is set up, so it waits in the Outbox, where you can copy the link.`}
          </StatusMessage>
        )}
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="off"
          required
          value={email}
          problem={problem}
          onChange={(event) => setEmail(event.target.value)}
        />
        <div className="field">
          <label htmlFor={roleId}>Role</label>
          <select id={roleId} value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {roles.map((option) => (
              <option key={option} value={option}>
                {roleLabel(option)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-primary" disabled={invite.isPending}>
          Send invitation
        </button>
      </form>
    </section>
  );
}
