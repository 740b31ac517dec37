import { PageTitle } from "./page-title.tsx";

/** What a member sees on a page their role does not open (e.g. a viewer on Settings). */
export function NotAllowed({ workspaceName }: { workspaceName: string }) {
  return (
    <>
      <PageTitle page="Not allowed" />
      <h1>Not allowed</h1>
      <p>Only owners of {workspaceName} can open this page; ask an owner if you need it.</p>
    </>
  );
}
