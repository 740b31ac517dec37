// The table writer's row kernels against a plain reference (String(x) per field), on the main
// thread and split with the helper thread: the bytes must be identical in every case.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fc } from "@fast-check/vitest";
import { afterAll, describe, expect, it } from "vitest";
import { writeRowBlocks } from "../src/output/block-writer.ts";
import { encodeCodesWithComma } from "../src/output/csv-codes.ts";
import { CsvFileWriter } from "../src/output/csv-file-writer.ts";
import { ParallelFormatter } from "../src/output/parallel-formatter.ts";
import { formatCellBlock, kernelScratch } from "../src/output/row-kernels.ts";
import { cellBlocks, pairBlocks } from "../src/output/table-blocks.ts";
import { tempFolder } from "./temp-files.ts";

const { dir } = tempFolder("rows");
const helper = new ParallelFormatter();
afterAll(() => helper.close());

const text = (x: number) => (Number.isNaN(x) ? "" : String(x));
const regions = ["R1", "R 2", 'R"3', "R,4"];
const activities = ["0011", "0012", "Ärzte", "7810", "x"];
const nR = regions.length;
const nP = activities.length;

/** Deterministic awkward numbers: NaN, ±Infinity, -0, integers, long fractions, tiny and huge. */
function awkward(seed: number, n: number): Float64Array {
  const pool = [
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    1,
    30068,
    1 / 3,
    2 / 3,
    1e-7,
    1e21,
    5e-324,
    // Integers on both sides of the int32 range, which the cell kernel writes digit by digit.
    -12,
    9999,
    10000,
    -10001,
    99999999,
    100000000,
    123456789,
    1000000000,
    12345678901234,
    -(2 ** 52),
    2 ** 53 - 1,
    2 ** 53,
    1e15,
    2147483647,
    -2147483648,
    2147483648,
    -2147483649,
  ];
  return Float64Array.from({ length: n }, (_, i) => {
    const k = (i * 7 + seed) % 43;
    return k < pool.length ? pool[k]! : Math.sin(i + seed) * 10 ** ((i % 9) - 4);
  });
}

function written(name: string, write: (writer: CsvFileWriter) => void): string {
  const path = join(dir, name);
  const writer = new CsvFileWriter(path);
  write(writer);
  writer.close();
  return readFileSync(path, "utf8");
}

