import { describe, expect, it } from "vitest";
import { heldAnswersText } from "../../src/surveys/owner/results/held-answers.ts";

describe("heldAnswersText", () => {
  it("says how many answers wait for a batch, and why", () => {
    expect(heldAnswersText(3, 5)).toBe(
      "3 answers are held until 5 can be released together, so that no answer can be linked to its sender.",
    );
    expect(heldAnswersText(1, 5)).toBe(
      "1 answer is held until 5 can be released together, so that no answer can be linked to its sender.",
    );
  });

  it("says nothing when no answer is held", () => {
    expect(heldAnswersText(0, 5)).toBeNull();
  });
});
