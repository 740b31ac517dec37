import type { ReactNode } from "react";
import { SkipLink } from "../../shell/skip-link.tsx";

/**
 * The frame of a respondent's pages (/s/...): the product name as plain text, no navigation, no
 * sign-in link (respondents have no account), and the page.
 */
export function RespondentLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <header className="app-header respondent-header">
        <span className="product-name">smartspec survey</span>
      </header>
      <main id="main" tabIndex={-1} className="page respondent-page">
        {children}
      </main>
    </>
  );
}
