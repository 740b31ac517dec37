// Browser-side exports of a chart: the SVG serialised with its namespace and a source/licence
// footer line, a PNG drawn from that SVG on a canvas, and CSV text as a file download.
import { sourceLine } from "./export-files.ts";

const svgNamespace = "http://www.w3.org/2000/svg";

/**
 * A standalone SVG document of a chart: a copy with xmlns, a white background, room for one
 * footer line "Source: <attribution> Licence: <licence>", and the styles the page's stylesheet
 * gives charts (fonts), so the file looks the same outside the app.
 */
export function standaloneSvg(svg: SVGSVGElement, attribution: string, licence: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const width = Number(svg.getAttribute("width") ?? svg.clientWidth);
  const height = Number(svg.getAttribute("height") ?? svg.clientHeight);
  const footer = 24;
  copy.setAttribute("xmlns", svgNamespace);
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height + footer));
  copy.setAttribute("viewBox", `0 0 ${width} ${height + footer}`);
  copy.setAttribute("font-family", "system-ui, sans-serif");
  const background = document.createElementNS(svgNamespace, "rect");
  for (const [name, value] of [
    ["width", "100%"],
    ["height", "100%"],
    ["fill", "#ffffff"],
  ]) {
    background.setAttribute(name!, value!);
  }
  copy.insertBefore(background, copy.firstChild);
  const text = document.createElementNS(svgNamespace, "text");
  text.setAttribute("x", "8");
  text.setAttribute("y", String(height + footer - 8));
  text.setAttribute("font-size", "11");
  text.setAttribute("fill", "#1b2230");
  text.setAttribute("text-anchor", "start");
  text.textContent = sourceLine(attribution, licence);
  copy.appendChild(text);
  return new XMLSerializer().serializeToString(copy);
}

/** Offers a Blob as a file download with this name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
