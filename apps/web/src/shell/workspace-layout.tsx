import { useSuspenseQuery } from "@tanstack/react-query";
import { Outlet, useParams } from "@tanstack/react-router";
import { sessionQuery, workspaceQuery } from "../api/queries.ts";
import { AppHeader } from "./app-header.tsx";
import { MainNav } from "./main-nav.tsx";
import { SkipLink } from "./skip-link.tsx";
import { WorkspaceProvider } from "./workspace-context.tsx";

/**
 * The shell of every /w/:slug page: header with the switcher, the "Main" navigation for the
 * caller's role, and the page. The route's loader has already fetched session and workspace.
 */
export function WorkspaceLayout() {
  const { slug } = useParams({ strict: false }) as { slug: string };
  const session = useSuspenseQuery(sessionQuery).data;
  const workspace = useSuspenseQuery(workspaceQuery(slug)).data;
  return (
    <WorkspaceProvider value={workspace}>
      <SkipLink />
      <AppHeader session={session} currentSlug={workspace.slug} />
      <div className="workspace-frame">
        <MainNav slug={workspace.slug} role={workspace.role} />
        <main id="main" tabIndex={-1} className="page">
          <Outlet />
        </main>
      </div>
    </WorkspaceProvider>
  );
}
