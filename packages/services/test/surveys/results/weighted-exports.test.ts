// The report PDF and the data pack under each weighting choice (issue 6): a survey of 30 firms in
// three size strata (0-9, 10-49, 50-249; SIC codes in sections C and M), a stratified sample of
// 8 / 6 / 4 and 14 respondents. For every choice, both exports must carry the results reply's
// numbers for the same choice: the PDF's bar labels are the reply's percentages and intervals as
// the report writes them and its bars are proportion x the bar scale; the pack's report estimates
// are the reply's, bit for bit; the pack's weight column sums to the reply's weighted margins.
// Where Rscript and survey are present, the pack's own R script is run and must reproduce the
// reply (it stops itself when its weights or estimates differ from the pack's by 1e-9).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Instrument, proportionQuantities, validateInstrument } from "@smartspec/domain";
import { listAllMail } from "@smartspec/storage";
import { testDialects } from "@smartspec/storage/testing";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readZipDirectory } from "../../../src/import/xlsx/zip-directory.ts";
import { readZipEntry } from "../../../src/import/xlsx/zip-entry.ts";
import {
  createSurvey,
  drawSample,
  importFrame,
  issueInvitations,
  launchSurvey,
  saveInstrumentVersion,
  submitResponse,
  surveyDataPack,
  surveyReportPdf,
  surveyResults,
  weightingChoices,
} from "../../../src/surveys/index.ts";
import { chart } from "../../../src/surveys/report-pdf/report-layout.ts";
import { intervalText, percent } from "../../../src/surveys/report-pdf/report-texts.ts";
import { rAvailable, reportNoR, runR } from "../data-pack/r-available.ts";
import { pageText, pdfPages } from "../report-pdf/pdf-content.ts";
import { type SurveyFixture, slug, surveyFixture, surveyTokenFromMail } from "../survey-fixture.ts";

const checked = validateInstrument({
  settings: { title: "Facility awareness" },
  pages: [
    {
      name: "p1",
      elements: [
        {
          type: "single-choice",
          name: "q1",
          title: "Are you aware of the facility?",
          required: true,
          choices: [
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ],
        },
        {
          type: "multiple-choice",
          name: "q2",
          title: "Which benefits do you expect?",
          choices: [
            { value: "skills", label: "Skills" },
            { value: "equipment", label: "Equipment" },
          ],
        },
      ],
    },
  ],
});
if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
const instrument: Instrument = checked.instrument;

const bands = ["0-9", "10-49", "50-249"] as const;

/** Rows 2-31: 12 micro, 10 small, 8 medium; SIC 25.11 (C) on even rows, 71.12 (M) on odd ones. */
const frameRows = Array.from({ length: 30 }, (_, i) => {
  const rowNumber = i + 2;
  return {
    rowNumber,
    organisationName: `Firm ${rowNumber} Ltd`,
    email: `org${rowNumber}@example.org`,
    sizeBand: bands[i < 12 ? 0 : i < 22 ? 1 : 2],
    sicCode: rowNumber % 2 === 0 ? "25.11" : "71.12",
    eligibility: "eligible",
  };
});

/** Every sampled firm but each fourth answers; aware unless its row is a multiple of 3. */
function answersOf(row: number): Record<string, unknown> {
  return {
    q1: row % 3 === 0 ? "no" : "yes",
    ...(row % 5 === 0 ? {} : { q2: row % 2 === 0 ? ["skills"] : ["skills", "equipment"] }),
  };
}

async function zipEntries(zip: Uint8Array): Promise<Map<string, Buffer>> {
  const path = join(mkdtempSync(join(tmpdir(), "weighted-pack-")), "pack.zip");
  writeFileSync(path, zip);
  const handle = await open(path);
  try {
    const directory = (await readZipDirectory(handle, zip.length))!;
    const entries = new Map<string, Buffer>();
    for (const [name, entry] of directory) entries.set(name, await readZipEntry(handle, entry));
    return entries;
  } finally {
    await handle.close();
  }
}

const records = (bytes: Buffer) => parse(bytes, { columns: true, bom: true }) as Record<string, string>[];

type Results = Awaited<ReturnType<typeof surveyResults>>;

/** The reply's estimates as the pack's rows: variable = question, category = code (choice order + 1). */
function replyRows(results: Results) {
  const q1 = results.questions.find((q) => q.name === "q1")!;
  return q1.categories.flatMap((c, i) => {
    const values = [c.proportion, c.se, c.low, c.high, q1.n];
    return proportionQuantities.map((quantity, k) => ({
      estimate: "q1",
      by: "",
      category: String(i + 1),
      quantity,
      value: values[k]!,
    }));
  });
}

