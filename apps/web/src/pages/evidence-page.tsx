import { EmptyState } from "../components/empty-state.tsx";

/** /w/:slug/evidence: the Evidence area (empty until the evidence explorer lands). */
export function EvidencePage() {
  return (
    <EmptyState
      title="Evidence"
      sentence="Evidence will show where this region is specialised, which related activities sit next to its strengths, and where its diversification opportunities are."
      coming={[
        "Region profiles: location quotients, diversity and economic complexity from the bundled data or your own",
        "Opportunities: related activities ranked by relatedness density and complexity gain",
        "Maps and charts of each measure, with the data and method behind every number",
      ]}
    />
  );
}
