import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api } from "../api/api.ts";
import { queryKeys } from "../api/queries.ts";
import type { WorkspaceSummary } from "../api/types.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { StatusMessage } from "../components/status-message.tsx";
import { TextField } from "../components/text-field.tsx";

/** Renames the workspace (its address, the slug, stays); the switcher shows the new name at once. */
export function WorkspaceNameForm({ workspace }: { workspace: WorkspaceSummary }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(workspace.name);
  const [problem, setProblem] = useState<string | undefined>();
  const rename = useMutation({
    mutationFn: (newName: string) => api.renameWorkspace(workspace.slug, newName),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.workspace(workspace.slug) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.session }),
      ]),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const found = trimmed === "" ? "Enter a name for the workspace." : undefined;
    setProblem(found);
    if (found === undefined) rename.mutate(trimmed);
  };
  return (
    <section aria-labelledby="workspace-settings-heading">
      <h2 id="workspace-settings-heading">Workspace</h2>
      <form onSubmit={onSubmit} noValidate>
        <ErrorAlert error={rename.error} />
        {rename.isSuccess && (
          <StatusMessage>Saved: the workspace is now called {rename.data.name}.</StatusMessage>
        )}
        <TextField
          label="Name"
          name="workspace-name"
          hint={`Its address stays /w/${workspace.slug}.`}
          required
          maxLength={120}
          value={name}
          problem={problem}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button-primary" disabled={rename.isPending}>
          Save name
        </button>
      </form>
    </section>
  );
}
