import { describe, expect, it } from "vitest";
import { assignVariant, displayedChoices, sha256, utf8Bytes } from "../../src/index.ts";
import { smeSurvey } from "./sme-survey.ts";

describe("assignVariant", () => {
  const ballot = { variants: ["A", "B"], seed: "sme-2026" };

  it("follows floor(h * n / 2^32) of the first 32 bits of SHA-256(seed NUL key)", () => {
    for (const key of ["invitation-1", "invitation-2", "x", ""]) {
      const d = sha256(utf8Bytes(`sme-2026\u0000${key}`));
      const h = ((d[0]! << 24) | (d[1]! << 16) | (d[2]! << 8) | d[3]!) >>> 0;
      expect(assignVariant(ballot, key)).toBe(h < 2 ** 31 ? "A" : "B");
    }
  });

  it("splits 10,000 respondents close to evenly among three variants", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      const v = assignVariant({ variants: ["A", "B", "C"], seed: "s" }, `r${i}`);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    // Binomial(10000, 1/3): sd 47; 4 sd either side of 3,333.
    for (const v of ["A", "B", "C"]) expect(Math.abs((counts.get(v) ?? 0) - 3333)).toBeLessThan(190);
  });
});

describe("displayedChoices", () => {
  const values = (choices: readonly { value: string }[]) => choices.map((c) => c.value);
  const benefits = smeSurvey().pages[2]!.elements[0]! as Parameters<typeof displayedChoices>[0];

  it("shuffles per respondent, the same way every time, with other and none last", () => {
    const first = displayedChoices(benefits, "seed", "r1").map((c) => c.value);
    expect(displayedChoices(benefits, "seed", "r1").map((c) => c.value)).toEqual(first);
    expect(first.slice(-2)).toEqual(["other", "none"]);
    expect([...first].sort()).toEqual([
      "contacts",
      "funding",
      "image",
      "new_tech",
      "none",
      "other",
      "supply_chain",
    ]);
    const orders = new Set<string>();
    for (let i = 0; i < 50; i++)
      orders.add(
        values(displayedChoices(benefits, "seed", `r${i}`))
          .slice(0, 5)
          .join(),
      );
    expect(orders.size).toBeGreaterThan(20);
  });

  it("shuffles other and none too when they are not pinned, and keeps fixed order as listed", () => {
    const unpinned = { ...benefits, pinSpecialLast: false };
    const lastTwo = new Set<string>();
    for (let i = 0; i < 50; i++)
      lastTwo.add(
        values(displayedChoices(unpinned, "seed", `r${i}`))
          .slice(-2)
          .join(),
      );
    expect([...lastTwo].some((pair) => !pair.includes("other") && !pair.includes("none"))).toBe(true);
    expect(lastTwo.size).toBeGreaterThan(5);
    expect(displayedChoices({ ...benefits, choiceOrder: "fixed" }, "seed", "r1").map((c) => c.value)).toEqual(
      ["new_tech", "contacts", "supply_chain", "image", "funding", "other", "none"],
    );
  });
});
