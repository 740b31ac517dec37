import { describe, expect, it } from "vitest";
import { panelFromLong } from "../../src/matrix/matrix-from-long.ts";
import { analyseComplexity } from "../../src/pipeline/analyse-complexity.ts";
import { analyseComplexityPanel } from "../../src/pipeline/analyse-complexity-panel.ts";
import { toy, toyActivities, toyRegions, toyRows } from "../fixtures/toy.ts";

describe("analyseComplexityPanel", () => {
  it("analyses each period on its own and says levels are not comparable across periods", () => {
    // Period 2000 is the toy; period 2001 is the toy with R6's values doubled (RCA changes for everyone).
    const region: string[] = [];
    const activity: string[] = [];
    const value: number[] = [];
    const time: string[] = [];
    for (const year of ["2001", "2000"]) {
      toyRows.forEach((row, r) => {
        row.forEach((x, p) => {
          region.push(toyRegions[r]!);
          activity.push(toyActivities[p]!);
          value.push(year === "2001" && r === 5 ? 2 * x : x);
          time.push(year);
        });
      });
    }
    const panel = analyseComplexityPanel(panelFromLong({ region, activity, value, time }), {
      profile: "py-ecomplexity",
    });
    expect(panel.times).toEqual(["2000", "2001"]);
    const single = analyseComplexity(toy(), { profile: "py-ecomplexity" });
    expect([...panel.periods[0]!.eci]).toEqual([...single.eci]);
    expect([...panel.periods[1]!.eci]).not.toEqual([...single.eci]);
    expect(panel.periods[1]!.diagnostics.warnings.map((w) => w.code)).toContain(
      "not-comparable-across-periods",
    );
  });
});
