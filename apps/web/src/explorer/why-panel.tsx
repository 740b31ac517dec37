import { useEffect, useRef } from "react";
import type { OpportunityRow, RelatedStrength } from "../api/explorer-types.ts";
import { formatDecimal } from "./format-values.ts";

interface WhyPanelProps {
  readonly row: OpportunityRow;
  readonly strengths: readonly RelatedStrength[];
  readonly onClose: () => void;
}

/**
 * "Why <code>?": the region's existing strengths (M = 1) closest to an opportunity in the
 * activity space. Takes focus when it opens so keyboard users land on it.
 */
export function WhyPanel({ row, strengths, onClose }: WhyPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the panel each time another activity is explained.
  useEffect(() => {
    if (row.activity !== "") heading.current?.focus();
  }, [row.activity]);
  return (
    <section className="why-panel" aria-labelledby="why-heading">
      <h2 id="why-heading" ref={heading} tabIndex={-1}>
        Why {row.activity}?
      </h2>
      <p>
        <strong>{row.title}</strong>: relatedness density {formatDecimal(row.density)}, complexity (PCI){" "}
        {formatDecimal(row.pci)}.{" "}
        {strengths.length === 0
          ? "The region has no existing strength related to it."
          : "It sits next to these existing strengths of the region (proximity: how often two activities are strengths in the same regions, 0-1):"}
      </p>
      {strengths.length > 0 && (
        <ul>
          {strengths.map((strength) => (
            <li key={strength.activity}>
              <span className="code">{strength.activity}</span> {strength.title}: proximity{" "}
              {formatDecimal(strength.proximity)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="secondary" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
