import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { ApiError } from "../api/api-error.ts";
import { explorerDatasetsQuery } from "../api/explorer-queries.ts";
import { datasetsQuery } from "../api/queries.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { DatasetCard } from "./dataset-card.tsx";

/**
 * /explore: the catalogue of bundled open data with licence and attribution. Public when the
 * instance publishes open data; otherwise the API answers 401 and the page asks to sign in.
 */
export function ExplorePage() {
  const datasets = useQuery(datasetsQuery);
  const explorable = new Set((useQuery(explorerDatasetsQuery).data ?? []).map((item) => item.id));
  const signInNeeded = datasets.error instanceof ApiError && datasets.error.status === 401;
  return (
    <>
      <PageTitle page="Open data" />
      <h1>Open data</h1>
      <p className="lead">
        Real regional data bundled with smartspec: employment, business counts, output and trade by region and
        industry, with the classifications and boundaries to read them. Each set keeps its licence and the
        attribution its publisher asks for.
      </p>
      {datasets.isPending && <p role="status">Loading the catalogue…</p>}
      {signInNeeded ? (
        <p>
          This instance shares its open data with signed-in users only. <Link to="/login">Sign in</Link> to
          see it.
        </p>
      ) : (
        <ErrorAlert error={datasets.error} />
      )}
      {datasets.data && (
        <>
          <p>{datasets.data.length} data sets.</p>
          <ul className="card-list">
            {datasets.data.map((dataset) => (
              <li key={dataset.id}>
                <DatasetCard dataset={dataset} explorable={explorable.has(dataset.id)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
