// The data pack's R script on the data-pack test survey, for two designs (stratified with fpc and
// raked to size and sector; stratified without fpc and post-stratified by sector):
//   1. the scripts we generate are exactly the fixtures/*.R that R ran;
//   2. what R wrote (fixtures/*-estimates-r.csv; R 4.2.2, survey 4.1.1; see fixtures/README.md)
//      equals the domain's datasetEstimates, every number within 1e-9 (relative to max(1, |R|));
//   3. where Rscript with survey is present, the scripts run again on a freshly written pack.
// Then the same for two packs the use case writes under a weighting choice (weighted-sme-pack.ts:
// raked to GB business counts by size band and SIC section; post-stratified by SIC section), whose
// R output must also equal the results reply for the same choice; the scripts check their weights
// against the pack's weight column and their estimates against the pack's, and stop otherwise.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatasetDesignSpec } from "@smartspec/domain";
import { datasetDesign, datasetEstimates, type EstimateRow } from "@smartspec/domain";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { rName, rString } from "../../../src/surveys/data-pack/r-literal.ts";
import { packFiles, packScripts } from "./pack-files.ts";
import { rAvailable, reportNoR, runR } from "./r-available.ts";
import { packDataset, packEstimates } from "./sme-pack-fixture.ts";
import { weightedFixtureFiles } from "./weighted-fixture-files.ts";
import { resultsEstimateRows, weightedPack, weightedPackFiles, weightedPacks } from "./weighted-sme-pack.ts";

const fixtures = join(import.meta.dirname, "fixtures");
const files = await packFiles();
const oursFor = (design: DatasetDesignSpec) =>
  datasetEstimates(packDataset, datasetDesign(packDataset, design), packEstimates);

function readEstimates(path: string): EstimateRow[] {
  const records = parse(readFileSync(path), { columns: true, bom: true }) as Record<string, string>[];
  return records.map((r) => ({
    estimate: r.estimate!,
    by: r.by!,
    category: r.category!,
    quantity: r.quantity as EstimateRow["quantity"],
    value: Number(r.value),
  }));
}

function expectSameEstimates(r: readonly EstimateRow[], ours: readonly EstimateRow[]) {
  expect(r.map((row) => `${row.estimate}|${row.by}|${row.category}|${row.quantity}`)).toEqual(
    ours.map((row) => `${row.estimate}|${row.by}|${row.category}|${row.quantity}`),
  );
  r.forEach((row, i) => {
    const got = ours[i]!.value;
    const label = `${row.estimate} ${row.by} ${row.category} ${row.quantity}: ours ${got}, R ${row.value}`;
    expect(Math.abs(got - row.value), label).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(row.value)));
  });
}

describe("dataPackRScript", () => {
  it("generates exactly the scripts R ran for the fixtures", () => {
    for (const { script } of packScripts) {
      expect(new TextDecoder().decode(files[script]), script).toBe(
        readFileSync(join(fixtures, script), "utf8"),
      );
    }
    expect(
      Buffer.from(files["sme-pack-codes.csv"]!).equals(readFileSync(join(fixtures, "sme-pack-codes.csv"))),
    ).toBe(true);
  });

  it("states the design as svydesign + rake with the margins keyed by codes", () => {
    const script = new TextDecoder().decode(files["sme-pack.R"]);
    const other = new TextDecoder().decode(files["sme-pack-poststratified.R"]);
    expect(other).toContain("des <- svydesign(ids = ~1, strata = ~`stratum`, weights = ~`weight`, data = d)");
    expect(other).toContain(
      'des <- postStratify(des, ~`sector`, setNames(data.frame(c(1, 2, 3, 4), c(480, 330, 190, 103)), c("sector", "Freq")))',
    );
    expect(script).toContain(
      "des <- svydesign(ids = ~1, strata = ~`stratum`, fpc = ~`fpc`, weights = ~`weight`, data = d)",
    );
    expect(script).toContain('setNames(data.frame(c(1, 2, 3), c(900, 150, 53)), c("size_band", "Freq"))');
    expect(script).toContain(
      'setNames(data.frame(c(1, 2, 3, 4), c(480, 330, 190, 103)), c("sector", "Freq"))',
    );
    expect(script).toContain("control = list(maxit = 10, epsilon = 1))");
    expect(script).toContain('d[["aware"]][d[["aware"]] %in% c(99)] <- NA');
    expect([...script].every((c) => c === "\n" || (c >= " " && c <= "~"))).toBe(true);
  });

  for (const { script, output, design } of packScripts) {
    it(`${script}: R's committed output equals the domain's estimates within 1e-9`, () => {
      const ours = oursFor(design);
      expect(ours).toHaveLength(131);
      expectSameEstimates(readEstimates(join(fixtures, output)), ours);
    });

    it(`${script}: R reproduces the estimates from a freshly written pack (when Rscript and survey are here)`, () => {
      if (!rAvailable(["survey"])) {
        reportNoR(`the R script ${script}`, `fixtures/${output}`);
        return;
      }
      const folder = mkdtempSync(join(tmpdir(), "rscript-"));
      for (const name of ["sme-pack-codes.csv", script]) writeFileSync(join(folder, name), files[name]!);
      runR(script, folder);
      expectSameEstimates(readEstimates(join(folder, output)), oursFor(design));
    });
  }
});

