// The data pack's CSV files, written out by hand for the small survey: RFC 4180 quoting, CRLF,
// the byte-order mark, codes vs labels, ISO dates, and the formula guard of the labels file.
import { describe, expect, it } from "vitest";
import { datasetCsv } from "../../../src/surveys/data-pack/dataset-csv.ts";
import { smallDataset } from "./small-survey.ts";

const text = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

describe("datasetCsv", () => {
  it("writes codes: numbers, ISO days, quoted text, empty cells for missing, CRLF", () => {
    expect(text(datasetCsv(smallDataset))).toBe(
      [
        "completed,weight,size,size_other_text,agree,note",
        '2026-03-02,1.5,1,,2,"He said ""yes"", twice"',
        ',2,3,=HYPERLINK(1),99,"line one\nline two"',
        "2026-03-04,0.25,,,1,-5 staff",
        "",
      ].join("\r\n"),
    );
  });

  it("writes labels in place of labelled codes and guards text a spreadsheet would run", () => {
    expect(text(datasetCsv(smallDataset, { labels: true }))).toBe(
      [
        "completed,weight,size,size_other_text,agree,note",
        '2026-03-02,1.5,"Micro, 0-9",,Yes,"He said ""yes"", twice"',
        ",2,Other,'=HYPERLINK(1),Don't know,\"line one\nline two\"",
        "2026-03-04,0.25,,,No,'-5 staff",
        "",
      ].join("\r\n"),
    );
  });

  it("starts with the UTF-8 byte-order mark when asked", () => {
    const bytes = datasetCsv(smallDataset, { bom: true });
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(bytes.subarray(3))).toBe(text(datasetCsv(smallDataset)));
  });
});
