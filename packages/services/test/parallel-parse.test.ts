// A big chunk parsed on two threads must fill the sink exactly as the fast parser alone does
// (rows, code ids in order of first appearance, values, lines), and give the same error at the
// same line, whatever the second half holds. The helper's kernel is rebuilt from its source text
// (as the helper thread does) and run here on a structured clone of the job.
import { describe, expect, it } from "vitest";
import { ColumnSink, type CsvColumnRequest } from "../src/input/column-sink.ts";
import { parseFastChunk } from "../src/input/fast-csv-parser.ts";
import { type ParseHelper, parseChunk } from "../src/input/parallel-parse.ts";
import { type ParseRowsJob, parseRowsKernel } from "../src/input/parse-rows-kernel.ts";

const requests: CsvColumnRequest[] = [
  { name: "region", role: "region", kind: "code" },
  { name: "activity", role: "activity", kind: "code" },
  { name: "value", role: "value", kind: "number", emptyAs: "missing", negativeAs: "error" },
];

/** The kernel rebuilt from `String(fn)` in a scope without any module binding, run at once. */
function inThreadHelper(): ParseHelper & { jobs: number; stoppedAt: number[] } {
  const kernel = new Function(`"use strict"; return (${String(parseRowsKernel)});`)() as (
    job: ParseRowsJob,
  ) => void;
  const helper = {
    jobs: 0,
    stoppedAt: [] as number[],
    startParse(job: ParseRowsJob) {
      helper.jobs++;
      const copy = structuredClone(job);
      kernel(copy);
      helper.stoppedAt.push(copy.result[1]!);
      return () => {};
    },
  };
  return helper;
}

function shared(text: string): Uint8Array {
  const encoded = new TextEncoder().encode(text);
  const bytes = new Uint8Array(new SharedArrayBuffer(encoded.length));
  bytes.set(encoded);
  return bytes;
}

/** The sink after parsing `text` (header on line 1) alone, or on two "threads". */
function parse(text: string, helper?: ParseHelper): ColumnSink | Error {
  const sink = new ColumnSink("data.csv", ["region", "activity", "value", "note"], [...requests]);
  const chunk = { bytes: shared(text), firstLine: 1 };
  try {
    if (helper) parseChunk(chunk, 44, sink, 1, helper, 0);
    else parseFastChunk(chunk, 44, sink, 1);
  } catch (error) {
    return error as Error;
  }
  return sink;
}

function contents(sink: ColumnSink | Error) {
  if (sink instanceof Error) return { error: `${sink.constructor.name}: ${sink.message}` };
  const data = sink.finish();
  return {
    rows: data.rows,
    lines: [...data.lines],
    columns: data.columns.map((c) => [...c]),
    coded: data.coded,
  };
}

/** 400 rows of regions R0..R39 x activities, values of several written forms, a note column. */
function rows(from: number, to: number, edit?: (i: number, row: string) => string): string {
  const forms = (i: number) => [`${i * 7}`, `${i}.5`, `${i}e2`, ` ${i} `, `"${i}"`, `0${i}`][i % 6]!;
  let text = "";
  for (let i = from; i < to; i++) {
    const region = i % 3 === 0 ? `"R${(i * 17) % 40}"` : `R${(i * 17) % 40}`;
    const row = `${region},A${(i * 7) % 23},${forms(i)},note ${i}`;
    text += `${edit ? edit(i, row) : row}\n`;
  }
  return text;
}

const header = "region,activity,value,note\n";

/** Where line `n` (1-based) of `text` starts. */
function startOfLine(text: string, n: number): number {
  let at = 0;
  for (let line = 1; line < n; line++) at = text.indexOf("\n", at) + 1;
  return at;
}

describe("parseChunk on two threads", () => {
  it("fills the sink as the fast parser alone does, new codes in the second half included", () => {
    const text = `${header}${rows(0, 200)}\n${rows(200, 400).replaceAll("R3", "X3")}`;
    const helper = inThreadHelper();
    const expected = contents(parse(text));
    expect(expected.rows).toBe(400);
    expect(contents(parse(text, helper))).toEqual(expected);
    expect(helper.jobs).toBe(1);
    // The helper read its whole half (it stopped at the end).
    expect(helper.stoppedAt).toEqual([shared(text).length]);
  });

  it("reads CRLF line ends and blank lines with the same line numbers", () => {
    const text = (header + rows(0, 300))
      .replaceAll("\n", "\r\n")
      .replace("note 250\r\n", "note 250\r\n\r\n\r\n");
    const helper = inThreadHelper();
    const expected = contents(parse(text));
    expect(contents(parse(text, helper))).toEqual(expected);
    expect(helper.stoppedAt).toEqual([shared(text).length]);
  });

  for (const [what, edit, message] of [
    [
      "an empty value (read as missing)",
      (i: number, row: string) => (i === 350 ? "R1,A1,,x" : row),
      undefined,
    ],
    ["a negative value", (i: number, row: string) => (i === 350 ? "R1,A1,-4,x" : row), "negative"],
    ["a non-numeric value", (i: number, row: string) => (i === 350 ? "R1,A1,n/a,x" : row), "not a number"],
    ["too few fields", (i: number, row: string) => (i === 350 ? "R1,A1,4" : row), "field"],
    ["an empty code", (i: number, row: string) => (i === 350 ? ",A1,4,x" : row), "empty"],
    ["a quote inside a field", (i: number, row: string) => (i === 350 ? 'R"1,A1,4,x' : row), "general"],
  ] as const) {
    it(`hands ${what} in the second half to the full parser, with its result`, () => {
      const text = header + rows(0, 400, edit);
      const helper = inThreadHelper();
      const expected = contents(parse(text));
      if (message === undefined) expect(expected.rows).toBe(400);
      else expect(expected.error).toMatch(/line 352/);
      expect(contents(parse(text, helper))).toEqual(expected);
      // The helper stopped exactly at that row (line 352; the text is ASCII, so chars are bytes).
      expect(helper.stoppedAt).toEqual([startOfLine(text, 352)]);
    });
  }

  it("parses the second half here when the helper thread fails", () => {
    const text = header + rows(0, 400);
    const failing: ParseHelper = {
      startParse: () => () => {
        throw new Error("the helper thread could not compute the rows of the file");
      },
    };
    const expected = contents(parse(text));
    expect(expected.rows).toBe(400);
    expect(contents(parse(text, failing))).toEqual(expected);
  });

  it("reports the first half's error, not the second's", () => {
    const edit = (i: number, row: string) => (i === 20 || i === 390 ? "R1,A1,-1,x" : row);
    const text = header + rows(0, 400, edit);
    const expected = contents(parse(text));
    expect(expected.error).toMatch(/line 22/);
    expect(contents(parse(text, inThreadHelper()))).toEqual(expected);
  });
});
