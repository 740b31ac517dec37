// writeReportPdf on the hand-made input of report-fixture.ts, read back with pdf-content.ts from
// uncompressed content streams: the cover's text (RR1 first, e and its basis, the caveat), the
// footers, the bar geometry (rectangle widths = proportion x the 220-point scale, checked as width
// ratios against the estimates), the metadata, the fonts, and identical bytes for equal input.
import { describe, expect, it } from "vitest";
import type { ReportInput } from "../../../src/surveys/report-pdf/report-input.ts";
import { chart, contentBottom } from "../../../src/surveys/report-pdf/report-layout.ts";
import { writeReportPdf } from "../../../src/surveys/report-pdf/write-report-pdf.ts";
import type { QuestionResult } from "../../../src/surveys/results/result-shapes.ts";
import { type PdfPage, pageText, pdfPages } from "./pdf-content.ts";
import {
  aware,
  benefits,
  generatedAt,
  rakedInput,
  rakedWeights,
  reportInput,
  results,
  supplyChain,
} from "./report-fixture.ts";

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");
const tolerance = 1e-6;

/** |got - want| <= 1e-6 for every pair. */
function expectClose(got: readonly number[], want: readonly number[]): void {
  expect(got.length).toBe(want.length);
  got.forEach((g, i) => {
    expect(Math.abs(g - want[i]!)).toBeLessThanOrEqual(tolerance);
  });
}

/** Each width over the first, against each proportion over the first. */
function expectRatios(widths: readonly number[], proportions: readonly number[]): void {
  expectClose(
    widths.map((w) => w / widths[0]!),
    proportions.map((p) => p / proportions[0]!),
  );
}

const shares = (q: QuestionResult) => q.categories.map((c) => c.proportion);

