// writeDataPack on the small survey and the data-pack test survey: the file list, the workbook's
// four sheets read back with exceljs, the README and About texts, and the zip read back with the
// importer's own zip reader.
import { mkdtempSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readZipDirectory } from "../../../src/import/xlsx/zip-directory.ts";
import { readZipEntry } from "../../../src/import/xlsx/zip-entry.ts";
import { documentLines } from "../../../src/surveys/data-pack/sav-writer.ts";
import { writeDataPack, zipDataPack } from "../../../src/surveys/data-pack/write-data-pack.ts";
import { crc32 } from "../../../src/surveys/data-pack/zip-files.ts";
import { readSav } from "./read-sav.ts";
import { smallDataset } from "./small-survey.ts";
import { packDataset, packDesign, packEstimates } from "./sme-pack-fixture.ts";

const created = new Date("2026-04-01T12:00:00Z");
const files = await writeDataPack({
  dataset: smallDataset,
  design: { weights: "weight" },
  estimates: [{ kind: "proportions", id: "size", variable: "size", method: "beta" }],
  baseName: "small",
  fieldwork: { start: "2026-03-02", end: "2026-03-04" },
  responseRate: { rate: "RR3", value: 0.0971, e: 0.9, eBasis: "proportional" },
  licence: "CC BY 4.0",
  attribution: "Example facility",
  created,
});
const byName = new Map(files.map((f) => [f.name, f]));

async function workbook(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}
const rowsOf = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .slice(1)
    .map((row) => (Array.isArray(row) ? row.slice(1) : []));

describe("writeDataPack", () => {
  it("returns the six files with their media types", () => {
    expect(files.map((f) => `${f.name} ${f.mediaType}`)).toEqual([
      "small-codes.csv text/csv; charset=utf-8",
      "small-labels.csv text/csv; charset=utf-8",
      "small.xlsx application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "small.sav application/x-spss-sav",
      "small-estimates.R text/plain; charset=utf-8",
      "README.txt text/plain; charset=utf-8",
    ]);
    expect(Array.from(byName.get("small-codes.csv")!.bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(byName.get("small-estimates.R")!.bytes)).toContain(
      'd <- read.csv("small-codes.csv", fileEncoding = "UTF-8-BOM"',
    );
  });

  it("writes Data (labels), Codes, Variables (codebook) and About sheets", async () => {
    const book = await workbook(byName.get("small.xlsx")!.bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Data", "Codes", "Variables", "About"]);
    const data = rowsOf(book.getWorksheet("Data")!);
    expect(data[0]).toEqual(["completed", "weight", "size", "size_other_text", "agree", "note"]);
    expect(data[1]).toEqual([
      new Date("2026-03-02T00:00:00Z"),
      1.5,
      "Micro, 0-9",
      undefined,
      "Yes",
      'He said "yes", twice',
    ]);
    expect(data[2]).toEqual([undefined, 2, "Other", "=HYPERLINK(1)", "Don't know", "line one\nline two"]);
    const codes = rowsOf(book.getWorksheet("Codes")!);
    expect(codes[2]).toEqual([undefined, 2, 3, "=HYPERLINK(1)", 99, "line one\nline two"]);
    const variables = rowsOf(book.getWorksheet("Variables")!);
    expect(variables[3]).toEqual([
      "size",
      "Size?",
      "numeric (0 decimals)",
      "nominal",
      "1 = Micro, 0-9 [micro]; 2 = Small [small]; 3 = Other [other]",
      "",
      "p1/size",
      "answer",
    ]);
    expect(variables[5]!.slice(4, 7)).toEqual([
      "1 = No [1]; 2 = Yes [2]; 99 = Don't know [dk]",
      "99",
      "p1/agree",
    ]);
    const about = Object.fromEntries(rowsOf(book.getWorksheet("About")!).map((r) => [r[0], r[1]]));
    expect(about).toMatchObject({
      Survey: "Small survey",
      Fieldwork: "2026-03-02 to 2026-03-04",
      Responses: "3",
      "Response rate (AAPOR RR3)": "9.7%",
      Definition:
        "RR3 = I / ((I+P) + (R+NC+O) + e(UH+UO)): unknown-eligibility cases weighted by the estimated eligible share e",
      "Eligibility estimate e": "0.9 (proportional)",
      Weighting:
        "One-stage design, unstratified; sampling with replacement (no fpc); design weights from weight.",
      Licence: "CC BY 4.0",
      Attribution: "Example facility",
      Created: "2026-04-01T12:00:00.000Z",
    });
  });

  it("puts the About text into the .sav documents and the README", () => {
    const sav = readSav(byName.get("small.sav")!.bytes);
    expect(sav.documents[0]).toBe("Survey: Small survey");
    expect(sav.documents.every((line) => new TextEncoder().encode(line).length <= 80)).toBe(true);
    expect(sav.documents.join(" ")).toContain("Licence: CC BY 4.0");
    const readme = new TextDecoder().decode(byName.get("README.txt")!.bytes);
    expect(readme).toContain("Response rate (AAPOR RR3): 9.7%\r\n");
    expect(readme).toContain("small-estimates.R: reproduces every estimate");
  });

  it("states raking in the weighting sentence", async () => {
    const pack = await writeDataPack({
      dataset: packDataset,
      design: packDesign,
      estimates: packEstimates,
      created,
    });
    const readme = new TextDecoder().decode(pack.find((f) => f.name === "README.txt")!.bytes);
    expect(readme).toContain(
      "Weighting: One-stage design, stratified by stratum; finite-population correction from fpc; design weights from weight; raked to population totals of size_band, sector (iterative proportional fitting, at most 10 sweeps, epsilon 1).",
    );
    expect(pack.map((f) => f.name)[0]).toBe("survey-data-codes.csv");
  });

  it("rejects a base name that is not file-safe", async () => {
    await expect(
      writeDataPack({ dataset: smallDataset, design: {}, estimates: [], baseName: "../x", created }),
    ).rejects.toThrow('baseName "../x" must be letters, digits, - or _ (at most 64).');
  });
});

describe("zipDataPack", () => {
  it("zips every file so that a zip reader gets the same bytes back", async () => {
    const folder = mkdtempSync(join(tmpdir(), "pack-"));
    const path = join(folder, "pack.zip");
    const zip = zipDataPack(files, created);
    writeFileSync(path, zip);
    const handle = await open(path);
    try {
      const directory = (await readZipDirectory(handle, zip.length))!;
      expect([...directory.keys()]).toEqual(files.map((f) => f.name));
      for (const file of files) {
        const entry = directory.get(file.name)!;
        expect(entry.method).toBe(8);
        expect(Buffer.from(await readZipEntry(handle, entry)).equals(Buffer.from(file.bytes))).toBe(true);
      }
    } finally {
      await handle.close();
    }
  });
  it("computes the CRC-32 check value of '123456789' (0xCBF43926)", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
  it("wraps document lines at 80 bytes after a space", () => {
    expect(documentLines(`${"word ".repeat(20)}end`)).toEqual([
      `${"word ".repeat(16).trimEnd()}`,
      `${"word ".repeat(4)}end`,
    ]);
  });
});
