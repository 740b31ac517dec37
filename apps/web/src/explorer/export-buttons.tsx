import { useState } from "react";
import { ErrorAlert } from "../components/error-alert.tsx";
import { downloadBlob, standaloneSvg, svgToPng } from "./svg-export.tsx";

interface ExportButtonsProps {
  readonly svgRef: { current: SVGSVGElement | null };
  /** File name without extension: `<dataset>-<region>-<view>`. */
  readonly baseName: string;
  readonly attribution: string;
  readonly licence: string;
  readonly csv: () => string;
  readonly xlsxHref: string;
}

/** "Download SVG/PNG/CSV/XLSX": each file carries the source and licence (the XLSX in "About"). */
export function ExportButtons({ svgRef, baseName, attribution, licence, csv, xlsxHref }: ExportButtonsProps) {
  const [error, setError] = useState<string | null>(null);
  const svgText = () => {
    if (!svgRef.current) throw new Error("The chart is not drawn yet.");
    return standaloneSvg(svgRef.current, attribution, licence);
  };
  const run = (action: () => Promise<void> | void) => async () => {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The download failed.");
    }
  };
  return (
    <div className="export-buttons">
      <button
        type="button"
        className="secondary"
        onClick={run(() => downloadBlob(new Blob([svgText()], { type: "image/svg+xml" }), `${baseName}.svg`))}
      >
        Download SVG
      </button>
      <button
        type="button"
        className="secondary"
        onClick={run(async () => downloadBlob(await svgToPng(svgText()), `${baseName}.png`))}
      >
        Download PNG
      </button>
      <button
        type="button"
        className="secondary"
        onClick={run(() =>
          downloadBlob(new Blob([csv()], { type: "text/csv;charset=utf-8" }), `${baseName}.csv`),
        )}
      >
        Download CSV
      </button>
      <button
        type="button"
        className="secondary"
        onClick={run(() => {
          const link = document.createElement("a");
          link.href = xlsxHref;
          link.download = `${baseName}.xlsx`;
          document.body.appendChild(link);
          link.click();
          link.remove();
        })}
      >
        Download XLSX
      </button>
      <ErrorAlert error={error} />
    </div>
  );
}