describe.each([
  ["no time", undefined],
  ["a time field", "2001"],
])("row kernels with %s", (_name, time) => {
  const regionFields = encodeCodesWithComma(regions);
  const activityFields = encodeCodesWithComma(activities);
  const timePrefix = new TextEncoder().encode(time === undefined ? "" : `${time},`);
  const codes = { regionFields, activityFields, timePrefix };
  const csv = (code: string) => (/[",]/.test(code) ? `"${code.replaceAll('"', '""')}"` : code);
  const t = time === undefined ? "" : `${time},`;

  it("write cells exactly like String(x), serially and with the helper", () => {
    const cells = {
      values: awkward(1, nR * nP),
      rca: awkward(2, nR * nP),
      presence: Uint8Array.from({ length: nR * nP }, (_, i) => i % 2),
      density: awkward(3, nR * nP),
      cog: awkward(4, nR * nP),
    };
    let expected = "";
    for (let r = 0; r < nR; r++) {
      for (let p = 0; p < nP; p++) {
        const i = r * nP + p;
        const numbers = [cells.values[i]!, cells.rca[i]!].map(text);
        expected += `${t}${csv(regions[r]!)},${csv(activities[p]!)},${numbers.join(",")},${cells.presence[i]},${text(cells.density[i]!)},${text(cells.cog[i]!)}\n`;
      }
    }
    helper.setCodes(codes);
    const serial = written("cells-serial.csv", (w) =>
      writeRowBlocks(w, cellBlocks(cells, codes, kernelScratch())),
    );
    const parallel = written("cells-parallel.csv", (w) =>
      writeRowBlocks(w, cellBlocks(cells, codes, kernelScratch(), { cellsPerBlock: 3 }), helper),
    );
    expect(serial).toBe(expected);
    expect(parallel).toBe(expected);
  });

  it("write activity pairs exactly like String(x), serially and with the helper", () => {
    const dense = awkward(5, nP * nP);
    const matrix = { value: (i: number, j: number) => dense[i * nP + j]! };
    let expected = "";
    for (let i = 0; i < nP; i++) {
      for (let j = i + 1; j < nP; j++)
        expected += `${t}${csv(activities[i]!)},${csv(activities[j]!)},${text(dense[i * nP + j]!)}\n`;
    }
    helper.setCodes(codes);
    {
      expect(
        written("pairs-serial.csv", (w) => writeRowBlocks(w, pairBlocks(matrix, codes, kernelScratch()))),
      ).toBe(expected);
      const oneRowPerBlock = pairBlocks(matrix, codes, kernelScratch(), { pairsPerBlock: 1 });
      expect(oneRowPerBlock.count).toBe(nP - 1);
      expect(written("pairs-parallel.csv", (w) => writeRowBlocks(w, oneRowPerBlock, helper))).toBe(expected);
      // A matrix that can hand over whole rows is read that way, with the same text.
      const byRows = {
        value: () => Number.NaN,
        row: (i: number, out: Float64Array) => {
          out.set(dense.subarray(i * nP, (i + 1) * nP));
          return out;
        },
      };
      expect(
        written("pairs-rows.csv", (w) => writeRowBlocks(w, pairBlocks(byRows, codes, kernelScratch()))),
      ).toBe(expected);
    }
  });
});

describe("formatCellBlock numbers", () => {
  it("are String(x) for random doubles, NaN empty (property over many blocks)", () => {
    const codes = {
      regionFields: encodeCodesWithComma(["R"]),
      activityFields: encodeCodesWithComma(["A"]),
      timePrefix: new Uint8Array(0),
    };
    const scratch = kernelScratch();
    const out = new Uint8Array(256);
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), fc.double(), (value, rca, density, cog) => {
        const one = (x: number) => Float64Array.of(x);
        const block = {
          firstCell: 0,
          cellCount: 1,
          values: one(value),
          rca: one(rca),
          presence: Uint8Array.of(1),
          density: one(density),
          cog: one(cog),
        };
        const n = formatCellBlock(block, codes, out, scratch);
        const line = new TextDecoder().decode(out.subarray(0, n));
        expect(line).toBe(`R,A,${text(value)},${text(rca)},1,${text(density)},${text(cog)}\n`);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});

describe("CsvFileWriter.largeBytes", () => {
  it("keeps the order of buffered bytes and blocks written straight from their array", () => {
    // 300 KiB is over a quarter of the 1 MiB buffer (written directly), 1,000 bytes is copied.
    const big = new Uint8Array(300 << 10).map((_, i) => 97 + (i % 26));
    const small = new Uint8Array(1000).fill(48);
    const text = written("large-bytes.csv", (w) => {
      w.line(["a", "b"]);
      w.largeBytes(small);
      w.largeBytes(big);
      w.bytes(Uint8Array.of(120, 10));
      w.largeBytes(big);
      w.largeBytes(small);
    });
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    expect(text).toBe(`a,b\n${decode(small)}${decode(big)}x\n${decode(big)}${decode(small)}`);
  });
});

describe("writeRowBlocks with the helper", () => {
  it("writes many blocks in order whichever thread formats them", () => {
    // 400 regions x 5 activities in blocks of 7 cells: 286 blocks shared by the two threads.
    const regionCodes = Array.from({ length: 400 }, (_, r) => `R${r}`);
    const codes = {
      regionFields: encodeCodesWithComma(regionCodes),
      activityFields: encodeCodesWithComma(activities),
      timePrefix: new Uint8Array(0),
    };
    const n = regionCodes.length * nP;
    const cells = {
      values: awkward(6, n),
      rca: awkward(7, n),
      presence: Uint8Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0)),
      density: awkward(8, n),
      cog: awkward(9, n),
    };
    let expected = "";
    for (let i = 0; i < n; i++) {
      const numbers = [cells.values[i]!, cells.rca[i]!].map(text);
      expected += `${regionCodes[Math.floor(i / nP)]},${activities[i % nP]},${numbers.join(",")},${cells.presence[i]},${text(cells.density[i]!)},${text(cells.cog[i]!)}\n`;
    }
    helper.setCodes(codes);
    const scratch = kernelScratch();
    const blocks = cellBlocks(cells, codes, scratch, { cellsPerBlock: 7 });
    expect(blocks.count).toBe(286);
    expect(written("cells-many-blocks.csv", (w) => writeRowBlocks(w, blocks, helper))).toBe(expected);
    // This thread's blocks went through the WebAssembly row writer (it keeps the activity list).
    expect(scratch.shortest.wasmCodes.of).toBe(codes.activityFields);
    // Serially, and with blocks of a cell each: the writer and the JavaScript loop agree.
    const serial = written("cells-many-serial.csv", (w) =>
      writeRowBlocks(w, cellBlocks(cells, codes, kernelScratch())),
    );
    expect(serial).toBe(expected);
  });
});
