// Browser-side exports of a chart: a standalone SVG document (the chart nested at its size, an
// optional title and colour key, and the "Source: ... Licence: ..." footer), a PNG drawn from that SVG
// on a canvas, and any Blob as a file download.
import { attributionText } from "./export-files.ts";
import { exportLayout, type LegendEntry } from "./export-layout.ts";

const svgNamespace = "http://www.w3.org/2000/svg";

export interface SvgExportOptions {
  readonly attribution: string;
  readonly licence: string;
  /** A line above the chart saying what it shows. */
  readonly title?: string | undefined;
  /** The colour key, drawn under the chart (the page shows it as HTML beside the chart). */
  readonly legend?: readonly LegendEntry[] | undefined;
}

function element(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(svgNamespace, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A standalone SVG document of a chart: white background, the chart as a nested <svg> at its
 * drawn size, the title and colour key when given, and the footer "Source: <attribution>" and
 * "Licence: <licence>" (wrapped to the width), so the file says what it shows and where it comes
 * from outside the app.
 */
export function standaloneSvg(svg: SVGSVGElement, options: SvgExportOptions): string {
  const width = Number(svg.getAttribute("width") ?? svg.clientWidth);
  const height = Number(svg.getAttribute("height") ?? svg.clientHeight);
  const layout = exportLayout(width, height, {
    ...options,
    footer: [`Source: ${attributionText(options.attribution)}`, `Licence: ${options.licence}`],
  });
  const root = element("svg", {
    xmlns: svgNamespace,
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    "font-family": "system-ui, sans-serif",
    "font-size": 11,
    fill: "#1b2230",
  });
  root.appendChild(element("rect", { width: "100%", height: "100%", fill: "#ffffff" }));
  if (layout.titleY !== null && options.title)
    root.appendChild(
      element("text", { x: 8, y: layout.titleY, "font-size": 14, "font-weight": 600 }, options.title),
    );
  const chart = svg.cloneNode(true) as SVGSVGElement;
  chart.setAttribute("x", "0");
  chart.setAttribute("y", String(layout.chartY));
  chart.setAttribute("width", String(width));
  chart.setAttribute("height", String(height));
  if (!chart.hasAttribute("viewBox")) chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
  root.appendChild(chart);
  for (const entry of layout.legend) {
    root.appendChild(
      element("rect", {
        x: entry.x,
        y: entry.y,
        width: 10,
        height: 10,
        fill: entry.colour,
        stroke: "#6b7686",
      }),
    );
    root.appendChild(element("text", { x: entry.x + 14, y: entry.y + 9 }, entry.label));
  }
  // One <text> with a line per <tspan>, spaces between them: its text reads "Source: ... Licence: ...".
  const footer = element("text", { "text-anchor": "start" });
  layout.footer.forEach((line, index) => {
    if (index > 0) footer.appendChild(document.createTextNode(" "));
    footer.appendChild(element("tspan", { x: 8, y: line.y }, line.text));
  });
  root.appendChild(footer);
  return new XMLSerializer().serializeToString(root);
}

/** Offers a Blob as a file download with this name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  downloadUrl(URL.createObjectURL(blob), fileName);
}

/** Follows a link as a download (a Blob's object URL, revoked later, or a same-origin API URL). */
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  if (url.startsWith("blob:")) setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draws SVG text on a canvas at twice its size and resolves the PNG Blob. */
export async function svgToPng(svgText: string): Promise<Blob> {
  const image = new Image();
  // A data: URL, not a blob: one: the CSP's img-src allows 'self' and data: only.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.naturalWidth * 2;
  canvas.height = image.naturalHeight * 2;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw the PNG.");
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be made."))),
      "image/png",
    ),
  );
}
