import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { explorerApi, explorerDatasetsQuery, workspaceDatasetsQuery } from "../api/explorer-queries.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { useWorkspace } from "../shell/workspace-context.tsx";
import { UploadForm } from "./upload-form.tsx";

/** /w/:slug/evidence: the workspace's own data sets, the upload form, and the open data. */
export function EvidencePage() {
  const { slug } = useParams({ strict: false }) as { slug: string };
  const { role } = useWorkspace();
  const queryClient = useQueryClient();
  const datasets = useQuery(workspaceDatasetsQuery(slug));
  const open = useQuery(explorerDatasetsQuery);
  const remove = useMutation({
    mutationFn: (id: string) => explorerApi.deleteWorkspaceDataset(slug, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["workspace", slug, "datasets"] }),
  });
  const canUpload = role === "owner" || role === "analyst";
  const bundled = (open.data ?? []).filter((item) => item.workspace === undefined);
  return (
    <>
      <PageTitle page="Evidence" />
      <h1>Evidence</h1>
      <p className="lead">
        Where regions are specialised, which activities sit next to their strengths, and where the
        opportunities are.
      </p>
      <h2>This workspace's data sets</h2>
      <ErrorAlert error={datasets.error ?? remove.error} />
      {datasets.data?.length === 0 && <p>No data sets uploaded yet.</p>}
      {datasets.data && datasets.data.length > 0 && (
        <ul className="region-list">
          {datasets.data.map((item) => (
            <li key={item.id}>
              <Link to="/explore/$dataset" params={{ dataset: item.id }}>
                {item.title}
              </Link>{" "}
              <span className="muted">
                {item.regions} regions · {item.activities} activities · {item.years.join(", ")}
              </span>{" "}
              {canUpload && (
                <button
                  type="button"
                  className="secondary small"
                  onClick={() =>
                    window.confirm(`Delete ${item.title}? This cannot be undone.`) && remove.mutate(item.id)
                  }
                  aria-label={`Delete ${item.title}`}
                >
                  Delete
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canUpload ? (
        <UploadForm slug={slug} />
      ) : (
        <p>Viewers can explore these data sets; owners and analysts upload them.</p>
      )}
      <h2>Open data</h2>
      <ul className="region-list">
        {bundled.map((item) => (
          <li key={item.id}>
            <Link to="/explore/$dataset" params={{ dataset: item.id }}>
              {item.title}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
