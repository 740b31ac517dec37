import { useRouter } from "@tanstack/react-router";
import { useEffect } from "react";

/**
 * After a client-side navigation to another path, moves focus to the new page's <h1> so screen-
 * reader and keyboard users start at the content (a full page load starts at the top by itself).
 * Waits for the router's "onRendered" event: on a path change alone the old page may still be on
 * screen, and focusing its heading would drop focus to <body> once it is replaced.
 */
export function FocusOnNavigation() {
  const router = useRouter();
  useEffect(
    () =>
      router.subscribe("onRendered", (event) => {
        if (!event.pathChanged) return;
        const heading = document.querySelector<HTMLElement>("main h1");
        if (heading === null) return;
        heading.tabIndex = -1;
        heading.focus();
      }),
    [router],
  );
  return null;
}
