// winAnsiText: what Helvetica (WinAnsiEncoding, PDF 32000-1 Annex D) can show stays, the rest is
// spelled out or replaced. Expected strings are hand-written from the encoding table.
import { describe, expect, it } from "vitest";
import { winAnsiText } from "../../../src/surveys/report-pdf/win-ansi-text.ts";

describe("winAnsiText", () => {
  it("keeps ASCII, Latin-1 and the 0x80-0x9F typographic characters", () => {
    expect(winAnsiText("Café Zürich £5 – “quoted” … €2 • Œuvre")).toBe(
      "Café Zürich £5 – “quoted” … €2 • Œuvre",
    );
  });

  it("spells out comparison signs and dashes, and replaces other characters with '?'", () => {
    expect(winAnsiText("n ≥ 30, p ≤ 0.05, a − b, 東京, Ωmega")).toBe("n >= 30, p <= 0.05, a - b, ??, ?mega");
  });

  it("turns line breaks and tabs into spaces and drops other control characters", () => {
    expect(winAnsiText("a\nb\tc\u0007d\u00a0e")).toBe("a b cd e");
  });
});
