import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { api } from "../api/api.ts";
import { queryKeys } from "../api/queries.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { TextField } from "../components/text-field.tsx";
import { nameProblem, passwordMinLength, passwordProblem } from "../lib/validation.ts";

interface AcceptInvitationFormProps {
  readonly token: string;
  /** The invited email: the account's user name, given to password managers. */
  readonly email: string;
  readonly workspaceName: string;
  /** Ask for a name and password to create the account. */
  readonly newAccount: boolean;
}

/** The "Accept invitation" form; on success the person is signed in and lands in the workspace. */
export function AcceptInvitationForm({ token, email, workspaceName, newAccount }: AcceptInvitationFormProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [problems, setProblems] = useState<{ name?: string | undefined; password?: string | undefined }>({});
  const accept = useMutation({
    mutationFn: () => api.acceptInvitation(token, newAccount ? { name: name.trim(), password } : {}),
    onSuccess: async (session) => {
      queryClient.setQueryData(queryKeys.session, session);
      const joined = session.workspaces.find((workspace) => workspace.name === workspaceName);
      await navigate({ to: joined ? `/w/${encodeURIComponent(joined.slug)}/evidence` : "/" });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = newAccount ? { name: nameProblem(name), password: passwordProblem(password) } : {};
    setProblems(found);
    if (found.name === undefined && found.password === undefined) accept.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorAlert error={accept.error} />
      {newAccount && (
        <>
          {/* Lets a password manager file the new password under the right account. */}
          <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
          <TextField
            label="Name"
            name="name"
            autoComplete="name"
            required
            value={name}
            problem={problems.name}
            onChange={(event) => setName(event.target.value)}
          />
          <TextField
            label="Password"
            type="password"
            name="new-password"
            autoComplete="new-password"
            hint={`At least ${passwordMinLength} characters.`}
            required
            value={password}
            problem={problems.password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </>
      )}
      <button type="submit" className="button-primary" disabled={accept.isPending}>
        Accept invitation
      </button>
    </form>
  );
}
