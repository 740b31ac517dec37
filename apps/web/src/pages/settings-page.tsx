import { useSuspenseQuery } from "@tanstack/react-query";
import { sessionQuery } from "../api/queries.ts";
import { PageTitle } from "../components/page-title.tsx";
import { RequireSection } from "../shell/require-section.tsx";
import { useWorkspace } from "../shell/workspace-context.tsx";
import { OpenDataSetting } from "./open-data-setting.tsx";
import { WorkspaceNameForm } from "./workspace-name-form.tsx";

/** /w/:slug/settings (owners): the workspace's name; instance admins also the open data switch. */
export function SettingsPage() {
  return (
    <RequireSection section="settings">
      <Settings />
    </RequireSection>
  );
}

function Settings() {
  const workspace = useWorkspace();
  const isAdmin = useSuspenseQuery(sessionQuery).data.user?.isAdmin === true;
  return (
    <>
      <PageTitle page="Settings" />
      <h1>Settings</h1>
      <WorkspaceNameForm key={workspace.slug} workspace={workspace} />
      {isAdmin && <OpenDataSetting />}
    </>
  );
}
