// The CLI's forced collection really collects: an unreachable buffer is gone afterwards.
import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { fullCollection } from "../src/full-collection.ts";

describe("fullCollection", () => {
  it("frees an unreachable buffer (checked through a WeakRef, after the turn that made it)", async () => {
    let buffer: ArrayBuffer | undefined = new ArrayBuffer(8 << 20);
    const ref = new WeakRef(buffer);
    buffer = undefined;
    // A WeakRef keeps its target for the rest of the turn that created or read it.
    await nextTurn();
    fullCollection();
    expect(ref.deref()).toBeUndefined();
    // And a second call reuses the function.
    expect(() => fullCollection()).not.toThrow();
  });
});
