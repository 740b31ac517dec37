import { describe, expect, it } from "vitest";
import type { DailyEventCount } from "../../src/api/survey-types.ts";
import { readUploadAnswer, surveyUploadType } from "../../src/api/survey-upload.ts";
import { dailyTotals, eventTotals } from "../../src/surveys/owner/daily-counts.ts";
import { dueAtIso, templateProblem, unknownPlaceholders } from "../../src/surveys/owner/mail-templates.ts";
import { formatProblemPath, problemMessage } from "../../src/surveys/owner/problem-location.ts";
import { eBasisText, formatRate, rateOrder } from "../../src/surveys/owner/rate-definitions.ts";
import { designFrom } from "../../src/surveys/owner/sample-design.ts";
import { hasOpenLink, stratumLabel } from "../../src/surveys/owner/survey-texts.ts";

describe("formatRate", () => {
  it("gives one decimal of a percentage: 107 of 1,103 cases is 9.7% (the issue's example)", () => {
    expect(formatRate(107 / 1103)).toBe("9.7%");
    expect(formatRate(0.2)).toBe("20.0%");
    expect(formatRate(null)).toBe("not defined yet");
    expect(formatRate(Number.NaN)).toBe("not defined yet");
  });

  it("lists RR1 first", () => {
    expect(rateOrder[0]).toBe("RR1");
    expect(rateOrder).toHaveLength(16);
    expect(eBasisText("given")).toBe("given by the survey team");
  });
});

describe("formatProblemPath", () => {
  it("writes JSON paths as people read them", () => {
    expect(formatProblemPath(["pages", 0, "elements", 2, "name"])).toBe("pages[0].elements[2].name");
    expect(formatProblemPath([])).toBe("(the survey)");
    expect(formatProblemPath("q1")).toBe("q1");
    expect(formatProblemPath(undefined)).toBe("-");
  });
});

describe("problemMessage", () => {
  it("drops the column name the table already shows, and nothing else", () => {
    expect(problemMessage({ column: "email", message: 'email: "x" is not an email address' })).toBe(
      '"x" is not an email address',
    );
    expect(problemMessage({ column: "name", message: "name: is empty" })).toBe("is empty");
    expect(problemMessage({ column: 3, message: "email: is empty" })).toBe("email: is empty");
    expect(problemMessage({ message: "name: is empty" })).toBe("name: is empty");
  });
});

describe("designFrom", () => {
  it("turns the form's choices into the API's design", () => {
    expect(designFrom("all", "", {})).toEqual({ ok: true, design: { kind: "all" } });
    expect(designFrom("simple", " 120 ", {})).toEqual({ ok: true, design: { kind: "simple", size: 120 } });
    expect(designFrom("proportional", "40", {})).toEqual({
      ok: true,
      design: { kind: "stratified", size: 40, allocation: "proportional" },
    });
    expect(designFrom("given", "", { "C-small": "3", "C-large": "0" })).toEqual({
      ok: true,
      design: { kind: "stratified", sizes: { "C-small": 3, "C-large": 0 } },
    });
  });

  it("names the field with the problem", () => {
    expect(designFrom("simple", "0", {})).toMatchObject({ ok: false, field: "size" });
    expect(designFrom("simple", "1.5", {})).toMatchObject({ ok: false, field: "size" });
    expect(designFrom("given", "", { A: "2", B: "x" })).toEqual({
      ok: false,
      field: "B",
      message: "Enter a whole number for stratum B.",
    });
  });
});

describe("mail templates", () => {
  it("requires {{link}} and known placeholders only", () => {
    expect(templateProblem({ subject: "Hi", text: "Go: {{link}}" })).toBeUndefined();
    expect(templateProblem({ subject: " ", text: "{{link}}" })).toBe("Enter a subject.");
    expect(templateProblem({ subject: "Hi", text: "no link" })).toBe(
      "The text must contain {{link}}, the personal survey link.",
    );
    expect(templateProblem({ subject: "Hi {{name}}", text: "{{link}} {{ firm }}" })).toBe(
      "Unknown placeholder {{name}}, {{firm}}.",
    );
    expect(unknownPlaceholders("{{organisation}} {{surveyTitle}} {{expiresOn}}")).toEqual([]);
  });

  it("reads the reminder time as UTC", () => {
    expect(dueAtIso("2026-05-14T09:30")).toBe("2026-05-14T09:30:00.000Z");
    expect(dueAtIso("2026-02-30T09:30")).toBeUndefined();
    expect(dueAtIso("")).toBeUndefined();
  });
});

describe("daily counts", () => {
  const daily: readonly DailyEventCount[] = [
    { kind: "completed", day: "2026-03-02", stratum: "A", cases: 2 },
    { kind: "invited", day: "2026-03-01", stratum: "A", cases: 10 },
    { kind: "invited", day: "2026-03-01", stratum: "B", cases: 5 },
    { kind: "opened", day: "2026-03-02", stratum: "B", cases: 4 },
    { kind: "completed", day: "2026-03-02", stratum: "B", cases: 1 },
  ];

  it("sums strata per day and kind, in day then fieldwork order", () => {
    expect(dailyTotals(daily)).toEqual([
      { day: "2026-03-01", kind: "invited", cases: 15 },
      { day: "2026-03-02", kind: "opened", cases: 4 },
      { day: "2026-03-02", kind: "completed", cases: 3 },
    ]);
    expect(eventTotals(daily)).toEqual({ completed: 3, invited: 15, opened: 4 });
  });
});

describe("uploads", () => {
  it("reads a 422 answer's message and problems, and a 201 body", () => {
    const refused = readUploadAnswer(
      422,
      JSON.stringify({
        error: { code: "invalid", message: "2 problems" },
        problems: [{ line: 3, column: "sic", message: "bad" }],
      }),
    );
    expect(refused).toEqual({
      ok: false,
      message: "2 problems",
      problems: [{ line: 3, column: "sic", message: "bad" }],
    });
    expect(readUploadAnswer(201, '{"frameId":"f"}')).toEqual({ ok: true, body: { frameId: "f" } });
    expect(readUploadAnswer(502, "<html>")).toEqual({
      ok: false,
      message: "The upload failed (HTTP 502).",
      problems: [],
    });
    expect(readUploadAnswer(413, "")).toMatchObject({ message: "The file is too large to upload." });
  });

  it("sends CSV, XLSX and JSON with their types", () => {
    expect(surveyUploadType({ name: "frame.CSV", type: "" })).toBe("text/csv");
    expect(surveyUploadType({ name: "form.xlsx", type: "" })).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(surveyUploadType({ name: "form.json", type: "" })).toBe("application/json");
    expect(surveyUploadType({ name: "x.bin", type: "" })).toBe("application/octet-stream");
  });

  it("reads the open link's kind the server sends", () => {
    expect(hasOpenLink({ openLink: "anonymous" })).toBe(true);
    expect(hasOpenLink({ openLink: "self-identified" })).toBe(true);
    expect(hasOpenLink({ openLink: "off" })).toBe(false);
  });
});

describe("stratumLabel", () => {
  it("names the single stratum of an unstratified frame or sample, and leaves the others", () => {
    expect(["*", "", "all", "small", "small | North East"].map(stratumLabel)).toEqual([
      "All organisations",
      "All organisations",
      "All organisations",
      "small",
      "small | North East",
    ]);
  });
});
