import { useQuery } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { xlsxUrl } from "../api/explorer-endpoints.ts";
import { opportunitiesQuery } from "../api/explorer-queries.ts";
import type { Opportunities } from "../api/explorer-types.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { CutoffInputs } from "./cutoff-inputs.tsx";
import { ExplorerNav } from "./explorer-nav.tsx";
import { ExportButtons } from "./export-buttons.tsx";
import { exportFileName, sourceLine, toCsv } from "./export-files.ts";
import { measureLabel } from "./format-values.ts";
import { MethodsDetails } from "./methods-details.tsx";
import { OpportunityChart } from "./opportunity-chart.tsx";
import { type Cutoffs, quadrantLabels, quadrantOf } from "./opportunity-plot.ts";
import { OpportunityTable } from "./opportunity-table.tsx";
import { SectionLegend } from "./section-legend.tsx";
import { type ExplorerPlace, useExplorerView } from "./use-explorer-view.ts";
import { WhyPanel } from "./why-panel.tsx";

/** /explore/:dataset/regions/:region/opportunities: density x complexity chart, table and "Why?". */
export function OpportunitiesPage() {
  const place = useExplorerView();
  const { dataset, region, search } = place;
  const opportunities = useQuery(opportunitiesQuery(dataset, region, search));
  const name = opportunities.data?.region?.name;
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

function OpportunitiesBody({ data, place }: { data: Opportunities; place: ExplorerPlace }) {
  const { dataset, region, search, update } = place;
  const cutoffs: Cutoffs = useMemo(
    () => ({
      density: search.density ?? data.cutoffs.density,
      complexity: search.complexity ?? data.cutoffs.complexity,
    }),
    [search.density, search.complexity, data.cutoffs],
  );
  const [selected, setSelected] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const measure = measureLabel(dataset);
  const licence = data.licence ?? "";
  const selectedRow = data.rows.find((row) => row.activity === selected);
  const baseName = exportFileName(dataset, region, `opportunities-${data.view.year}`, "x").slice(0, -2);
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
        strengths.
      </p>
      <CutoffInputs value={cutoffs} defaults={data.cutoffs} onChange={update} />
      <div className="chart-with-panel">
        <div>
          <OpportunityChart
            rows={data.rows}
            cutoffs={cutoffs}
            measure={measure}
            onSelect={setSelected}
            svgRef={svgRef}
          />
          <SectionLegend rows={data.rows} />
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
        svgRef={svgRef}
        baseName={baseName}
        attribution={data.attribution}
        licence={licence}
        csv={csv}
        xlsxHref={xlsxUrl("opportunities", dataset, region, search)}
      />
      <OpportunityTable rows={data.rows} cutoffs={cutoffs} measure={measure} onWhy={setSelected} />
      <MethodsDetails methods={data.methods} />
      <p className="attribution">{sourceLine(data.attribution, licence)}</p>
    </>
  );
}
