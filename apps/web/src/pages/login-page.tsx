import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { api } from "../api/api.ts";
import { queryKeys } from "../api/queries.ts";
import { safeRedirectPath } from "../auth/guards.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { TextField } from "../components/text-field.tsx";

/** /login: email and password; on success back to `?redirect=` (same-site paths only) or home. */
export function LoginPage() {
  const search: { redirect?: unknown } = useSearch({ strict: false });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const signIn = useMutation({
    mutationFn: () => api.signIn(email.trim(), password),
    onSuccess: async (session) => {
      // Nothing private is cached before sign-in (sign-out drops it), so only the session changes.
      queryClient.setQueryData(queryKeys.session, session);
      await navigate({ to: safeRedirectPath(search.redirect) ?? "/" });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  return (
    <div className="narrow">
      <PageTitle page="Sign in" />
      <h1>Sign in</h1>
      <form onSubmit={onSubmit} noValidate>
        <ErrorAlert error={signIn.error} />
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" className="button-primary" disabled={signIn.isPending}>
          Sign in
        </button>
      </form>
      <p>
        <Link to="/reset-password">Forgot your password?</Link>
      </p>
    </div>
  );
}
