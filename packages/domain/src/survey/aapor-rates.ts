// AAPOR outcome rates (Standard Definitions, 7th/8th ed.; survey-methods.md §2.2) from final
// disposition counts, with the eligibility estimate e stated: given by the caller, or the
// proportional default of the AAPOR Outcome Rate Calculator v4.0 (outcomerate::eligibility_rate):
//   e = (I + P + R + NC + O) / (I + P + R + NC + O + NE)
// Weighted rates: pass sums of base weights instead of counts.
import { SurveyError } from "./survey-error.ts";

export const dispositionCodes = ["I", "P", "R", "NC", "O", "UH", "UO", "NE"] as const;
export type DispositionCode = (typeof dispositionCodes)[number];
export type DispositionCounts = Readonly<Record<DispositionCode, number>>;

export const aaporRateNames = [
  "RR1",
  "RR2",
  "RR3",
  "RR4",
  "RR5",
  "RR6",
  "COOP1",
  "COOP2",
  "COOP3",
  "COOP4",
  "REF1",
  "REF2",
  "REF3",
  "CON1",
  "CON2",
  "CON3",
] as const;
export type AaporRateName = (typeof aaporRateNames)[number];

export interface AaporRates {
  readonly rates: Readonly<Record<AaporRateName, number>>;
  /** The eligibility estimate used by RR3, RR4, REF2 and CON2. */
  readonly e: number;
  /** Where e came from: "proportional" (the AAPOR calculator default) or "given". */
  readonly eBasis: "proportional" | "given";
  readonly counts: DispositionCounts;
}

function checkCounts(counts: DispositionCounts): void {
  for (const code of dispositionCodes) {
    const value = counts[code];
    if (!(value >= 0) || !Number.isFinite(value)) {
      throw new SurveyError(
        "invalid-argument",
        `disposition ${code} has count ${value}; counts must be >= 0.`,
        {
          field: code,
          value,
        },
      );
    }
  }
}

/** Every AAPOR rate; NaN where a denominator is 0. Example: §2.4 test vector -> RR1 = 95/1053. */
export function aaporRates(counts: DispositionCounts, options: { readonly e?: number } = {}): AaporRates {
  checkCounts(counts);
  const { I, P, R, NC, O, UH, UO, NE } = counts;
  const eligible = I + P + R + NC + O;
  const e = options.e ?? eligible / (eligible + NE);
  if (options.e !== undefined && !(e >= 0 && e <= 1)) {
    throw new SurveyError("invalid-argument", `e must be between 0 and 1 (got ${e}).`, {
      field: "e",
      value: e,
    });
  }
  const interviews = I + P;
  const unknown = UH + UO;
  const known = interviews + R + NC + O;
  const all = known + unknown;
  const estimated = known + e * unknown;
  const contacted = interviews + R + O;
  const rates: Record<AaporRateName, number> = {
    RR1: I / all,
    RR2: interviews / all,
    RR3: I / estimated,
    RR4: interviews / estimated,
    RR5: I / known,
    RR6: interviews / known,
    COOP1: I / (interviews + R + O),
    COOP2: interviews / (interviews + R + O),
    COOP3: I / (interviews + R),
    COOP4: interviews / (interviews + R),
    REF1: R / all,
    REF2: R / estimated,
    REF3: R / known,
    CON1: contacted / all,
    CON2: contacted / estimated,
    CON3: contacted / known,
  };
  for (const name of aaporRateNames) if (!Number.isFinite(rates[name])) rates[name] = Number.NaN;
  return { rates, e, eBasis: options.e === undefined ? "proportional" : "given", counts };
}
