// The columns of a sampling-frame file and the checks on each value: the header names (matched
// ignoring case and surrounding blanks), email syntax, SIC 2007 codes against the bundled index,
// and size bands by employees (0-9, 10-49, 50-249, 250+) or by name (micro, small, medium, large).
import { emailSchema, normaliseSicCode } from "@smartspec/domain";
import type { CodeList } from "../../import/code-list.ts";

/** Header name -> the FrameRow field it fills. `name` is required, the rest optional. */
export const frameColumns = {
  name: "organisationName",
  email: "email",
  sic: "sicCode",
  size_band: "sizeBand",
  region: "region",
  postcode: "postcode",
  stratum: "stratum",
  eligibility: "eligibility",
} as const;

export type FrameColumn = keyof typeof frameColumns;

export const sizeBands = ["0-9", "10-49", "50-249", "250+", "micro", "small", "medium", "large"] as const;

/** A checked value, or the sentence saying what is wrong with it. */
export type CellCheck = { readonly value: string | null } | { readonly problem: string };

/** Email: empty is allowed (the case is then skipped when inviting); otherwise an address. */
export function checkEmail(text: string): CellCheck {
  if (text === "") return { value: null };
  return emailSchema.safeParse(text).success
    ? { value: text }
    : { problem: `"${text}" is not an email address` };
}

/** SIC 2007: any written form (30.30, 3030, 30300, 30.30/0) of a code in the bundled index. */
export function checkSic(text: string, sic: CodeList): CellCheck {
  if (text === "") return { value: null };
  const canonical = normaliseSicCode(text);
  if (canonical !== undefined && sic.has(canonical)) return { value: canonical };
  const suggestions = sic.suggest(text, 3).map((s) => `${s.code} (${s.title})`);
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(", ")}?` : "";
  return {
    problem:
      canonical === undefined
        ? `"${text}" is not a SIC 2007 code${hint}`
        : `"${text}" is not in SIC 2007${hint}`,
  };
}

/** Size band: one of `sizeBands` (case-insensitive; "250 +" and "250 or more" read as "250+"). */
export function checkSizeBand(text: string): CellCheck {
  if (text === "") return { value: null };
  const compact = text
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/ormore$/, "+");
  return (sizeBands as readonly string[]).includes(compact)
    ? { value: compact }
    : { problem: `"${text}" is not a size band; use one of ${sizeBands.join(", ")}` };
}

const eligibilities = ["unknown", "eligible", "ceased"] as const;

/** Eligibility evidence from the frame: unknown (default), eligible (trading, in scope), ceased. */
export function checkEligibility(text: string): CellCheck {
  if (text === "") return { value: null };
  const value = text.toLowerCase();
  return (eligibilities as readonly string[]).includes(value)
    ? { value }
    : { problem: `"${text}" is not one of ${eligibilities.join(", ")}` };
}
