import { Link } from "@tanstack/react-router";
import { PageTitle } from "../components/page-title.tsx";
import { PublicLayout } from "../shell/public-layout.tsx";

/**
 * Any address with no page, and any workspace the caller is not a member of (the same answer, so a
 * workspace's existence does not leak).
 */
export function NotFoundPage() {
  return (
    <PublicLayout>
      <PageTitle page="Page not found" />
      <h1>Page not found</h1>
      <p>There is no page at this address, or you do not have access to it.</p>
      <p>
        <Link to="/">Go to your start page</Link>
      </p>
    </PublicLayout>
  );
}
