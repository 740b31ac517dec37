import { pageTitle } from "../lib/format.ts";

/** Sets the document title to "<page> - smartspec" (React 19 hoists <title> into <head>). */
export function PageTitle({ page }: { page: string }) {
  return <title>{pageTitle(page)}</title>;
}
