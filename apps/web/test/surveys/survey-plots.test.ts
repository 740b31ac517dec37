import { describe, expect, it } from "vitest";
import { contrastRatio } from "../../src/lib/contrast.ts";
import { dailyDomain, dailyTicks, eventColours } from "../../src/surveys/owner/daily-plot.ts";
import {
  barColour,
  divergingColours,
  intervalColour,
  likertPlotOptions,
  proportionPlotOptions,
} from "../../src/surveys/owner/results-plot.ts";

describe("chart colours", () => {
  it("spread a scale over the diverging palette, ends to ends", () => {
    expect(divergingColours(5)).toEqual(["#8c2f2f", "#c0504d", "#6b7686", "#4f81bd", "#1d4f91"]);
    expect(divergingColours(3)).toEqual(["#8c2f2f", "#6b7686", "#1d4f91"]);
    expect(divergingColours(1)).toEqual(["#6b7686"]);
    expect(divergingColours(0)).toEqual([]);
  });

  it("have at least 3:1 against white (WCAG 1.4.11)", () => {
    for (const colour of [...Object.values(eventColours), ...divergingColours(5), barColour]) {
      expect(contrastRatio(colour, "#ffffff"), colour).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("results chart scales", () => {
  // Plot's `percent` multiplies values by 100 before the scale: a domain of [0, 1] would draw a
  // share of 0.5 at 50 on an axis ending at 1, far outside the chart.
  const share = { value: "a", label: "A", proportion: 0.5, se: 0.1, low: 0.3, high: 0.7, n: 4 };

  it("run from 0 to 100 percent for shares", () => {
    const x = proportionPlotOptions([share], 600).x as { domain: number[]; percent: boolean };
    expect([x.domain, x.percent]).toEqual([[0, 100], true]);
  });

  it("run from -100 to 100 percent for a diverging Likert bar, labelled without signs", () => {
    const x = likertPlotOptions({ diverging: [] }, String, 600).x as {
      domain: number[];
      tickFormat: (value: number) => string;
    };
    expect(x.domain).toEqual([-100, 100]);
    expect([x.tickFormat(-40), x.tickFormat(0), x.tickFormat(60)]).toEqual(["40", "0", "60"]);
  });

  it("keep the interval line visible across a bar (at least 3:1)", () => {
    expect(contrastRatio(intervalColour, barColour)).toBeGreaterThanOrEqual(3);
  });
});

describe("dailyDomain", () => {
  const row = (day: string) => ({ day, kind: "invited", cases: 1 });

  it("spans the first to the last day of fieldwork", () => {
    expect(dailyDomain([row("2026-05-16"), row("2026-05-14")])?.map((d) => d.toISOString())).toEqual([
      "2026-05-14T00:00:00.000Z",
      "2026-05-16T00:00:00.000Z",
    ]);
  });

  it("widens a single day by a day each side, and has nothing to span without rows", () => {
    expect(dailyDomain([row("2026-05-14")])?.map((d) => d.toISOString())).toEqual([
      "2026-05-13T00:00:00.000Z",
      "2026-05-15T00:00:00.000Z",
    ]);
    expect(dailyDomain([])).toBeUndefined();
  });
});

describe("dailyTicks", () => {
  const day = (text: string) => new Date(`${text}T00:00:00Z`);
  const iso = (dates: Date[]) => dates.map((d) => d.toISOString().slice(0, 10));

  it("labels every day when there is room (900 px: up to 10 labels)", () => {
    expect(iso(dailyTicks([day("2026-05-13"), day("2026-05-15")], 900))).toEqual([
      "2026-05-13",
      "2026-05-14",
      "2026-05-15",
    ]);
  });

  it("labels every k-th day of six weeks: 42 days in 450 px (5 labels) -> every 9th day", () => {
    expect(iso(dailyTicks([day("2026-05-01"), day("2026-06-11")], 450))).toEqual([
      "2026-05-01",
      "2026-05-10",
      "2026-05-19",
      "2026-05-28",
      "2026-06-06",
    ]);
  });
});
