import { describe, expect, it } from "vitest";
import { parseDelimited } from "../src/read/parse-delimited.ts";

describe("parseDelimited", () => {
  it("reads quoted fields with delimiters, doubled quotes and newlines", () => {
    expect(parseDelimited('a,"b,c","say ""hi""","x\ny"\n1,2,3,4\n', ",")).toEqual([
      ["a", "b,c", 'say "hi"', "x\ny"],
      ["1", "2", "3", "4"],
    ]);
  });

  it("keeps empty fields, accepts CRLF, a BOM and no final newline", () => {
    expect(parseDelimited("\uFEFFa,,b\r\n,x,\r\nlast", ",")).toEqual([
      ["a", "", "b"],
      ["", "x", ""],
      ["last"],
    ]);
  });

  it("splits on tabs for TSV", () => {
    expect(parseDelimited("C\tManufacturing\t\n", "\t")).toEqual([["C", "Manufacturing", ""]]);
  });

  it("throws for an unterminated quote", () => {
    expect(() => parseDelimited('a,"b\n', ",")).toThrow("unterminated quoted field");
  });
});
