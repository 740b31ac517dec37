import { Link, useLocation } from "@tanstack/react-router";
import type { Session } from "../api/types.ts";
import { UserMenu } from "./user-menu.tsx";
import { WorkspaceSwitcher } from "./workspace-switcher.tsx";

interface AppHeaderProps {
  /** Undefined while the session is loading: then only the product name shows. */
  readonly session: Session | undefined;
  /** The workspace on screen, if any. */
  readonly currentSlug?: string | undefined;
}

/** The banner: product name, workspace switcher, open data link, and the user menu or "Sign in". */
export function AppHeader({ session, currentSlug }: AppHeaderProps) {
  const onLoginPage = useLocation({ select: (location) => location.pathname === "/login" });
  return (
    <header className="app-header">
      <Link to="/" className="product-name">
        smartspec
      </Link>
      {session?.user && <WorkspaceSwitcher workspaces={session.workspaces} current={currentSlug} />}
      <div className="header-end">
        <Link to="/explore" className="header-link" activeProps={{ className: "active" }}>
          Open data
        </Link>
        {session?.user ? (
          <UserMenu user={session.user} />
        ) : (
          !onLoginPage && (
            <Link to="/login" className="header-link">
              Sign in
            </Link>
          )
        )}
      </div>
    </header>
  );
}
