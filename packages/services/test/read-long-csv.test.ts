// The long-CSV reader: layout variants it must accept (gzip, BOM, delimiters, quoting, CRLF) and
// the exact message of every data error (file, 1-based line, column).
import { describe, expect, it } from "vitest";
import { InputError } from "../src/input/input-error.ts";
import { readCsvColumns } from "../src/input/read-csv-columns.ts";
import { readLongCsv } from "../src/input/read-long-csv.ts";
import { tempFolder } from "./temp-files.ts";

const { file } = tempFolder("read");
const columns = { region: "region", activity: "activity", value: "value" };

async function read(name: string, content: string | Uint8Array, time?: string) {
  const path = file(name, content);
  return readLongCsv({ path, label: name, columns: time ? { ...columns, time } : columns });
}

async function failure(name: string, content: string | Uint8Array): Promise<InputError> {
  try {
    await read(name, content);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("readLongCsv accepts", () => {
  it("plain comma-separated data, keeping codes as text", async () => {
    const long = await read("plain.csv", "region,activity,value\nR1,0011,5\nR2,0110,2.5\n");
    expect(long.table.region).toEqual(["R1", "R2"]);
    expect(long.table.activity).toEqual(["0011", "0110"]);
    expect([...long.table.value]).toEqual([5, 2.5]);
    expect([...long.lines]).toEqual([2, 3]);
    expect(long.source.parser).toBe("fast");
  });

  it("gzip detected by its magic bytes, whatever the name", async () => {
    const long = await read("data.csv.gz", "region,activity,value\nR1,A,1\n");
    expect(long.source.facts.gzip).toBe(true);
    expect(long.table.region).toEqual(["R1"]);
  });

  it("a UTF-8 byte order mark, CRLF line ends, blank lines and a missing final newline", async () => {
    const long = await read("bom.csv", "\uFEFFregion,activity,value\r\nR1,A,1\r\n\r\nR2,B,2");
    expect(long.source.facts.bom).toBe(true);
    expect(long.table.region).toEqual(["R1", "R2"]);
    expect([...long.lines]).toEqual([2, 4]);
  });

  it.each([
    ["semicolon", ";"],
    ["tab", "\t"],
  ])("%s as the delimiter, guessed from the header", async (_name, d) => {
    const long = await read(
      `delim-${_name}.csv`,
      `region${d}activity${d}value\nR1${d}A${d}1,5\n`.replace("1,5", "15"),
    );
    expect(long.source.delimiter).toBe(d);
    expect([...long.table.value]).toEqual([15]);
  });

  it("quoted fields, extra columns in any order and a time column", async () => {
    const long = await read(
      "quoted.csv",
      'year,"value","activity",note,region\n2000,"7","0011","a, b",R1\n2001,8,0011,x,R1\n',
      "year",
    );
    expect(long.table.time).toEqual(["2000", "2001"]);
    expect([...long.table.value]).toEqual([7, 8]);
  });

  it("escaped quotes and line breaks inside quotes (csv-parse), with the same result shape", async () => {
    const long = await read("hard.csv", 'region,activity,value,note\n"R ""1""",A,1,"two\nlines"\nR2,B,2,x\n');
    expect(long.source.parser).toBe("csv-parse");
    expect(long.table.region).toEqual(['R "1"', "R2"]);
    expect([...long.lines]).toEqual([3, 4]);
  });

  it("decimal and exponent notation, and column names that differ only in case", async () => {
    const long = await readLongCsv({
      path: file("case.csv", "Region,Activity,Value\nR1,A,1.5e3\nR1,B,.25\nR1,C,+7\n"),
      columns,
    });
    expect([...long.table.value]).toEqual([1500, 0.25, 7]);
  });
});

describe("readLongCsv rejects, naming file, line and column", () => {
  it.each([
    ["empty.csv", "", "empty.csv: the file is empty; expected a header line and data rows."],
    ["blank.csv", "\n\n", "blank.csv: the file is empty; expected a header line and data rows."],
    [
      "header-only.csv",
      "region,activity,value\n",
      "header-only.csv: the file has a header line but no data rows.",
    ],
    [
      "missing.csv",
      "region,product,value\nR1,A,1\n",
      'missing.csv, line 1: no column "activity" (the activity column); the header has "region", "product", "value".',
    ],
    [
      "text.csv",
      "region,activity,value\nR1,A,1\nR1,B,12 tonnes\n",
      'text.csv, line 3, column "value": "12 tonnes" is not a number.',
    ],
    ["na.csv", "region,activity,value\nR1,A,NA\n", 'na.csv, line 2, column "value": "NA" is not a number.'],
    [
      "negative.csv",
      "region,activity,value\nR1,A,1\nR1,B,-3\n",
      'negative.csv, line 3, column "value": "-3" is negative; values must be zero or more.',
    ],
    [
      "empty-value.csv",
      "region,activity,value\nR1,A,\n",
      'empty-value.csv, line 2, column "value": the value is empty; write 0 for a zero cell or leave the row out.',
    ],
    [
      "empty-code.csv",
      "region,activity,value\n,A,1\n",
      'empty-code.csv, line 2, column "region": the code is empty.',
    ],
    [
      "short.csv",
      "region,activity,value\nR1,A,1\nR2,B\n",
      'short.csv, line 3, column "value": the row ends after 2 fields but the header has 3 columns.',
    ],
    [
      "long.csv",
      "region,activity,value\nR1,A,1,9\n",
      'long.csv, line 2: the row has more fields than the 3 columns of the header (extra field after column "value").',
    ],
    [
      "hard-short.csv",
      'region,activity,value\n"R ""1""",A\n',
      'hard-short.csv, line 2, column "value": the row ends after 2 fields but the header has 3 columns.',
    ],
    [
      // The quote opened on line 4 swallows the rest of the file: csv-parse knows the last whole row.
      "unclosed-quote.csv",
      'region,activity,value\nR1,A,1\nR1,B,2\nR2,A,"3\nR2,B,4\nR3,A,5\n',
      "unclosed-quote.csv, line 4: a quoted field starts on this line or a later one and its closing quote is missing.",
    ],
  ])("%s", async (name, content, message) => {
    const error = await failure(name, content);
    expect(error.message).toBe(message);
  });

  it("bytes that are not UTF-8 (Latin-1 é), naming line and column", async () => {
    const latin1 = Buffer.concat([
      Buffer.from("region,activity,value\nR1,A,1\nCaf"),
      Buffer.from([0xe9]),
      Buffer.from(",B,2\n"),
    ]);
    const error = await failure("latin1.csv", latin1);
    expect(error.message).toBe(
      'latin1.csv, line 3, column "region": byte 0xE9 is not valid UTF-8; save the file as UTF-8.',
    );
    expect(error.location).toEqual({ file: "latin1.csv", line: 3, column: "region" });
  });

  it("an unreadable file", async () => {
    await expect(readLongCsv({ path: "/nonexistent/x.csv", label: "x.csv", columns })).rejects.toThrow(
      "x.csv: cannot read the file (no such file).",
    );
  });

  it("a file that starts like gzip but is not", async () => {
    const error = await failure("broken.csv.gz", "");
    expect(error.code).toBe("empty-file");
    const path = file("fake.gz.csv", Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(30, 7)]));
    await expect(readLongCsv({ path, label: "fake.gz.csv", columns })).rejects.toThrow(
      /^fake\.gz\.csv: the file starts like gzip but cannot be unpacked \(/,
    );
  });
});

describe("readCsvColumns streaming (files over the whole-file limit)", () => {
  const reading = { wholeFileLimit: 0, streamChunkBytes: 7 };
  const requests = [
    { name: "region", role: "region", kind: "code" as const },
    { name: "value", role: "value", kind: "number" as const },
  ];
  const rows = Array.from({ length: 50 }, (_, i) => `R${i},${i * 1.5}`).join("\n");

  it.each(["stream.csv", "stream.csv.gz"])("gives the same table as reading %s whole", async (name) => {
    const path = file(name, `\uFEFFregion,value\n${rows}\n`);
    const whole = await readCsvColumns({ path, columns: requests });
    const streamed = await readCsvColumns({ path, columns: requests, reading });
    expect(streamed.columns).toEqual(whole.columns);
    expect(streamed.lines).toEqual(whole.lines);
    expect(streamed.facts).toEqual(whole.facts);
    expect(streamed.rows).toBe(50);
  });

  it("names the line of a bad byte in a later chunk", async () => {
    const bytes = Buffer.concat([
      Buffer.from(`region,value\n${rows}\nR`),
      Buffer.from([0xff]),
      Buffer.from(",1\n"),
    ]);
    const path = file("stream-bad.csv", bytes);
    await expect(
      readCsvColumns({ path, label: "stream-bad.csv", columns: requests, reading }),
    ).rejects.toThrow(
      'stream-bad.csv, line 52, column "region": byte 0xFF is not valid UTF-8; save the file as UTF-8.',
    );
  });
});

describe("the fast parser and csv-parse agree (one suite, both parsers)", () => {
  const requests = [
    { name: "region", role: "region", kind: "code" as const },
    { name: "activity", role: "activity", kind: "code" as const },
    { name: "value", role: "value", kind: "number" as const },
  ];
  const inputs: [string, string][] = [
    ["plain", "region,activity,value\nR1,0011,5\nR2,0110,2.5\n"],
    ["quoted", '"region","activity","value"\n"R1","0011",5\n"R 2","0110","2.5"\n'],
    ["crlf and blank lines", "region,activity,value\r\nR1,A,1\r\n\r\nR2,B,2\r\n"],
    ["semicolons", "region;activity;value\nR1;A;1e3\n"],
    ["tabs", "region\tactivity\tvalue\nR1\tA\t7\n"],
    ["no final newline", "region,activity,value\nR1,A,1"],
    ["bom", "\uFEFFregion,activity,value\nR1,A,1\n"],
    ["non-ASCII codes", "region,activity,value\nZürich,Ärzte,3\nSão Paulo,Café,4\n"],
  ];

  it.each(inputs)("%s", async (name, content) => {
    const path = file(`agree-${name.replaceAll(" ", "-")}.csv`, content);
    const fast = await readCsvColumns({ path, columns: requests });
    const general = await readCsvColumns({ path, columns: requests, parser: "csv-parse" });
    expect(fast.parser).toBe("fast");
    expect(general.parser).toBe("csv-parse");
    expect(general.columns).toEqual(fast.columns);
    expect(general.lines).toEqual(fast.lines);
    expect(general.header).toEqual(fast.header);
  });

  it.each([
    [
      "text",
      "region,activity,value\nR1,A,x\n",
      'agree-err.csv, line 2, column "value": "x" is not a number.',
    ],
    [
      "ragged",
      "region,activity,value\nR1,A,1\nR1,B\n",
      'agree-err.csv, line 3, column "value": the row ends after 2 fields but the header has 3 columns.',
    ],
  ])("and report %s errors alike", async (_name, content, message) => {
    const path = file("agree-err.csv", content);
    await expect(readCsvColumns({ path, columns: requests })).rejects.toThrow(message);
    await expect(readCsvColumns({ path, columns: requests, parser: "csv-parse" })).rejects.toThrow(message);
  });
});
