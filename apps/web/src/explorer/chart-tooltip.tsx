// Interactive points on a Plot chart: each drawn mark gets a role and a name, shows a
// role="tooltip" box on hover or focus, and acts on click or Enter (Space too for buttons). The
// chart is one tab stop; the arrow keys move between its points (chart-keys.ts). Shared by the
// opportunity chart and the activity space.
import { type ReactNode, type RefObject, useLayoutEffect, useRef } from "react";
import { nextPosition, pointOrder } from "./chart-keys.ts";

/** The point under the pointer or focus, and where its box is in the chart frame (pixels). */
export interface PointHover<Item> {
  readonly item: Item;
  readonly x: number;
  readonly y: number;
}

export interface ChartPointOptions<Item> {
  /** The positioned element the tooltip is placed in (the chart's frame). */
  readonly frame: RefObject<HTMLElement | null>;
  /** "button" opens something on the page; "link" goes to another page. */
  readonly role: "button" | "link";
  readonly onHover: (hover: PointHover<Item> | null) => void;
  readonly onActivate: (item: Item) => void;
}

/** One drawn point: the circle Plot drew, its datum, and its accessible name ("30300 Manufacture ..."). */
export interface ChartPoint<Item> {
  readonly element: SVGElement;
  readonly item: Item;
  readonly label: string;
}

/**
 * Makes the points reachable by pointer and keyboard: the first in visiting order (left to right)
 * is the chart's one tab stop, the arrow keys, Home and End move focus (and the tab stop) between
 * points, Enter (and Space for buttons) activates, Escape hides the tooltip.
 */
export function bindChartPoints<Item>(
  points: readonly ChartPoint<Item>[],
  options: ChartPointOptions<Item>,
): void {
  const { frame, onHover, onActivate, role } = options;
  const at = (element: SVGElement, name: string) => Number(element.getAttribute(name) ?? 0);
  const order = pointOrder(points.map(({ element }) => ({ x: at(element, "cx"), y: at(element, "cy") })));
  const visiting = order.map((index) => points[index]!);
  // The one tab stop follows focus (by arrow key, pointer or script), so Tab comes back to it.
  let stop = visiting[0]?.element;
  const moveStop = (element: SVGElement) => {
    if (stop === element) return;
    stop?.setAttribute("tabindex", "-1");
    element.setAttribute("tabindex", "0");
    stop = element;
  };
  visiting.forEach(({ element, item, label }, position) => {
    element.setAttribute("tabindex", position === 0 ? "0" : "-1");
    element.setAttribute("role", role);
    element.setAttribute("aria-label", label);
    const show = () => {
      const box = element.getBoundingClientRect();
      const origin = frame.current?.getBoundingClientRect();
      onHover({ item, x: box.right - (origin?.left ?? 0), y: box.top - (origin?.top ?? 0) });
    };
    const hide = () => onHover(null);
    element.addEventListener("mouseenter", show);
    element.addEventListener("focus", () => {
      moveStop(element);
      show();
    });
    element.addEventListener("mouseleave", hide);
    element.addEventListener("blur", hide);
    element.addEventListener("click", () => onActivate(item));
    element.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || (role === "button" && event.key === " ")) {
        event.preventDefault();
        onActivate(item);
        return;
      }
      if (event.key === "Escape") return hide();
      const next = nextPosition(position, event.key, visiting.length);
      const target = next === null ? undefined : visiting[next];
      if (!target) return;
      event.preventDefault();
      target.element.focus();
    });
  });
}

/**
 * The tooltip box, right of and above the point, kept inside the frame. It is positioned through
 * the CSSOM (allowed by the CSP, unlike style attributes in markup).
 */
export function ChartTooltip({
  anchor,
  frame,
  children,
}: {
  anchor: { readonly x: number; readonly y: number };
  frame: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const tooltip = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = tooltip.current;
    const width = frame.current?.clientWidth ?? 0;
    if (!element) return;
    const left = Math.min(anchor.x + 8, Math.max(0, width - element.offsetWidth));
    element.style.left = `${left}px`;
    element.style.top = `${Math.max(0, anchor.y - element.offsetHeight)}px`;
  }, [anchor, frame]);
  return (
    <div className="chart-tooltip" role="tooltip" ref={tooltip}>
      {children}
    </div>
  );
}
