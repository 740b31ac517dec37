// The sample form's choices -> the design the API takes, or the problem with them (by field).
import type { SampleDesign } from "../../api/survey-types.ts";

export const designKinds = ["all", "simple", "proportional", "given"] as const;
export type DesignKind = (typeof designKinds)[number];

export const designLabels: Readonly<Record<DesignKind, string>> = {
  all: "Everyone in the frame",
  simple: "Simple random sample",
  proportional: "Stratified, proportional allocation",
  given: "Stratified, a size for each stratum",
};

export type DesignChoice =
  | { readonly ok: true; readonly design: SampleDesign }
  | { readonly ok: false; readonly field: string; readonly message: string };

function wholeNumber(text: string): number | undefined {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : undefined;
}

/**
 * Example: `designFrom("simple", "120", {})` -> `{ ok: true, design: { kind: "simple", size: 120 } }`;
 * `designFrom("given", "", { "C-small": "x" })` -> a problem for field "C-small".
 */
export function designFrom(
  kind: DesignKind,
  size: string,
  sizes: Readonly<Record<string, string>>,
): DesignChoice {
  if (kind === "all") return { ok: true, design: { kind: "all" } };
  if (kind === "given") {
    const parsed: Record<string, number> = {};
    for (const [stratum, text] of Object.entries(sizes)) {
      const n = wholeNumber(text);
      if (n === undefined) {
        return { ok: false, field: stratum, message: `Enter a whole number for stratum ${stratum}.` };
      }
      parsed[stratum] = n;
    }
    return { ok: true, design: { kind: "stratified", sizes: parsed } };
  }
  const n = wholeNumber(size);
  if (n === undefined || n < 1)
    return { ok: false, field: "size", message: "Enter the sample size as a whole number of at least 1." };
  return kind === "simple"
    ? { ok: true, design: { kind: "simple", size: n } }
    : { ok: true, design: { kind: "stratified", size: n, allocation: "proportional" } };
}