describe.each(testDialects())("the report PDF and the data pack under each weighting on %s", (dialect) => {
  let fixture: SurveyFixture;
  let props: { userId: string; slug: string; surveyId: string };
  let surveyId8: string;

  beforeAll(async () => {
    fixture = await surveyFixture(dialect);
    const { ctx, ownerId: userId } = fixture;
    const created = await createSurvey(ctx, {
      userId,
      slug,
      title: "Weighted exports",
      anonymity: "confidential",
    });
    props = { userId, slug, surveyId: created.id };
    surveyId8 = created.id.slice(0, 8);
    await saveInstrumentVersion(ctx, { ...props, instrument });
    const frame = await importFrame(ctx, {
      ...props,
      name: "frame",
      rows: frameRows,
      stratifyBy: ["sizeBand"],
    });
    await drawSample(ctx, {
      ...props,
      frameId: frame.frameId,
      seed: "weighted-exports",
      design: { design: "stratified", allocation: { "0-9": 8, "10-49": 6, "50-249": 4 } },
    });
    await launchSurvey(ctx, props);
    await issueInvitations(ctx, { ...props, subject: "{{surveyTitle}}", text: "{{link}}" });
    const tokens = new Map<number, string>();
    for (const mail of await listAllMail(fixture.database.db)) {
      tokens.set(Number(mail.to.match(/^org(\d+)@/)?.[1]), surveyTokenFromMail(mail.text));
    }
    expect(tokens.size).toBe(18);
    const rows = [...tokens.keys()].sort((a, b) => a - b);
    for (const [i, row] of rows.entries()) {
      if (i % 4 === 3) continue;
      await submitResponse(ctx, {
        token: tokens.get(row)!,
        answers: answersOf(row),
        idempotencyKey: `weighted-exports-${row}-0000`,
      });
    }
  });
  afterAll(() => fixture?.close());

  for (const weighting of weightingChoices) {
    const choice = { weighting, year: 2022 } as const;

    it(`${weighting}: the report PDF shows the results reply's estimates and says how they were weighted`, async () => {
      const results = await surveyResults(fixture.ctx, { ...props, ...choice });
      expect([results.responses, results.weights!.applied, results.weights!.problems]).toEqual([
        14,
        weighting,
        [],
      ]);
      const report = await surveyReportPdf(fixture.ctx, { ...props, ...choice });
      expect(report.fileName).toBe(`survey-${surveyId8}-report.pdf`);
      const pages = pdfPages(report.bytes);
      // Without blanks: pdfkit breaks lines after hyphens, and the reader joins lines with one.
      const cover = pageText(pages[0]!).replace(/\s+/g, "");
      const squeezed = (text: string) => text.replace(/\s+/g, "");
      expect(cover).toContain(squeezed(`Weighting: ${results.weighting.description}`));
      const kish = results.weights!.kish!;
      expect(cover).toContain(
        squeezed(
          `Effective sample size ${kish.effectiveSampleSize.toFixed(1)} of 14 responses (Kish), design effect of the weighting ${kish.designEffect.toFixed(2)}.`,
        ),
      );
      if (weighting === "design") expect(cover).not.toContain("Population:");
      else
        expect(cover).toContain(
          squeezed(
            "Population: Enterprises in Great Britain by SIC 2007 subclass and size band (9 bands), 2016-2022 (uk-business-counts-gb-sic5-sizeband), counts for 2022, Great Britain (K03000001). Size bands: 0 to 4, 5 to 9 -> micro (0-9); 10 to 19, 20 to 49 -> small (10-49); 50 to 99, 100 to 249 -> medium (50-249); 250 to 499, 500 to 999, 1000+ -> large (250+). Source: Office for National Statistics (UK Business Counts), licensed under the Open Government Licence v3.0.",
          ),
        );
      const lines = pages.slice(1).flatMap((p) => p.lines);
      const bars = pages.slice(1).flatMap((p) => p.rectangles);
      const categories = results.questions.flatMap((q) => q.categories);
      expect(bars).toHaveLength(categories.length);
      categories.forEach((c, i) => {
        expect(lines).toContain(`${percent(c.proportion)} ${intervalText(c.low, c.high)}`);
        expect(Math.abs(bars[i]!.width - c.proportion * chart.barScale)).toBeLessThanOrEqual(1e-6);
      });
    });

    it(`${weighting}: the data pack's weights and report estimates are the results reply's`, async () => {
      const results = await surveyResults(fixture.ctx, { ...props, ...choice });
      const pack = await surveyDataPack(fixture.ctx, { ...props, ...choice });
      expect(pack.fileName).toBe(`survey-${surveyId8}-data-pack.zip`);
      const base = `survey-${surveyId8}`;
      const files = await zipEntries(pack.bytes);
      const codes = records(files.get(`${base}-codes.csv`)!);
      const report = records(files.get(`${base}-report-estimates.csv`)!);
      const q1Rows = report.filter((r) => r.estimate === "q1");
      expect(q1Rows.map((r) => ({ ...r, value: Number(r.value) }))).toEqual(replyRows(results));
      const columns = Object.keys(codes[0]!);
      const population = results.weights!.population;
      if (weighting === "design") {
        expect(columns.slice(0, 3)).toEqual(["stratum", "fpc", "weight"]);
      } else {
        const calibrated = population!.margins.map((m) =>
          m.variable === "size" ? "size_band" : "sic_section",
        );
        expect(columns.slice(0, 4 + calibrated.length)).toEqual([
          "stratum",
          "fpc",
          ...calibrated,
          "weight",
          "design_weight",
        ]);
        // Summed in row order, as the reply sums the weights of each level: the same doubles. The
        // labels file names each row's level as the reply does ("micro (0-9)", "C Manufacturing").
        const labels = records(files.get(`${base}-labels.csv`)!);
        const script = files.get(`${base}-estimates.R`)!.toString("utf8");
        for (const margin of population!.margins) {
          const column = margin.variable === "size" ? "size_band" : "sic_section";
          expect(script).toContain(
            weighting.startsWith("rake") ? `~\`${column}\`` : `postStratify(des, ~\`${column}\``,
          );
          for (const level of margin.levels) {
            let sum = 0;
            labels.forEach((row, i) => {
              if (row[column] === level.label) sum += Number(codes[i]!.weight);
            });
            expect(sum, level.label).toBe(level.weightedTotal);
            expect(script).toContain(String(level.population));
          }
        }
      }
      // Design weights: N_h / r_h, so each stratum's weights add up to its frame units.
      const byStratum = new Map<string, number>();
      for (const row of codes) {
        const w = Number(row[weighting === "design" ? "weight" : "design_weight"]);
        byStratum.set(row.stratum!, (byStratum.get(row.stratum!) ?? 0) + w);
      }
      expect([...byStratum].map(([s, total]) => [s, Number(total.toFixed(9))]).sort()).toEqual([
        ["0-9", 12],
        ["10-49", 10],
        ["50-249", 8],
      ]);
      const about = files.get("README.txt")!.toString("utf8");
      expect(about).toContain(`Weighting: ${results.weighting.description}`);
      const kish = results.weights!.kish!;
      expect(about).toContain(
        `Weights: Effective sample size ${kish.effectiveSampleSize.toFixed(1)} of 14 responses (Kish), design effect of the weighting ${kish.designEffect.toFixed(2)}.`,
      );

      if (!rAvailable(["survey"])) {
        reportNoR(`the data pack's R script under ${weighting}`, "data-pack/fixtures/sme-*/estimates-r.csv");
        return;
      }
      const folder = mkdtempSync(join(tmpdir(), "weighted-pack-r-"));
      for (const [name, bytes] of files) writeFileSync(join(folder, name), bytes);
      runR(`${base}-estimates.R`, folder);
      const r = records(readFileSync(join(folder, "estimates-r.csv"))).filter((row) => row.estimate === "q1");
      const want = replyRows(results);
      expect(r.map((row) => `${row.category}|${row.quantity}`)).toEqual(
        want.map((row) => `${row.category}|${row.quantity}`),
      );
      r.forEach((row, i) => {
        const expected = want[i]!.value;
        expect(Math.abs(Number(row.value) - expected)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(expected)),
        );
      });
    });
  }

  it("gives the same bytes for a weighted report at the same clock, and other bytes for another weighting", async () => {
    const raked = { ...props, weighting: "rake:size,section", year: 2022 } as const;
    const first = await surveyReportPdf(fixture.ctx, raked);
    const second = await surveyReportPdf(fixture.ctx, raked);
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
    const design = await surveyReportPdf(fixture.ctx, props);
    expect(Buffer.from(design.bytes).equals(Buffer.from(first.bytes))).toBe(false);
  });

  it("refuses a business-counts year the bundled counts do not cover, for both exports", async () => {
    for (const use of [surveyReportPdf, surveyDataPack]) {
      await expect(
        use(fixture.ctx, { ...props, weighting: "post-stratify:size", year: 2015 }),
      ).rejects.toMatchObject({
        code: "validation",
        message: "year: the business counts cover 2016-2022, not 2015",
      });
    }
  });
});
