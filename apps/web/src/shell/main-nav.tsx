import { Link, useLocation } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import type { Role } from "../api/types.ts";
import { sectionLabels, sectionsFor } from "../auth/guards.ts";

interface MainNavProps {
  readonly slug: string;
  readonly role: Role;
}

/**
 * The "Main" navigation landmark: one link per section the role may open (owner-only ones hidden).
 * Below 40rem the list folds behind a "Menu" button with aria-expanded; it folds again after each
 * navigation so the new page is not hidden under it.
 */
export function MainNav({ slug, role }: MainNavProps) {
  const [open, setOpen] = useState(false);
  const pathname = useLocation({ select: (location) => location.pathname });
  // biome-ignore lint/correctness/useExhaustiveDependencies: close the menu whenever the page changes.
  useEffect(() => setOpen(false), [pathname]);
  return (
    <nav aria-label="Main" className="main-nav">
      <button
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls="main-nav-links"
        onClick={() => setOpen(!open)}
      >
        Menu
      </button>
      <ul id="main-nav-links" className="main-nav-links" data-open={open}>
        {sectionsFor(role).map((section) => (
          <li key={section}>
            <Link to={`/w/$slug/${section}`} params={{ slug }} activeProps={{ className: "active" }}>
              {sectionLabels[section]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
