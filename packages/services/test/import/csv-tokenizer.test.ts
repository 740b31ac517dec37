// The streaming CSV splitter: records and their first line numbers must not depend on where the
// text is cut into chunks, whatever the quoting and line ends.
import { describe, expect, it } from "vitest";
import { CsvTokenizer, countLineEnds } from "../../src/import/csv/csv-tokenizer.ts";
import type { SourceRow } from "../../src/import/row-source.ts";

function split(text: string, cuts: readonly number[], delimiter = ","): SourceRow[] {
  const tokenizer = new CsvTokenizer(delimiter, "t.csv");
  const rows: SourceRow[] = [];
  let from = 0;
  for (const cut of cuts) {
    tokenizer.push(text.slice(from, cut), false, rows);
    from = cut;
  }
  tokenizer.push(text.slice(from), true, rows);
  return rows;
}

// Every awkward case at once: CRLF, a lone CR, a quoted CRLF and LF, "" escapes, a quoted
// delimiter, an empty last field, a blank line, a row of delimiters and no final line end.
const tricky = 'a,b,c\r\n1,"x,y",3\r2,"say ""hi""\r\nthere",\n\n,,\n"q"uote,"multi\nline\nfield",z\n4,5,6';
const expected: SourceRow[] = [
  { line: 1, fields: ["a", "b", "c"] },
  { line: 2, fields: ["1", "x,y", "3"] },
  { line: 3, fields: ["2", 'say "hi"\r\nthere', ""] },
  { line: 7, fields: ["quote", "multi\nline\nfield", "z"] },
  { line: 10, fields: ["4", "5", "6"] },
];

describe("CsvTokenizer", () => {
  it("splits records with their first line (hand-counted: the blank line is 5, the delimiters row 6)", () => {
    expect(split(tricky, [])).toEqual(expected);
  });

  it("gives the same records for every single cut position", () => {
    for (let cut = 0; cut <= tricky.length; cut++) expect(split(tricky, [cut])).toEqual(expected);
  });

  it("gives the same records when cut into one-character chunks", () => {
    expect(
      split(
        tricky,
        Array.from({ length: tricky.length }, (_, i) => i),
      ),
    ).toEqual(expected);
  });

  it("reads other delimiters", () => {
    expect(split('a;b\n"1;2";3\n', [], ";")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1;2", "3"] },
    ]);
    expect(split("a\tb|c\n", [], "\t")).toEqual([{ line: 1, fields: ["a", "b|c"] }]);
  });

  it("names the line of a quote that never closes", () => {
    expect(() => split('a,b\n1,2\n3,"x\n\n', [])).toThrow(
      "t.csv, line 3: a quoted field starts on this line but its closing quote is missing.",
    );
  });

  it("refuses a record longer than its limit while streaming", () => {
    const tokenizer = new CsvTokenizer(",", "t.csv", 10);
    const rows: SourceRow[] = [];
    tokenizer.push("a,b\n", false, rows);
    expect(() => tokenizer.push('1,"0123456789', false, rows)).toThrow(
      "t.csv, line 2: the row starting here is longer than 10 characters; most likely a quote is not closed.",
    );
  });

  it("counts LF, CRLF and lone CR as one line end each", () => {
    expect(countLineEnds("a\nb\r\nc\rd", 0, 8)).toBe(3);
  });
});