describe("writeReportPdf", () => {
  it("writes a PDF of a cover and one question page, with the cover's text as real text", async () => {
    const bytes = await writeReportPdf(reportInput, { compress: false });
    expect(latin1(bytes.subarray(0, 8))).toBe("%PDF-1.3");
    const pages = pdfPages(bytes);
    expect(pages.length).toBe(2);
    expect(latin1(bytes)).toMatch(/\/Type \/Pages\n\/Count 2\n/);
    const cover = pageText(pages[0]!);
    for (const text of [
      "Survey report SME needs 2026",
      "Fieldwork: 2 March 2026 to 13 April 2026.",
      "Response rate (AAPOR RR1): 9.0%",
      "RR1 is AAPOR's minimum response rate: complete responses (I) divided by every case that is eligible or of unknown eligibility, I / ((I+P) + (R+NC+O) + (UH+UO)).",
      "Estimated eligibility e = 0.936 (proportional basis, the eligible share among cases whose eligibility is known, (I+P+R+NC+O) / (I+P+R+NC+O+NE), the default of the AAPOR Outcome Rate Calculator).",
      "A started response counts as partial (P) when at least 50% of its required applicable items are answered",
      "For comparison, not as the response rate: RR2 (partials as responses) 10.2%, RR3 9.2%, RR4 10.4%.",
      "Nonresponse caveat The response rate (AAPOR RR1) is 9.0%. The intervals cover sampling error only;",
      "Responses: 95 completed responses in the estimates. 3 open-link responses are left out: they are outside the sample's design.",
      "Weighting: Design weights by stratum (0-9, 10-49): each response weighs N_h / r_h (frame units over responses in its stratum), with the finite-population correction.",
      "Intervals: 95% Wilson score intervals",
      "UO unknown eligibility, other 320",
      "NE not eligible 50",
    ]) {
      expect(cover).toContain(text);
    }
  });

  it("names RR1 before any other rate and never COOP, RR5 or RR6", async () => {
    const cover = pageText(pdfPages(await writeReportPdf(reportInput, { compress: false }))[0]!);
    const rates = [...cover.matchAll(/\b(RR[1-6]|COOP[1-4]|REF[1-3]|CON[1-3])\b/g)].map((m) => m[1]);
    expect(rates[0]).toBe("RR1");
    expect(cover.indexOf("RR1")).toBeLessThan(cover.indexOf("RR2"));
    expect(new Set(rates)).toEqual(new Set(["RR1", "RR2", "RR3", "RR4"]));
  });

  it("puts 'smartspec - <title> - page N of M' and the generation time on every page", async () => {
    const pages = pdfPages(await writeReportPdf(reportInput, { compress: false }));
    pages.forEach((page, i) => {
      expect(page.lines).toContain(`smartspec - SME needs 2026 - page ${i + 1} of 2`);
      expect(page.lines).toContain("Generated 2026-04-20 09:30 UTC");
    });
  });

  it("draws bars whose widths are the proportions (ratios within 1e-6), Likert as diverging segments", async () => {
    const page = pdfPages(await writeReportPdf(reportInput, { compress: false }))[1]!;
    const widths = page.rectangles.map((r) => r.width);
    // Q1 3 bars, Q2 3 bars, Q3 5 diverging segments + top and bottom box; Q4, Q5 no bars.
    expect(widths.length).toBe(3 + 3 + 5 + 2);
    expectRatios(widths.slice(0, 3), shares(aware));
    expectClose(
      widths.slice(0, 3),
      shares(aware).map((p) => p * chart.barScale),
    );
    expectRatios(widths.slice(3, 6), shares(benefits));
    expectRatios(widths.slice(6, 11), shares(supplyChain));
    // Segments start at centre + start x scale: the left edge is -0.35 of the scale (hand-worked).
    const segments = page.rectangles.slice(6, 11);
    expectClose(
      segments.map((s) => s.x),
      supplyChain.likert!.diverging.map((d) => chart.divergingCentre + d.start * chart.divergingScale),
    );
    expect(segments[0]!.x).toBeCloseTo(chart.divergingCentre - 0.35 * chart.divergingScale, 9);
    expectClose(widths.slice(11, 13), [0.55 * chart.barScale, 0.25 * chart.barScale]);
  });

  it("labels bars with value and interval, and lists text questions as not estimated", async () => {
    const page = pdfPages(await writeReportPdf(reportInput, { compress: false }))[1]!;
    expect(page.lines).toEqual(
      expect.arrayContaining([
        "Q1. Are you aware of the facility?",
        "Yes",
        "37.4% (28.8-46.8)",
        "48.6% (39.3-58.0)",
        "Base: n = 80 respondents who answered. Weighted % of respondents; options can add up to more than 100%.",
        "Top 2 box (Agree / Strongly agree)",
        "55.0% (45.0-65.0)",
        "Strongly disagree 10.0%",
        "Median: Agree.",
        "Not in the base: Don't know n = 5 (5.3% of all answering).",
        "Mean 23.46 (95% CI 19.50 to 27.40).",
        "Q5. Anything else?",
        "not estimated (open text); 31 answered.",
      ]),
    );
  });

  it("writes metadata from the clock and Helvetica only: no embedded font, no image", async () => {
    const text = latin1(await writeReportPdf(reportInput, { compress: false }));
    expect(text).toContain("\n(Survey report: SME needs 2026)\n");
    expect(text).toContain("\n(smartspec)\n");
    expect(text).toContain("\n(D:20260420093000Z)\n");
    expect([...text.matchAll(/\/BaseFont \/([\w-]+)/g)].map((m) => m[1]).sort()).toEqual([
      "Helvetica",
      "Helvetica-Bold",
    ]);
    expect(text).not.toMatch(/\/FontFile|\/Subtype \/Image|\/XObject <<\n\/\w/);
  });

  it("gives identical bytes for equal input and clock, and a new file ID for another clock", async () => {
    const first = await writeReportPdf(reportInput);
    const second = await writeReportPdf(reportInput);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const later = await writeReportPdf({
      ...reportInput,
      generatedAt: new Date(generatedAt.getTime() + 1000),
    });
    const id = (bytes: Uint8Array) => /\/ID \[<([0-9a-f]{32})>/.exec(latin1(bytes))?.[1];
    expect(id(first)).toMatch(/^[0-9a-f]{32}$/);
    expect(id(later)).not.toBe(id(first));
    // Compressed output still reads back as the same text.
    expect(pdfPages(first).map((p) => p.lines)).toEqual(
      pdfPages(await writeReportPdf(reportInput, { compress: false })).map((p) => p.lines),
    );
  });

  it("states a raking in plain words with its Kish base and the population's source and licence", async () => {
    // Without blanks: pdfkit breaks lines after hyphens and the reader joins lines with a blank.
    const squeezed = (text: string) => text.replace(/\s+/g, "");
    const cover = squeezed(pageText(pdfPages(await writeReportPdf(rakedInput, { compress: false }))[0]!));
    for (const text of [
      "Weighting: Design weights by stratum (0-9, 10-49): each response weighs N_h / r_h (frame units over responses in its stratum), with the finite-population correction. The weights are then raked (6 sweeps) to enterprises in Great Britain (K03000001) by size band and SIC section (ONS UK Business Counts, 2022),",
      "Effective sample size 71.8 of 95 responses (Kish), design effect of the weighting 1.32.",
      "Population: Enterprises in Great Britain by SIC 2007 subclass and size band (9 bands), 2016-2022 (uk-business-counts-gb-sic5-sizeband), counts for 2022, Great Britain (K03000001). Size bands: 0 to 4, 5 to 9 -> micro (0-9); 10 to 19, 20 to 49 -> small (10-49). Source: Office for National Statistics (UK Business Counts), licensed under the Open Government Licence v3.0.",
    ]) {
      expect(cover).toContain(squeezed(text));
    }
    expect(cover).not.toContain(squeezed("Read the weighting with care"));
  });

  it("says why a requested weighting was not applied, and what to read with care in one that was", async () => {
    const kept = {
      ...rakedInput,
      results: {
        ...results,
        weights: {
          ...rakedWeights,
          applied: "design" as const,
          population: null,
          rake: null,
          problems: [
            "Responses cannot be linked to their frame units (an anonymous survey, open-link answers or no sample), so their size band and SIC section are unknown: the design weights are kept.",
          ],
        },
      },
    };
    const text = (input: ReportInput) =>
      writeReportPdf(input, { compress: false }).then((bytes) =>
        pageText(pdfPages(bytes)[0]!).replace(/\s+/g, ""),
      );
    expect(await text(kept)).toContain(
      "Raking by size band and SIC section was asked for, but the design weights are used: Responses cannot be linked to their frame units".replace(
        /\s+/g,
        "",
      ),
    );
    const partial = {
      ...rakedInput,
      results: {
        ...rakedInput.results,
        weights: { ...rakedWeights, problems: ["No respondent is in size band large (250+)."] },
      },
    };
    expect(await text(partial)).toContain(
      "Read the weighting with care: No respondent is in size band large (250+).".replace(/\s+/g, ""),
    );
  });

  it("gives identical bytes for an equal raked report, and other bytes than the design-weighted one", async () => {
    const first = await writeReportPdf(rakedInput);
    const second = await writeReportPdf(rakedInput);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(await writeReportPdf(reportInput)))).toBe(false);
  });

  it("says RR1 cannot be computed without sampled cases, with no caveat and no disposition table", async () => {
    const pages = pdfPages(
      await writeReportPdf(
        {
          ...reportInput,
          fieldwork: { start: new Date("2026-03-02T08:00:00Z"), end: null },
          rates: null,
          results: {
            ...results,
            excluded: 0,
            responseRate: { RR1: null, e: null, eBasis: "proportional", low: false },
            caveat: null,
          },
        },
        { compress: false },
      ),
    );
    const cover = pageText(pages[0]!);
    expect(cover).toContain("Fieldwork: from 2 March 2026, still open on 20 April 2026.");
    expect(cover).toContain(
      "Response rate (AAPOR RR1): cannot be computed, the survey has no sampled case (open-link answers have no denominator).",
    );
    expect(cover).not.toMatch(/Nonresponse caveat|Estimated eligibility|Final dispositions|RR2/);
    expect(cover).toContain("Responses: 95 completed responses in the estimates. Weighting:");
  });

  it("breaks pages between questions, keeps every bar above the footer and numbers every page", async () => {
    const many = Array.from({ length: 14 }, (_, i) => ({
      ...aware,
      name: `q${i}`,
      title: `Question ${i + 1}`,
    }));
    const pages = pdfPages(
      await writeReportPdf({ ...reportInput, results: { ...results, questions: many } }, { compress: false }),
    );
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const bars = (p: PdfPage) => p.rectangles;
    expect(pages.flatMap(bars).length).toBe(14 * 3);
    for (const r of pages.flatMap(bars)) expect(r.y + r.height).toBeLessThanOrEqual(contentBottom);
    pages.forEach((page, i) => {
      expect(page.lines).toContain(`smartspec - SME needs 2026 - page ${i + 1} of ${pages.length}`);
    });
    // A question's bars stay on the page of its heading.
    for (const page of pages.slice(1)) expect(bars(page).length % 3).toBe(0);
  });

  it("writes titles outside WinAnsi with look-alikes or '?', and keeps the metadata title as given", async () => {
    const bytes = await writeReportPdf(
      { ...reportInput, title: "Firms ≥ 10 staff – Ωmega" },
      { compress: false },
    );
    const pages = pdfPages(bytes);
    expect(pages[0]!.lines).toContain("Firms >= 10 staff \u2013 ?mega");
    expect(pages[1]!.lines).toContain("smartspec - Firms >= 10 staff \u2013 ?mega - page 2 of 2");
    // Non-ASCII metadata is a UTF-16BE text string with a byte order mark (PDF 32000-1, 7.9.2.2);
    // pdfkit writes it as a literal string, and these bytes need no escaping.
    const utf16 = Buffer.from("\ufeffSurvey report: Firms ≥ 10 staff – Ωmega", "utf16le").swap16();
    expect(latin1(bytes)).toContain(`\n(${utf16.toString("latin1")})\n`);
  });
});
