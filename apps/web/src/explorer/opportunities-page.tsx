import { useQuery } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { regionXlsxUrl } from "../api/explorer-endpoints.ts";
import { opportunitiesQuery } from "../api/explorer-queries.ts";
import type { RegionOpportunities } from "../api/explorer-types.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { CutoffInputs } from "./cutoff-inputs.tsx";
import { ExplorerNav } from "./explorer-nav.tsx";
import { ExportButtons } from "./export-buttons.tsx";
import { exportBaseName, sourceLine, toCsv } from "./export-files.ts";
import { measureLabel } from "./format-values.ts";
import { MethodsDetails } from "./methods-details.tsx";
import { OpportunityChart } from "./opportunity-chart.tsx";
import {
  type Cutoffs,
  defaultCutoffs,
  placedOpportunities,
  quadrantLabels,
  quadrantOf,
} from "./opportunity-plot.ts";
import { OpportunityTable } from "./opportunity-table.tsx";
import { sectionLegendEntries } from "./section-colours.ts";
import { SectionLegend } from "./section-legend.tsx";
import { type ExplorerPlace, useExplorerView } from "./use-explorer-view.ts";
import { WhyPanel } from "./why-panel.tsx";

/** /explore/:dataset/regions/:region/opportunities: density x complexity chart, table and "Why?". */
export function OpportunitiesPage() {
  const place = useExplorerView();
  const { dataset, region, search } = place;
  const opportunities = useQuery(opportunitiesQuery(dataset, region, search));
  const name = opportunities.data?.region.name;
  return (
    <>
      <PageTitle page={`Opportunities${name ? ` for ${name}` : ""}`} />
      <h1>
        Opportunities for {name ?? region} ({region})
      </h1>
      <ExplorerNav />
      <ErrorAlert error={opportunities.error} />
      {opportunities.isPending && <p role="status">Loading the opportunities…</p>}
      {opportunities.data && <OpportunitiesBody data={opportunities.data} place={place} />}
    </>
  );
}

function OpportunitiesBody({ data, place }: { data: RegionOpportunities; place: ExplorerPlace }) {
  const { dataset, region, search, update } = place;
  const defaults = useMemo(() => defaultCutoffs(data.cutoffs), [data.cutoffs]);
  const cutoffs: Cutoffs = useMemo(
    () => ({
      density: search.density ?? defaults.density,
      complexity: search.complexity ?? defaults.complexity,
    }),
    [search.density, search.complexity, defaults],
  );
  const placed = useMemo(() => placedOpportunities(data.rows), [data.rows]);
  const unplaced = data.rows.length - placed.length;
  const [selected, setSelected] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const measure = measureLabel(dataset);
  const { licence } = data;
  const selectedRow = data.rows.find((row) => row.activity === selected);
  const baseName = exportBaseName([dataset, region, `opportunities-${data.view.year}`]);
  const csv = () =>
    toCsv(
      data.rows.map((row) => ({ ...row, quadrant: quadrantLabels[quadrantOf(row, cutoffs)] })),
      [
        { key: "activity", label: "Activity" },
        { key: "title", label: "Title" },
        { key: "section", label: "Section" },
        { key: "value", label: measure },
        { key: "lq", label: "LQ" },
        { key: "density", label: "Density" },
        { key: "pci", label: "PCI" },
        { key: "cog", label: "COG" },
        { key: "quadrant", label: "Quadrant" },
      ],
      data.attribution,
      licence,
    );
  const counts = data.rows.filter((row) => quadrantOf(row, cutoffs) === "best-bets").length;
  return (
    <>
      <p>
        {data.rows.length} activities the region does not yet specialise in (LQ &lt; 1), placed by how related
        they are to its strengths (density) and how complex they are (PCI). {counts} are best bets at these
        cut-offs: high density and high complexity. Select a point or a row's "Why?" to see its related
        strengths; on the chart, the arrow keys move from one point to the next.
      </p>
      {unplaced > 0 && (
        <p>
          {unplaced} of them have no density or no PCI (undefined for these data), so they are not on the
          chart; the table lists them as "Not placed".
        </p>
      )}
      <CutoffInputs value={cutoffs} defaults={defaults} onChange={update} />
      <div className="chart-with-panel">
        <div>
          <OpportunityChart
            rows={placed}
            cutoffs={cutoffs}
            measure={measure}
            onSelect={setSelected}
            svgRef={svgRef}
          />
          <SectionLegend rows={placed} />
        </div>
        {selectedRow && (
          <WhyPanel
            row={selectedRow}
            strengths={data.why[selectedRow.activity] ?? []}
            onClose={() => setSelected(null)}
          />
        )}
      </div>
      <ExportButtons
        label="Export the opportunities"
        baseName={baseName}
        attribution={data.attribution}
        licence={licence}
        chart={{
          svgRef,
          title: `Opportunities for ${data.region.name} (${region}), ${data.view.level} level, ${data.view.year}`,
          legend: sectionLegendEntries(placed),
        }}
        table={{ csv, xlsxHref: regionXlsxUrl("opportunities", dataset, region, search) }}
      />
      <OpportunityTable rows={data.rows} cutoffs={cutoffs} measure={measure} onWhy={setSelected} />
      <MethodsDetails methods={data.methods} />
      <p className="attribution">{sourceLine(data.attribution, licence)}</p>
    </>
  );
}
