// The SPSS .sav writer on the data-pack test survey. Three checks of one file:
//   1. our own reader walks every record (framing, counts, padding, terminator, data length) and
//      gets back every name, label, value label, missing code and value of the dataset;
//   2. the bytes equal fixtures/sme-pack.sav, the file R read back into fixtures/sav-readback.json
//      (haven 2.5.1 and foreign 0.8-84 on R 4.2.2; fixtures/read-sav.R), and that read-back agrees
//      with the dataset value for value;
//   3. where Rscript with haven and foreign is present, R reads a freshly written file again.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatasetVariable } from "@smartspec/domain";
import { describe, expect, it } from "vitest";
import { datasetSav } from "../../../src/surveys/data-pack/sav-writer.ts";
import { packCreated, packFiles } from "./pack-files.ts";
import { rAvailable, reportNoR, runR } from "./r-available.ts";
import { readSav } from "./read-sav.ts";
import { packDataset } from "./sme-pack-fixture.ts";

const fixtures = join(import.meta.dirname, "fixtures");
const bytes = (await packFiles())["sme-pack.sav"]!;
const file = readSav(bytes);
const dataset = packDataset;

/** The dataset's cell as the file should hold it: dates as SPSS seconds, "" for empty text. */
function expectedCell(variable: DatasetVariable, column: Float64Array | readonly string[], row: number) {
  if (variable.type === "string") return (column as readonly string[])[row]!.replace(/ +$/, "");
  const value = (column as Float64Array)[row]!;
  return variable.format === "date" && !Number.isNaN(value) ? (value + 141_428) * 86_400 : value;
}

describe("datasetSav: our own reader", () => {
  it("writes the header: layout 2, case size, weight index of `weight`, 60 cases, bias 100, date", () => {
    expect(file.header).toMatchObject({
      product: "@(#) SPSS DATA FILE smartspec survey data pack",
      layoutCode: 2,
      compression: 0,
      cases: 60,
      bias: 100,
      date: "23 Mar 26",
      time: "09:15:00",
      label: "SME expectations of the Advanced Manufacturing Facility",
    });
    const weight = file.variables.find((v) => v.name === "weight")!;
    expect(file.header.weightIndex).toBe(weight.index);
    expect(file.records[weight.index - 1]!.shortName).toBe("WEIGHT");
  });

  it("gives every variable its long name, label, format and missing codes", () => {
    expect(file.variables.map((v) => v.name)).toEqual(dataset.variables.map((v) => v.name));
    dataset.variables.forEach((variable, i) => {
      const record = file.records[file.variables[i]!.index - 1]!;
      expect(record.label).toBe(variable.label);
      if (variable.type === "numeric") {
        expect(record.type).toBe(0);
        expect(record.missing).toEqual(variable.missingCodes);
        const format =
          variable.format === "date"
            ? 0x140b00
            : (5 << 16) | ((variable.decimals ? 8 + variable.decimals : 8) << 8) | variable.decimals;
        expect([record.print, record.write]).toEqual([format, format]);
      } else {
        expect(file.variables[i]!.width).toBe(variable.width);
      }
    });
    expect(file.variables.find((v) => v.name === "comments")!.width).toBeGreaterThan(255);
  });

  it("writes value labels for exactly the labelled variables, pointing at their dictionary index", () => {
    const labelled = dataset.variables.filter((v) => v.type === "numeric" && v.valueLabels.length > 0);
    expect(file.valueLabels).toHaveLength(labelled.length);
    labelled.forEach((variable, k) => {
      const index = file.variables.find((v) => v.name === variable.name)!.index;
      expect(file.valueLabels[k]!.indexes).toEqual([index]);
      expect(file.valueLabels[k]!.labels).toEqual(
        variable.type === "numeric" ? variable.valueLabels.map(({ code, label }) => ({ code, label })) : [],
      );
    });
  });

  it("writes the machine records (IEEE, little-endian, UTF-8), display and encoding records", () => {
    const integers = new Int32Array(file.extensions.get(3)!.data.slice().buffer);
    expect(Array.from(integers)).toEqual([1, 0, 0, -1, 1, 1, 2, 65001]);
    const floats = new Float64Array(file.extensions.get(4)!.data.slice().buffer);
    expect(floats[0]).toBe(-Number.MAX_VALUE);
    expect(floats[1]).toBe(Number.MAX_VALUE);
    expect(floats[2]).toBeLessThan(-1.79e308);
    const display = Array.from(new Int32Array(file.extensions.get(11)!.data.slice().buffer));
    const segments = file.records.filter((r) => r.type !== -1).length;
    expect(display).toHaveLength(3 * segments);
    expect(display.slice(0, 3)).toEqual([1, 8, 0]);
    const aware = file.records.filter((r) => r.type !== -1).findIndex((r) => r.shortName === "AWARE");
    expect(display.slice(3 * aware, 3 * aware + 3)).toEqual([2, 8, 1]);
    expect(new TextDecoder().decode(file.extensions.get(20)!.data)).toBe("UTF-8");
    expect(file.documents).toEqual([
      "SME expectations survey: data-pack test fixture.",
      "Weights: N_h / n_h, then raked.",
    ]);
  });

  it("reads back every value of every row", () => {
    dataset.variables.forEach((variable, i) => {
      const got = file.cases.map((row) => row[i]);
      const want = Array.from({ length: dataset.rows }, (_, r) =>
        expectedCell(variable, dataset.columns[i]!, r),
      );
      expect(got, variable.name).toEqual(want);
    });
  });

  it("cuts labels that do not fit at a character boundary (255 bytes, 120 for value labels)", () => {
    const long = { ...dataset.variables[6]!, label: "é".repeat(200) } as DatasetVariable;
    const small = { ...dataset, variables: [long], columns: [dataset.columns[6]!] };
    const back = readSav(datasetSav(small, { created: packCreated }));
    expect(back.records[0]!.label).toBe("é".repeat(127));
  });
});

