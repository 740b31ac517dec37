// proximity.csv rows written from co-occurrence counts (own thread) against the plain reference:
// String(φ) of the engine's own proximity reader for every pair, one row per pair.
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { activityCooccurrence, minimumConditionalProximity, sparsePresence } from "@smartspec/analytics";
import { afterAll, describe, expect, it } from "vitest";
import { type CountPairs, formatCountPairRows, packCodes, pairTexts } from "../src/output/count-pair-rows.ts";
import { encodeCodesWithComma } from "../src/output/csv-codes.ts";
import { PairFileWriter } from "../src/output/pair-file-writer.ts";
import { tempFolder } from "./temp-files.ts";

const { dir } = tempFolder("pairs");
const writer = new PairFileWriter();
afterAll(() => writer.close());

/** A deterministic random 0/1 presence matrix, regions x activities, about `share` ones. */
function presenceOf(nR: number, nP: number, share: number, seed: number): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length: nR * nP }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32 < share ? 1 : 0;
  });
}

function pairsOf(nR: number, nP: number, share: number, seed: number) {
  const cooccurrence = activityCooccurrence(sparsePresence(presenceOf(nR, nP, share, seed), nR, nP));
  const proximity = minimumConditionalProximity(cooccurrence, { diagonal: 0 });
  const { counts, rowOffsets, occurrences, events } = cooccurrence;
  const pairs: CountPairs = { counts, rowOffsets, occurrences, events };
  return { pairs, proximity };
}

const activityCodes = (nP: number) =>
  Array.from({ length: nP }, (_, p) => (p % 7 === 3 ? `A,${p}` : `A${p}`));
const csv = (code: string) => (code.includes(",") ? `"${code}"` : code);

/** The rows of `proximity` written the plain way: String(value) for every pair (i, j > i). */
function reference(
  proximity: { value(i: number, j: number): number },
  codes: string[],
  time: string,
): string {
  let text = "";
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++)
      text += `${time}${csv(codes[i]!)},${csv(codes[j]!)},${String(proximity.value(i, j))}\n`;
  }
  return text;
}

describe("formatCountPairRows", () => {
  it.each([
    ["a table of every fraction (40 regions)", 40, 0.3],
    ["a hashed cache of fractions (900 regions)", 900, 0.01],
  ])("writes String(C_ij / max(k_i, k_j)) with %s", (_name, nR, share) => {
    const nP = 60;
    const { pairs, proximity } = pairsOf(nR, nP, share, nR);
    const codes = activityCodes(nP);
    const texts = pairTexts(pairs.events);
    expect(texts.direct).toBe(nR < 512);
    const fields = {
      packed: packCodes(encodeCodesWithComma(codes)),
      timePrefix: new TextEncoder().encode("2001,"),
    };
    const out = new Uint8Array(nP * nP * 40);
    // Two calls share the text cache, as the thread's chunks do.
    const head = formatCountPairRows(pairs, fields, 0, 20, out, texts);
    const tail = formatCountPairRows(pairs, fields, 20, nP, out.subarray(head), texts);
    const text = new TextDecoder().decode(out.subarray(0, head + tail));
    expect(text).toBe(reference(proximity, codes, "2001,"));
    expect(text).toContain(",0\n");
  });
});

describe("PairFileWriter", () => {
  it("appends the rows after what the file holds, period after period, across chunks", () => {
    const nP = 800;
    const first = pairsOf(30, nP, 0.4, 1);
    const second = pairsOf(30, nP, 0.2, 2);
    const codes = activityCodes(nP);
    const activityFields = encodeCodesWithComma(codes);
    const path = join(dir, "proximity.csv");
    const fd = openSync(path, "w");
    writeSync(fd, "time,activity_1,activity_2,proximity\n");
    const rowBytes = 5 + 2 * 7 + 25;
    writer.start(
      fd,
      first.pairs,
      { activityFields, timePrefix: new TextEncoder().encode("2001,") },
      rowBytes,
    );
    // The next start waits for the first period's rows.
    // The engine's counts are in shared memory (read in place); these are not (copied).
    expect(first.pairs.counts.buffer).toBeInstanceOf(SharedArrayBuffer);
    const plain = { ...second.pairs, counts: Uint16Array.from(second.pairs.counts) };
    writer.start(fd, plain, { activityFields, timePrefix: new TextEncoder().encode("2002,") }, rowBytes);
    writer.wait();
    closeSync(fd);
    const expected =
      "time,activity_1,activity_2,proximity\n" +
      reference(first.proximity, codes, "2001,") +
      reference(second.proximity, codes, "2002,");
    // 319,600 rows per period: more than one 4 MiB chunk each.
    expect(expected.length).toBeGreaterThan(2 * (4 << 20));
    expect(readFileSync(path, "utf8")).toBe(expected);
  });

  it("reports a write that fails (a closed file descriptor)", () => {
    const fd = openSync(join(dir, "closed.csv"), "w");
    closeSync(fd);
    const { pairs } = pairsOf(10, 20, 0.5, 3);
    const fields = { activityFields: encodeCodesWithComma(activityCodes(20)), timePrefix: new Uint8Array(0) };
    writer.start(fd, pairs, fields, 40);
    expect(() => writer.wait()).toThrow("write failed (errno -9)");
  });
});
