import { noSectionLabel, sectionColour, sectionsIn } from "./section-colours.ts";

/** The colour key of SIC sections present in the rows (swatches are SVG: no inline styles). */
export function SectionLegend({ rows }: { rows: readonly { readonly section: string | null }[] }) {
  const sections = sectionsIn(rows);
  if (sections.length === 0) return null;
  return (
    <ul className="legend" aria-label="SIC sections">
      {sections.map((section) => (
        <li key={section}>
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="5" fill={sectionColour(section === noSectionLabel ? null : section)} />
          </svg>{" "}
          {section === noSectionLabel ? noSectionLabel : `Section ${section}`}
        </li>
      ))}
    </ul>
  );
}
