import { describe, expect, it } from "vitest";
import { AnalyticsError } from "../../src/common/analytics-error.ts";
import { matrixFromRows, type RegionActivityMatrix } from "../../src/matrix/region-activity-matrix.ts";
import { entryMatrix, exitMatrix } from "../../src/regional/entry-exit.ts";
import { activityGrowth, cellGrowth, regionGrowth } from "../../src/regional/growth-rates.ts";
import { panelDynamics } from "../../src/regional/panel-dynamics.ts";
import { toyActivities, toyPresenceRows, toyRegions } from "../fixtures/toy.ts";

/** NaN-aware snapshot for exact comparisons (toEqual treats NaN as equal to NaN). */
const cells = (m: RegionActivityMatrix) => Array.from(m.values);

describe("entry / exit on the toy (EconGeo entry_mat, exit_mat; reference §6.17)", () => {
  // m1 = M of §6.2; m2 = m1 with R4/I3 set to 1 and R1/I4 set to 0.
  const m1 = matrixFromRows(toyRegions, toyActivities, toyPresenceRows);
  const m2rows = toyPresenceRows.map((row) => [...row]);
  m2rows[3]![2] = 1;
  m2rows[0]![3] = 0;
  const m2 = matrixFromRows(toyRegions, toyActivities, m2rows);

  it("entry: 1 at R4/I3, NA (NaN) wherever m1 = 1, 0 elsewhere", () => {
    const entry = entryMatrix(m1, m2);
    expect(entry.regions).toEqual([...toyRegions]);
    expect(entry.activities).toEqual([...toyActivities]);
    const expected = toyPresenceRows.flatMap((row, r) =>
      row.map((present, p) => (present === 1 ? Number.NaN : r === 3 && p === 2 ? 1 : 0)),
    );
    expect(cells(entry)).toEqual(expected);
  });

  it("exit: 1 at R1/I4, NA (NaN) wherever m1 = 0, 0 elsewhere", () => {
    const exit = exitMatrix(m1, m2);
    const expected = toyPresenceRows.flatMap((row, r) =>
      row.map((present, p) => (present === 0 ? Number.NaN : r === 0 && p === 3 ? 1 : 0)),
    );
    expect(cells(exit)).toEqual(expected);
  });
});

describe("entry / exit over differing codes", () => {
  // Region "c" only exists later and activity "z" only earlier.
  const before = matrixFromRows(
    ["b", "a"],
    ["z", "x"],
    [
      [1, 0],
      [1, 1],
    ],
  );
  const after = matrixFromRows(
    ["a", "c"],
    ["x", "y"],
    [
      [0, 1],
      [1, 0],
    ],
  );

  it("works on the sorted union of codes, missing cells absent (EconGeo)", () => {
    const entry = entryMatrix(before, after);
    expect(entry.regions).toEqual(["a", "b", "c"]);
    expect(entry.activities).toEqual(["x", "y", "z"]);
    // before over the union: a = [1, 0, 1], b = [0, 0, 1], c = [0, 0, 0]; after: a = [0, 1, 0], c = [1, 0, 0].
    expect(cells(entry)).toEqual([Number.NaN, 1, Number.NaN, 0, 0, Number.NaN, 1, 0, 0]);
    const exit = exitMatrix(before, after);
    expect(cells(exit)).toEqual([
      1,
      Number.NaN,
      1,
      Number.NaN,
      Number.NaN,
      1,
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ]);
  });

  it("claims nothing about codes missing from one period with missing: 'unknown'", () => {
    const entry = entryMatrix(before, after, { missing: "unknown" });
    // Only a/x is known in both periods; a had it, so every entry cell is NaN.
    expect(cells(entry).every(Number.isNaN)).toBe(true);
    const exit = exitMatrix(before, after, { missing: "unknown" });
    expect(exit.values[0]).toBe(1); // a/x: 1 -> 0
    expect(cells(exit).filter((v) => !Number.isNaN(v))).toEqual([1]);
    // @ts-expect-error an unknown policy must fail loudly
    expect(() => entryMatrix(before, after, { missing: "zero" })).toThrow(/Unknown missing-cell policy/);
  });
});

