import { describe, expect, it } from "vitest";
import { normaliseSicCode } from "../../src/index.ts";

describe("normaliseSicCode", () => {
  it.each([
    ["30.30", "30.30"],
    ["3030", "30.30"],
    ["30300", "30300"],
    ["30.30/0", "30300"],
    ["93.19/1", "93191"],
    ["93191", "93191"],
    ["93.191", "93191"],
    [" 29 ", "29"],
    ["C", "C"],
    ["c", "C"],
    ["30.3", "30.3"],
    ["303", "30.3"],
    ["1", "01"],
    ["01", "01"],
    ["29 : Manufacture of motor vehicles, trailers and semi-trailers", "29"],
    ["30300 : Manufacture of air and spacecraft and related machinery", "30300"],
  ])("reads %j as %j", (text, expected) => {
    expect(normaliseSicCode(text)).toBe(expected);
  });

  it.each(["", "  ", "30-30", "V", "AB", "303000", "30.3.0", "x29", "29a", "3 0"])("rejects %j", (text) => {
    expect(normaliseSicCode(text)).toBeUndefined();
  });
});