interface RVariable {
  name: string[];
  label: string[];
  format: string[];
  codes: number[];
  labels: string[];
  missing: number[];
  values: (number | string | null)[];
}

function checkAgainstDataset(readback: { haven: RVariable[]; foreign: RVariable[] }) {
  expect(readback.haven.map((v) => v.name[0])).toEqual(dataset.variables.map((v) => v.name));
  dataset.variables.forEach((variable, i) => {
    const r = readback.haven[i]!;
    expect(r.label[0], variable.name).toBe(variable.label);
    const column = dataset.columns[i]!;
    if (variable.type === "string") {
      expect(r.values, variable.name).toEqual(Array.from(column as readonly string[]));
      return;
    }
    expect(r.codes).toEqual(variable.valueLabels.map((l) => l.code));
    expect(r.labels).toEqual(variable.valueLabels.map((l) => l.label));
    expect(r.missing).toEqual(variable.missingCodes);
    const want = Array.from(column as Float64Array, (v) =>
      Number.isNaN(v)
        ? null
        : variable.format === "date"
          ? new Date(v * 86_400_000).toISOString().slice(0, 10)
          : v,
    );
    expect(r.values, variable.name).toEqual(want);
  });
  // foreign::read.spss sees the same numeric variables, labels (any order) and missing codes.
  const numeric = dataset.variables.filter((v) => v.type === "numeric");
  expect(readback.foreign.map((v) => v.name[0])).toEqual(numeric.map((v) => v.name));
  for (const r of readback.foreign) {
    const variable = numeric.find((v) => v.name === r.name[0])!;
    if (variable.type !== "numeric") continue;
    expect(r.label[0]).toBe(variable.label);
    const pairs = r.codes.map((code, k) => `${code}=${r.labels[k]}`).sort();
    expect(pairs).toEqual(variable.valueLabels.map((l) => `${l.code}=${l.label}`).sort());
    expect(r.missing).toEqual(variable.missingCodes);
  }
}

describe("datasetSav: read back by R", () => {
  it("writes exactly the bytes of the file R read back, and R's reading matches the dataset", () => {
    expect(Buffer.from(bytes).equals(readFileSync(join(fixtures, "sme-pack.sav")))).toBe(true);
    const readback = JSON.parse(readFileSync(join(fixtures, "sav-readback.json"), "utf8"));
    expect(readback.provenance.haven).toEqual(["2.5.1"]);
    checkAgainstDataset(readback);
  });

  it("R reads a freshly written file the same way (when Rscript, haven and foreign are here)", () => {
    if (!rAvailable(["haven", "foreign"])) {
      reportNoR("the .sav file", "fixtures/sav-readback.json");
      return;
    }
    const folder = mkdtempSync(join(tmpdir(), "sav-"));
    writeFileSync(join(folder, "sme-pack.sav"), bytes);
    copyFileSync(join(fixtures, "read-sav.R"), join(folder, "read-sav.R"));
    runR("read-sav.R", folder);
    const fresh = JSON.parse(readFileSync(join(folder, "sav-readback.json"), "utf8"));
    checkAgainstDataset(fresh);
  });
});
