import { useRouter } from "@tanstack/react-router";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { PublicLayout } from "../shell/public-layout.tsx";

/** A page that failed to load (server unreachable, 5xx): the reason and a way to try again. */
export function ErrorPage({ error }: { error: unknown }) {
  const router = useRouter();
  return (
    <PublicLayout>
      <PageTitle page="Something went wrong" />
      <h1>Something went wrong</h1>
      <ErrorAlert error={error} />
      <button type="button" className="button-primary" onClick={() => void router.invalidate()}>
        Try again
      </button>
    </PublicLayout>
  );
}