describe("growth (EconGeo growth_mat, growth_ind, growth_reg)", () => {
  const before = matrixFromRows(
    ["a", "b"],
    ["x", "y", "z"],
    [
      [10, 0, 0],
      [3, 30, 7],
    ],
  );
  const after = matrixFromRows(
    ["a", "b"],
    ["x", "y", "z"],
    [
      [15, 0, 3],
      [2, 45, 7],
    ],
  );

  it("per cell: (after - before) / before · 100, 0/0 = 0, x/0 = Infinity, 2 dp with econgeo", () => {
    // 10 -> 15: 50; 0 -> 0: 0; 0 -> 3: Inf; 3 -> 2: -33.333...; 30 -> 45: 50; 7 -> 7: 0.
    const exact = cellGrowth(before, after);
    expect(cells(exact).map((g) => (Number.isFinite(g) ? Math.round(g * 1e6) / 1e6 : g))).toEqual([
      50,
      0,
      Number.POSITIVE_INFINITY,
      -33.333333,
      50,
      0,
    ]);
    expect(cells(cellGrowth(before, after, { convention: "econgeo" }))).toEqual([
      50,
      0,
      Number.POSITIVE_INFINITY,
      -33.33,
      50,
      0,
    ]);
  });

  it("per activity and per region from the totals", () => {
    // Activity totals 13 -> 17, 30 -> 45, 7 -> 10; region totals 10 -> 18, 40 -> 54.
    const byActivity = activityGrowth(before, after, { convention: "econgeo" });
    expect(byActivity.codes).toEqual(["x", "y", "z"]);
    expect([...byActivity.values]).toEqual([30.77, 50, 42.86]);
    const byRegion = regionGrowth(before, after, { convention: "econgeo" });
    expect(byRegion.codes).toEqual(["a", "b"]);
    expect([...byRegion.values]).toEqual([80, 35]);
  });

  it("aligns differing codes; an unknown code gives NaN growth, not 0 or Infinity", () => {
    const later = matrixFromRows(["a", "c"], ["x"], [[20], [5]]);
    const absent = regionGrowth(before, later);
    expect(absent.codes).toEqual(["a", "b", "c"]);
    expect([...absent.values]).toEqual([100, -100, Number.POSITIVE_INFINITY]);
    const unknown = regionGrowth(before, later, { missing: "unknown" });
    expect(Array.from(unknown.values)).toEqual([100, Number.NaN, Number.NaN]);
  });
});

describe("panelDynamics (what EconGeo's *_list functions meant to do, reference pitfall 9)", () => {
  const p1 = matrixFromRows(
    ["a", "b"],
    ["x", "y"],
    [
      [9, 1],
      [1, 9],
    ],
  );
  const p2 = matrixFromRows(
    ["a", "b"],
    ["x", "y"],
    [
      [1, 9],
      [1, 9],
    ],
  );
  const p3 = matrixFromRows(
    ["a", "c"],
    ["x", "y"],
    [
      [9, 1],
      [1, 9],
    ],
  );

  it("gives one transition per consecutive pair, over the union of all codes, equal to the pairwise kernels", () => {
    const panel = panelDynamics([
      { time: "2019", matrix: p1 },
      { time: "2020", matrix: p2 },
      { time: "2021", matrix: p3 },
    ]);
    expect(panel.regions).toEqual(["a", "b", "c"]);
    expect(panel.activities).toEqual(["x", "y"]);
    const transitions = Array.from(panel.transitions);
    expect(transitions.map((t) => [t.from, t.to])).toEqual([
      ["2019", "2020"],
      ["2020", "2021"],
    ]);
    // Presence by RCA >= 1: p1 a = {x}, b = {y}. p2: RCA of a/x = (1/10)/(2/20) = 1 (exact tie, present),
    // a/y = (9/10)/(18/20) = 1, b likewise: everything present. So a enters y, b enters x.
    const first = transitions[0]!;
    expect(Array.from(first.entry)).toEqual([Number.NaN, 1, 1, Number.NaN, 0, 0]);
    expect(Array.from(first.exit)).toEqual([0, Number.NaN, Number.NaN, 0, Number.NaN, Number.NaN]);
    expect(Array.from(first.growth)).toEqual([-88.88888888888889, 800, 0, 0, 0, 0]);
    expect(Array.from(first.regionGrowth)).toEqual([0, 0, 0]);
    // Second transition equals the pairwise kernels on the same union (c appears, b disappears).
    const second = transitions[1]!;
    const growth = cellGrowth(p2, p3);
    expect(growth.regions).toEqual(["a", "b", "c"]);
    expect(Array.from(second.growth)).toEqual(cells(growth));
    expect(Array.from(second.activityGrowth)).toEqual(Array.from(activityGrowth(p2, p3).values));
  });

  it("uses the given presence rule, e.g. matrices that already are 0/1", () => {
    const m1 = matrixFromRows(["a"], ["x", "y"], [[1, 0]]);
    const m2 = matrixFromRows(["a"], ["x", "y"], [[0, 1]]);
    const panel = panelDynamics(
      [
        { time: "1", matrix: m1 },
        { time: "2", matrix: m2 },
      ],
      { presence: (m) => m.values },
    );
    const [only] = Array.from(panel.transitions);
    expect(Array.from(only!.entry)).toEqual([Number.NaN, 1]);
    expect(Array.from(only!.exit)).toEqual([1, Number.NaN]);
  });

  it("computes transitions as they are iterated, and again on a second pass", () => {
    const panel = panelDynamics([
      { time: "2019", matrix: p1 },
      { time: "2020", matrix: p2 },
    ]);
    const iterator = panel.transitions[Symbol.iterator]();
    expect(iterator.next().value?.to).toBe("2020");
    expect(iterator.next().done).toBe(true);
    expect(Array.from(panel.transitions)).toHaveLength(1);
  });

  it("rejects fewer than two periods and repeated times", () => {
    expect(() => panelDynamics([{ time: "1", matrix: p1 }])).toThrow(AnalyticsError);
    expect(() =>
      panelDynamics([
        { time: "1", matrix: p1 },
        { time: "1", matrix: p2 },
      ]),
    ).toThrow('Period "1" is given twice.');
    const wrongSize = panelDynamics(
      [
        { time: "1", matrix: p1 },
        { time: "2", matrix: p2 },
      ],
      { presence: () => [1, 0] },
    );
    expect(() => Array.from(wrongSize.transitions)).toThrow(
      'The presence of period "1" has 2 cells, its matrix 4.',
    );
  });
});