describe("dataPackRScript on packs weighted to GB business counts", () => {
  for (const { name, choice } of weightedPacks) {
    const script = `${name}-estimates.R`;
    const { pack, results } = weightedPack(choice);
    const ours = pack.reportEstimates!;

    it(`${name}: writes exactly the files R ran (fixtures/${name}/)`, async () => {
      const files = await weightedPackFiles(name, choice);
      for (const file of weightedFixtureFiles(name)) {
        expect(Buffer.from(files[file]!).equals(readFileSync(join(fixtures, name, file))), file).toBe(true);
      }
    });

    it(`${name}: the pack's estimates are the results reply's for ${choice}, exactly`, () => {
      expect(ours).toHaveLength(155);
      expect(ours).toEqual(resultsEstimateRows(pack.dataset, pack.estimates!, results));
    });

    it(`${name}: R's committed output equals the pack's and the results reply's estimates within 1e-9`, () => {
      const r = readEstimates(join(fixtures, name, "estimates-r.csv"));
      expectSameEstimates(r, ours);
      expectSameEstimates(r, resultsEstimateRows(pack.dataset, pack.estimates!, results));
    });

    it(`${name}: R reproduces the weights and estimates from a freshly written pack (when Rscript and survey are here)`, async () => {
      if (!rAvailable(["survey"])) {
        reportNoR(`the R script ${script}`, `fixtures/${name}/estimates-r.csv`);
        return;
      }
      const files = await weightedPackFiles(name, choice);
      const folder = mkdtempSync(join(tmpdir(), "rscript-weighted-"));
      for (const file of weightedFixtureFiles(name)) writeFileSync(join(folder, file), files[file]!);
      // The script stops when its weights or estimates differ from the pack's by more than 1e-9.
      runR(script, folder);
      expectSameEstimates(readEstimates(join(folder, "estimates-r.csv")), ours);
    });
  }

  it("writes the business counts into the rake and postStratify calls, keyed by the level codes", () => {
    const raked = new TextDecoder().decode(
      readFileSync(join(fixtures, "sme-raked", "sme-raked-estimates.R")),
    );
    // size_band is a question of the survey, so the frame's size band is size_band_2. Codes: micro 1,
    // small 2, medium 3; SIC sections in code order A = 1 ... C = 3 ... M = 13. Totals over micro-medium
    // (weighted-sme-pack.ts): C 106,080 + 20,585 + 5,795; M 396,350 + 23,660 + 3,920.
    expect(raked).toContain(
      [
        "des <- svydesign(ids = ~1, strata = ~`stratum`, fpc = ~`fpc`, data = d)",
        "des <- rake(des, list(~`size_band_2`, ~`sic_section`), list(",
        '  setNames(data.frame(c(1, 2, 3), c(502430, 44245, 9715)), c("size_band_2", "Freq")),',
        '  setNames(data.frame(c(3, 13), c(132460, 423930)), c("sic_section", "Freq"))',
        "), control = list(maxit = 10, epsilon = 1))",
        "# Check: the design's final weights are the pack's `weight` column.",
      ].join("\n"),
    );
    expect(raked).toContain('report <- read.csv("sme-raked-report-estimates.csv"');
    const section = new TextDecoder().decode(
      readFileSync(join(fixtures, "sme-poststratified-section", "sme-poststratified-section-estimates.R")),
    );
    expect(section).toContain(
      'des <- postStratify(des, ~`sic_section`, setNames(data.frame(c(3, 13), c(132460, 423930)), c("sic_section", "Freq")))',
    );
  });
});

describe("R literals", () => {
  it("escapes quotes, backslashes, control and non-ASCII characters", () => {
    expect(rString('Café "x"\\\n☕😀')).toBe('"Caf\\u00e9 \\"x\\"\\\\\\n\\u2615\\U{1f600}"');
    expect(rName("in")).toBe("`in`");
  });
});
