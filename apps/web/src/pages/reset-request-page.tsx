import { useMutation } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { api } from "../api/api.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { StatusMessage } from "../components/status-message.tsx";
import { TextField } from "../components/text-field.tsx";
import { emailProblem } from "../lib/validation.ts";

/**
 * /reset-password: asks for a reset link. The answer is the same whether or not the email has an
 * account (the server never says), so the page says "if".
 */
export function ResetRequestPage() {
  const [email, setEmail] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const request = useMutation({ mutationFn: () => api.requestPasswordReset(email.trim()) });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = emailProblem(email);
    setProblem(found);
    if (found === undefined) request.mutate();
  };
  return (
    <div className="narrow">
      <PageTitle page="Reset password" />
      <h1>Reset your password</h1>
      {request.isSuccess ? (
        <StatusMessage>
          If an account exists for {email.trim()}, we have sent it a link to set a new password. The link
          works once, for one hour.
        </StatusMessage>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <ErrorAlert error={request.error} />
          <p>Enter the email you sign in with and we will send you a link to set a new password.</p>
          <TextField
            label="Email"
            type="email"
            name="email"
            autoComplete="email"
            required
            value={email}
            problem={problem}
            onChange={(event) => setEmail(event.target.value)}
          />
          <button type="submit" className="button-primary" disabled={request.isPending}>
            Send reset link
          </button>
        </form>
      )}
      <p>
        <Link to="/login">Back to sign in</Link>
      </p>
    </div>
  );
}
