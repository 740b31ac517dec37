import { createHash } from "node:crypto";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  diffInstruments,
  instrumentVersion,
  sha256Hex,
  utf8Bytes,
  validateInstrument,
} from "../../src/index.ts";
import { smeSurvey, smeSurveyJson } from "./sme-survey.ts";

describe("sha256Hex", () => {
  it("matches the FIPS 180-4 example digests", () => {
    // FIPS 180-4 / NIST CSRC examples for SHA-256: "", "abc" and the 448-bit two-block message.
    expect(sha256Hex(utf8Bytes(""))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex(utf8Bytes("abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(sha256Hex(utf8Bytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  test.prop([fc.string({ unit: "grapheme", maxLength: 300 })], { seed: 42, numRuns: 300 })(
    "agrees with node:crypto and TextEncoder on any text",
    (text) => {
      expect(Array.from(utf8Bytes(text))).toEqual(Array.from(new TextEncoder().encode(text)));
      expect(sha256Hex(utf8Bytes(text))).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    },
  );
});

describe("canonicalJson", () => {
  it("sorts keys, drops undefined members and writes no spaces", () => {
    expect(canonicalJson({ b: 1, a: [true, null, undefined], c: undefined, é: "x", A: 0.1 })).toBe(
      '{"A":0.1,"a":[true,null,null],"b":1,"é":"x"}',
    );
    expect(() => canonicalJson({ x: Number.NaN })).toThrow("canonicalJson: $.x is NaN, not a JSON number");
  });
});

describe("instrumentVersion and diffInstruments", () => {
  const instrument = smeSurvey();

  it("gives the same id to instruments that mean the same", () => {
    const respelled = structuredClone(smeSurveyJson);
    respelled.pages[0]!.elements[3]!.visibleIf = "{size_band}<>'large'";
    const again = validateInstrument(respelled);
    expect(again.ok && instrumentVersion(again.instrument)).toBe(instrumentVersion(instrument));
    expect(instrumentVersion(instrument)).toBe(sha256Hex(utf8Bytes(canonicalJson(instrument))));
    expect(instrumentVersion(instrument)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("summarises added, removed, changed and moved elements", () => {
    const edited = structuredClone(smeSurveyJson) as unknown as {
      settings: { title: string };
      pages: { elements: Record<string, unknown>[] }[];
    };
    edited.pages[1]!.elements[0]!.title = "Are you linked to a global manufacturer?";
    edited.pages[0]!.elements.splice(3, 1);
    edited.pages[2]!.elements.push({ type: "text", name: "contact", title: "May we contact you?" });
    const moved = edited.pages[1]!.elements.splice(2, 1)[0]!;
    edited.pages[0]!.elements.push(moved);
    edited.settings.title = "SME survey 2026";
    const after = validateInstrument(edited);
    if (!after.ok) throw new Error(JSON.stringify(after.problems));
    expect(diffInstruments(instrument, after.instrument)).toEqual({
      identical: false,
      settings: ["title"],
      pagesAdded: [],
      pagesRemoved: [],
      pagesChanged: [],
      added: ["contact"],
      removed: ["employees"],
      changed: [
        { name: "global_link", fields: ["title"] },
        { name: "aware", fields: ["page"] },
      ],
      reordered: true,
    });
    expect(diffInstruments(instrument, smeSurvey()).identical).toBe(true);
  });
});
