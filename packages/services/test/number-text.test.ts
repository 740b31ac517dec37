// Numbers written to CSV must read back as the very same double (issue #2: "round-trip exact,
// shortest representation"); ECMAScript's Number::toString is that shortest form.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { appendNumber, NumberTextCache } from "../src/output/number-text.ts";

const decoder = new TextDecoder();

function written(x: number, cache?: NumberTextCache): string {
  const buffer = new Uint8Array(32);
  return decoder.decode(buffer.subarray(0, appendNumber(buffer, 0, x, cache)));
}

describe("appendNumber", () => {
  it("writes NaN as an empty field and -0 as 0", () => {
    expect(written(Number.NaN)).toBe("");
    expect(written(-0)).toBe("0");
  });

  it.each([
    [0.1, "0.1"],
    [1 / 3, "0.3333333333333333"],
    [30068, "30068"],
    [-42, "-42"],
    [2 ** 53 - 1, "9007199254740991"],
    [2 ** 53, "9007199254740992"],
    [1e21, "1e+21"],
    [5e-324, "5e-324"],
    [-1.7976931348623157e308, "-1.7976931348623157e+308"],
  ])("writes %s as %s", (x, text) => {
    expect(written(x)).toBe(text);
  });

  test.prop([fc.double({ noNaN: true })], { seed: 42, numRuns: 2000 })(
    "is String(x), which parses back to x exactly",
    (x) => {
      const text = written(x);
      expect(text).toBe(x === 0 ? "0" : String(x));
      expect(Object.is(Number(text), x === 0 ? 0 : x)).toBe(true);
    },
  );

  test.prop(
    [
      fc.array(
        fc.integer({ min: 0, max: 40 }).map((k) => k / 7),
        { minLength: 1, maxLength: 200 },
      ),
    ],
    {
      seed: 42,
      numRuns: 100,
    },
  )("gives the same text through a NumberTextCache, even with collisions", (xs) => {
    const cache = new NumberTextCache(4);
    for (const x of xs) expect(written(x, cache)).toBe(String(x));
  });
});
