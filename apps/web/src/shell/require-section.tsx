import type { ReactNode } from "react";
import type { WorkspaceSection } from "../auth/guards.ts";
import { canOpenSection } from "../auth/guards.ts";
import { NotAllowed } from "../components/not-allowed.tsx";
import { useWorkspace } from "./workspace-context.tsx";

/** Renders `children` when the caller's role opens `section`, else the "Not allowed" page. */
export function RequireSection({ section, children }: { section: WorkspaceSection; children: ReactNode }) {
  const workspace = useWorkspace();
  if (!canOpenSection(workspace.role, section)) return <NotAllowed workspaceName={workspace.name} />;
  return children;
}
