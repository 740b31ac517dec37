import { createContext, useContext } from "react";
import type { WorkspaceSummary } from "../api/types.ts";

const WorkspaceContext = createContext<WorkspaceSummary | undefined>(undefined);

export const WorkspaceProvider = WorkspaceContext.Provider;

/** The workspace the current page belongs to, with the caller's role; only inside /w/:slug pages. */
export function useWorkspace(): WorkspaceSummary {
  const workspace = useContext(WorkspaceContext);
  if (workspace === undefined) throw new Error("useWorkspace is only for pages under /w/:slug");
  return workspace;
}
