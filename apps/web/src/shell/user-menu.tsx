import type { SessionUser } from "../api/types.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { useSignOut } from "./use-sign-out.tsx";

/** Who is signed in and the "Sign out" button. */
export function UserMenu({ user }: { user: SessionUser }) {
  const signOut = useSignOut();
  return (
    <div className="user-menu">
      <span className="user-name" title={user.email}>
        {user.name || user.email}
      </span>
      <button
        type="button"
        className="button-quiet"
        onClick={() => signOut.mutate()}
        disabled={signOut.isPending}
      >
        Sign out
      </button>
      <ErrorAlert error={signOut.error} />
    </div>
  );
}
