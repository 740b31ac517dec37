import { describe, expect, it } from "vitest";
import { bipartiteComponents } from "../../src/complexity/bipartite-components.ts";
import { sparsePresence } from "../../src/matrix/sparse-presence.ts";
import { toyPresence } from "../fixtures/toy.ts";

describe("bipartiteComponents", () => {
  it("finds the toy graph connected (reference §6.3)", () => {
    const components = bipartiteComponents(sparsePresence(toyPresence(), 6, 8));
    expect(components.count).toBe(1);
    expect(components.nonTrivialCount).toBe(1);
    expect([...components.regionComponent]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("labels two blocks and counts an empty region and activity as their own components", () => {
    // regions a, b use x, y; region c is empty; region d uses z; activity w is unused
    const dense = [1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0];
    const components = bipartiteComponents(sparsePresence(dense, 4, 4));
    expect(components.count).toBe(4);
    expect(components.nonTrivialCount).toBe(2);
    expect([...components.regionComponent]).toEqual([0, 0, 1, 2]);
    expect([...components.activityComponent]).toEqual([0, 0, 2, 3]);
  });

  it("handles an empty matrix", () => {
    const components = bipartiteComponents(sparsePresence([], 0, 0));
    expect(components.count).toBe(0);
  });
});
