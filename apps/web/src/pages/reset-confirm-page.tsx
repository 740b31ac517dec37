import { useMutation } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { api } from "../api/api.ts";
import { ApiError } from "../api/api-error.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { StatusMessage } from "../components/status-message.tsx";
import { TextField } from "../components/text-field.tsx";
import { passwordMinLength, passwordProblem } from "../lib/validation.ts";

/** /reset-password/:token: sets a new password with the emailed token; every session then ends. */
export function ResetConfirmPage() {
  const { token } = useParams({ strict: false }) as { token: string };
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const confirm = useMutation({ mutationFn: () => api.confirmPasswordReset(token, password) });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = passwordProblem(password);
    setProblem(found);
    if (found === undefined) confirm.mutate();
  };
  return (
    <div className="narrow">
      <PageTitle page="Set a new password" />
      <h1>Set a new password</h1>
      {confirm.isSuccess ? (
        <StatusMessage>
          Your password is changed and every session of your account has ended.{" "}
          <Link to="/login">Sign in with the new password</Link>.
        </StatusMessage>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <ErrorAlert error={confirm.error} />
          {confirm.error instanceof ApiError && confirm.error.code === "invalid-token" && (
            <p>
              <Link to="/reset-password">Ask for a new link</Link>
            </p>
          )}
          <TextField
            label="New password"
            type="password"
            name="new-password"
            autoComplete="new-password"
            hint={`At least ${passwordMinLength} characters.`}
            required
            value={password}
            problem={problem}
            onChange={(event) => setPassword(event.target.value)}
          />
          <button type="submit" className="button-primary" disabled={confirm.isPending}>
            Set new password
          </button>
        </form>
      )}
    </div>
  );
}
