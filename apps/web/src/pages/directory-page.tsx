import { EmptyState } from "../components/empty-state.tsx";

/** /w/:slug/directory: the Directory area (empty until the directory lands). */
export function DirectoryPage() {
  return (
    <EmptyState
      title="Directory"
      sentence="The directory will hold the organisations and people this workspace works with."
      coming={[
        "Organisations: SMEs, manufacturers, universities and facilities, with activity codes and size bands",
        "People: contacts with their consent recorded, as data protection law requires",
        "Links between them: matchmaking and the cluster network",
      ]}
    />
  );
}
