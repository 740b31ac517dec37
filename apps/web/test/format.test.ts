import { describe, expect, it } from "vitest";
import { formatTimestamp, formatYears, mailStatusLabel, pageTitle, roleLabel } from "../src/lib/format.ts";
import { emailProblem, nameProblem, passwordProblem } from "../src/lib/validation.ts";

describe("formatYears", () => {
  it("writes consecutive years as runs, in order, without duplicates", () => {
    expect(formatYears([2018, 2019, 2020, 2021, 2022])).toBe("2018-2022");
    expect(formatYears([2022, 2018, 2019, 2020, 2019])).toBe("2018-2020, 2022");
    expect(formatYears([2015])).toBe("2015");
    expect(formatYears([])).toBe("none");
  });
});

describe("formatTimestamp", () => {
  it("shows UTC day and minute", () => {
    expect(formatTimestamp("2025-05-14T09:30:59.999Z")).toBe("14 May 2025, 09:30 UTC");
    expect(formatTimestamp("2024-12-31T23:05:00+02:00")).toBe("31 Dec 2024, 21:05 UTC");
  });

  it("shows a dash for missing or unreadable values", () => {
    expect([formatTimestamp(null), formatTimestamp(""), formatTimestamp("yesterday")]).toEqual([
      "-",
      "-",
      "-",
    ]);
  });
});

describe("labels", () => {
  it("titles pages '<Page> - smartspec' and capitalises roles", () => {
    expect(pageTitle("Members")).toBe("Members - smartspec");
    expect(roleLabel("analyst")).toBe("Analyst");
  });
});

describe("validation", () => {
  it("wants passwords of 12 to 256 characters", () => {
    expect(passwordProblem("elevenchars")).toBe(
      "The password must be at least 12 characters long (it has 11).",
    );
    expect(passwordProblem("twelve chars")).toBeUndefined();
    expect(passwordProblem("x".repeat(256))).toBeUndefined();
    expect(passwordProblem("x".repeat(257))).toBe("The password must be at most 256 characters long.");
  });

  it("wants a name and a plausible email", () => {
    expect(nameProblem("  ")).toBe("Enter your name.");
    expect(nameProblem("Ann")).toBeUndefined();
    expect(emailProblem(" ann@example.org ")).toBeUndefined();
    expect(emailProblem("ann@")).toBe("Enter an email address like name@example.org.");
    expect(emailProblem("an n@example.org")).toBe("Enter an email address like name@example.org.");
  });
});

describe("mailStatusLabel", () => {
  it("spells out the outbox statuses and passes unknown ones through", () => {
    expect(["queued", "sent", "kept", "bounced"].map(mailStatusLabel)).toEqual([
      "Queued",
      "Sent",
      "Kept here (no mail server)",
      "bounced",
    ]);
  });
});
