// Renders Observable Plot options into the page. Plot writes a <style> element into its SVG;
// the server's CSP (style-src 'self') would block it, so it is removed before the SVG joins the
// document and its rules live in styles.css (.plot). Width follows the container.
import * as Plot from "@observablehq/plot";
import { useEffect, useRef, useState } from "react";

export interface PlotFigureProps {
  /** Builds the options at a pixel width. */
  readonly options: (width: number) => Plot.PlotOptions;
  /** Runs after each render with the SVG (add attributes, listeners). */
  readonly decorate?: (svg: SVGSVGElement) => void;
  /** Receives the current SVG, for exports. */
  readonly svgRef?: { current: SVGSVGElement | null };
  readonly className?: string;
}

/** Plot.plot's SVG without its inline <style>; `role="img"` unless the marks are interactive. */
export function renderPlot(options: Plot.PlotOptions): SVGSVGElement {
  const node = Plot.plot(options) as unknown as Element;
  const svg = (node instanceof SVGSVGElement ? node : node.querySelector("svg")) as SVGSVGElement;
  for (const style of svg.querySelectorAll("style")) style.remove();
  return svg;
}

export function PlotFigure({ options, decorate, svgRef, className }: PlotFigureProps) {
  const container = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = container.current;
    if (!element || width === 0) return;
    const svg = renderPlot(options(width));
    // Plot names its mark groups with aria-label ("rule", "dot", "x-axis tick"); on a <g> without a
    // role that is a prohibited attribute (axe: aria-prohibited-attr). The name moves to
    // data-plot-mark, where `decorate` and the browser tests find the marks.
    for (const group of svg.querySelectorAll("g[aria-label]:not([role])")) {
      group.setAttribute("data-plot-mark", group.getAttribute("aria-label") ?? "");
      group.removeAttribute("aria-label");
    }
    decorate?.(svg);
    element.replaceChildren(svg);
    if (svgRef) svgRef.current = svg;
    return () => {
      svg.remove();
    };
  }, [options, decorate, svgRef, width]);

  return <div ref={container} className={className ?? "plot-frame"} />;
}
