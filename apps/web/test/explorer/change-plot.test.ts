// Expected values by hand: label gaps in log10 units are 12 px / 250 px (300 high, margins 20 and
// 30) times the data's log10 extent.
import { describe, expect, it } from "vitest";
import {
  changeColours,
  changeLabels,
  changeLegend,
  changePlotOptions,
  spreadLabels,
} from "../../src/explorer/change-plot.ts";

describe("spreadLabels", () => {
  it("moves a label up to keep the gap and leaves far ones alone", () => {
    expect(spreadLabels([1, 1.05, 3], 0.25)).toEqual([1, 1.25, 3]);
  });

  it("returns positions in the input's order, ties spread in input order", () => {
    expect(spreadLabels([3, 1, 1], 0.5)).toEqual([3, 1, 1.5]);
  });
});

describe("changeLabels", () => {
  it("labels each line at its last year, spreading equal end values by 12 px on the log scale", () => {
    const labels = changeLabels([
      { activity: "a", year: 2020, lq: 1 },
      { activity: "a", year: 2021, lq: 10 },
      { activity: "b", year: 2021, lq: 10 },
    ]);
    expect(labels.map(({ activity, year, lq }) => [activity, year, lq])).toEqual([
      ["a", 2021, 10],
      ["b", 2021, 10],
    ]);
    // log10 extent 0..1 -> gap 12 / 250 = 0.048: b's label at 10^1.048.
    expect(labels[0]?.labelLq).toBe(10);
    expect(labels[1]?.labelLq).toBeCloseTo(11.168632477805613, 12);
  });
});

describe("changeLegend and the line colours", () => {
  it("gives the n-th activity the n-th observable10 colour, in the plot and in the key", () => {
    const options = changePlotOptions([{ activity: "30300", year: 2021, lq: 4 }], ["30300", "28910"], 640);
    expect(options.color).toEqual({ domain: ["30300", "28910"], range: [...changeColours] });
    expect(changeLegend(["30300", "28910"], new Map([["30300", "Aerospace"]]))).toEqual([
      { colour: "#4269d0", label: "30300 Aerospace" },
      { colour: "#efb118", label: "28910" },
    ]);
  });
});
