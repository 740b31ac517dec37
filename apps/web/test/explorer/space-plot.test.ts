// Expected values by hand from the four nodes below.
import { describe, expect, it } from "vitest";
import type { SpaceNode } from "../../src/api/explorer-types.ts";
import { spaceDrawOrder, spacePlotOptions } from "../../src/explorer/space-plot.ts";

const node = (activity: string, x: number, y: number, present?: boolean): SpaceNode => ({
  activity,
  title: `Title ${activity}`,
  section: activity === "d" ? null : "C",
  x,
  y,
  ubiquity: 3,
  pci: 0.5,
  ...(present === undefined ? {} : { present }),
});

const chosen = [node("a", 0, 0, true), node("b", 1, 0, false), node("c", 0, 1, true), node("d", 1, 1, false)];
const edges = [
  { source: "a", target: "b", proximity: 0.6, kind: "tree" as const },
  { source: "b", target: "c", proximity: 0.5, kind: "tree" as const },
  { source: "a", target: "d", proximity: 0.4, kind: "strong" as const },
];

interface MarkLike {
  data: unknown[];
  channels: Record<string, { value: unknown }>;
}

describe("spaceDrawOrder", () => {
  it("draws the rest first and the region's strengths last (on top), each in the given order", () => {
    expect(spaceDrawOrder(chosen).map((n) => n.activity)).toEqual(["b", "d", "a", "c"]);
  });

  it("keeps the given order without a region", () => {
    const plain = chosen.map(({ present: _, ...rest }) => rest);
    expect(spaceDrawOrder(plain).map((n) => n.activity)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("spacePlotOptions", () => {
  const options = spacePlotOptions(chosen, edges, 600);
  const [links, dots] = options.marks as unknown as MarkLike[];

  it("draws one link per edge under one dot per node, the dots in draw order", () => {
    expect(links?.data).toHaveLength(3);
    expect(dots?.data).toEqual(spaceDrawOrder(chosen));
  });

  it("draws strengths larger and opaque, the rest small and pale", () => {
    const radius = dots?.channels.r?.value as (n: SpaceNode) => number;
    const opacity = dots?.channels.fillOpacity?.value as (n: SpaceNode) => number;
    expect(chosen.map(radius)).toEqual([6, 3.5, 6, 3.5]);
    expect(chosen.map(opacity)).toEqual([1, 0.25, 1, 0.25]);
    expect(options.r).toEqual({ type: "identity" });
  });

  it("sizes the chart from its width (height 0.75 x width, between 360 and 720)", () => {
    expect([options.width, options.height]).toEqual([600, 450]);
    expect(spacePlotOptions(chosen, edges, 300).height).toBe(360);
    expect(spacePlotOptions(chosen, edges, 1200).height).toBe(720);
  });
});
