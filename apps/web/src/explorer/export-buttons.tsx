import { useState } from "react";
import { ErrorAlert } from "../components/error-alert.tsx";
import type { LegendEntry } from "./export-layout.ts";
import { downloadBlob, downloadUrl, standaloneSvg, svgToPng } from "./svg-export.tsx";

/** A chart to export as SVG and PNG. */
export interface ChartExport {
  readonly svgRef: { current: SVGSVGElement | null };
  /** A line above the chart in the file, saying what it shows. */
  readonly title?: string;
  /** The chart's colour key, drawn under it in the file. */
  readonly legend?: readonly LegendEntry[];
}

/** A table to export as CSV (made in the browser) and XLSX (made by the server). */
export interface TableExport {
  readonly csv: () => string;
  readonly xlsxHref: string;
}

interface ExportButtonsProps {
  /** The group's accessible name, e.g. "Export the chart". */
  readonly label: string;
  /** File name without extension: `<dataset>-<region>-<view>`. */
  readonly baseName: string;
  readonly attribution: string;
  readonly licence: string;
  readonly chart?: ChartExport;
  readonly table?: TableExport;
}

/**
 * "Download SVG/PNG" for a chart and "Download CSV/XLSX" for a table (either or both): every file
 * carries the data source and licence (the XLSX in its "About" sheet).
 */
export function ExportButtons({ label, baseName, attribution, licence, chart, table }: ExportButtonsProps) {
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<void> | void) => async () => {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The download failed.");
    }
  };
  const svgText = (drawn: ChartExport) => {
    if (!drawn.svgRef.current) throw new Error("The chart is not drawn yet.");
    return standaloneSvg(drawn.svgRef.current, {
      attribution,
      licence,
      title: drawn.title,
      legend: drawn.legend,
    });
  };
  return (
    <fieldset className="export-buttons">
      <legend className="visually-hidden">{label}</legend>
      {chart && (
        <>
          <button
            type="button"
            className="secondary"
            onClick={run(() =>
              downloadBlob(new Blob([svgText(chart)], { type: "image/svg+xml" }), `${baseName}.svg`),
            )}
          >
            Download SVG
          </button>
          <button
            type="button"
            className="secondary"
            onClick={run(async () => downloadBlob(await svgToPng(svgText(chart)), `${baseName}.png`))}
          >
            Download PNG
          </button>
        </>
      )}
      {table && (
        <>
          <button
            type="button"
            className="secondary"
            onClick={run(() =>
              downloadBlob(new Blob([table.csv()], { type: "text/csv;charset=utf-8" }), `${baseName}.csv`),
            )}
          >
            Download CSV
          </button>
          <button
            type="button"
            className="secondary"
            onClick={run(() => downloadUrl(table.xlsxHref, `${baseName}.xlsx`))}
          >
            Download XLSX
          </button>
        </>
      )}
      <ErrorAlert error={error} />
    </fieldset>
  );
}
