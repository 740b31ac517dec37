import { useQuery } from "@tanstack/react-query";
import { Outlet } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { sessionQuery } from "../api/queries.ts";
import { AppHeader } from "./app-header.tsx";
import { SkipLink } from "./skip-link.tsx";

/** The frame of pages outside a workspace (sign in, password reset, invitations, open data, 404). */
export function PublicLayout({ children }: { children?: ReactNode }) {
  const session = useQuery(sessionQuery).data;
  return (
    <>
      <SkipLink />
      <AppHeader session={session} />
      <main id="main" tabIndex={-1} className="page">
        {children ?? <Outlet />}
      </main>
    </>
  );
}
