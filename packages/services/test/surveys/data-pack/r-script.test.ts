// The data pack's R script on the data-pack test survey, for two designs (stratified with fpc and
// raked to size and sector; stratified without fpc and post-stratified by sector):
//   1. the scripts we generate are exactly the fixtures/*.R that R ran;
//   2. what R wrote (fixtures/*-estimates-r.csv; R 4.2.2, survey 4.1.1; see fixtures/README.md)
//      equals the domain's datasetEstimates, every number within 1e-9 (relative to max(1, |R|));
//   3. where Rscript with survey is present, the scripts run again on a freshly written pack.
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

describe("R literals", () => {
  it("escapes quotes, backslashes, control and non-ASCII characters", () => {
    expect(rString('Café "x"\\\n☕😀')).toBe('"Caf\\u00e9 \\"x\\"\\\\\\n\\u2615\\U{1f600}"');
    expect(rName("in")).toBe("`in`");
  });
});
