import { useLocation, useNavigate } from "@tanstack/react-router";
import { useId } from "react";
import type { WorkspaceSummary } from "../api/types.ts";
import { switchWorkspacePath } from "../auth/guards.ts";

interface WorkspaceSwitcherProps {
  readonly workspaces: readonly WorkspaceSummary[];
  /** The slug of the workspace on screen; none on pages outside a workspace. */
  readonly current?: string | undefined;
}

/** A <select> labelled "Workspace" that opens the same section in the chosen workspace. */
export function WorkspaceSwitcher({ workspaces, current }: WorkspaceSwitcherProps) {
  const id = useId();
  const navigate = useNavigate();
  const pathname = useLocation({ select: (location) => location.pathname });
  if (workspaces.length === 0) return null;
  const onChange = (slug: string) => {
    const target = workspaces.find((workspace) => workspace.slug === slug);
    if (target) void navigate({ to: switchWorkspacePath(pathname, target.slug, target.role) });
  };
  return (
    <div className="switcher">
      <label htmlFor={id}>Workspace</label>
      <select id={id} value={current ?? ""} onChange={(event) => onChange(event.target.value)}>
        {current === undefined && (
          <option value="" disabled>
            Choose a workspace
          </option>
        )}
        {workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.slug}>
            {workspace.name}
          </option>
        ))}
      </select>
    </div>
  );
}
