// Expected orders and positions by hand.
import { describe, expect, it } from "vitest";
import { nextPosition, pointOrder } from "../../src/explorer/chart-keys.ts";

describe("pointOrder", () => {
  it("visits points left to right, top first on the same x, ties in the given order", () => {
    expect(
      pointOrder([
        { x: 5, y: 0 },
        { x: 1, y: 9 },
        { x: 1, y: 2 },
        { x: 5, y: 0 },
      ]),
    ).toEqual([2, 1, 0, 3]);
    expect(pointOrder([])).toEqual([]);
  });
});

describe("nextPosition", () => {
  it("moves one step with the arrows, stopping at the ends", () => {
    expect(["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"].map((key) => nextPosition(1, key, 3))).toEqual(
      [2, 2, 0, 0],
    );
    expect(nextPosition(2, "ArrowRight", 3)).toBe(2);
    expect(nextPosition(0, "ArrowLeft", 3)).toBe(0);
  });

  it("jumps to the ends with Home and End and leaves other keys alone", () => {
    expect([nextPosition(1, "Home", 3), nextPosition(1, "End", 3), nextPosition(1, "a", 3)]).toEqual([
      0,
      2,
      null,
    ]);
    expect(nextPosition(0, "End", 0)).toBeNull();
  });
});
