// The AAPOR outcome rates as the dashboard and results state them (Standard Definitions; the
// methods doc 2.2): RR1 first, always, as the most conservative response rate.

import { type AaporRateName, aaporRateNames } from "@smartspec/domain";

/** The domain's order: RR1 first. */
export const rateOrder = aaporRateNames;

/** What each rate divides by what (I complete, P partial, R refusal, NC non-contact, O other, U unknown). */
export const rateDefinitions: Readonly<Record<AaporRateName, string>> = {
  RR1: "Completes / all cases: I / (I + P + R + NC + O + UH + UO)",
  RR2: "Completes and partials / all cases: (I + P) / (I + P + R + NC + O + UH + UO)",
  RR3: "Completes / estimated eligible cases: I / (I + P + R + NC + O + e(UH + UO))",
  RR4: "Completes and partials / estimated eligible: (I + P) / (I + P + R + NC + O + e(UH + UO))",
  RR5: "Completes / known eligible cases: I / (I + P + R + NC + O)",
  RR6: "Completes and partials / known eligible: (I + P) / (I + P + R + NC + O)",
  COOP1: "Completes / contacted cases: I / (I + P + R + O)",
  COOP2: "Completes and partials / contacted: (I + P) / (I + P + R + O)",
  COOP3: "Completes / contacted able to answer: I / (I + P + R)",
  COOP4: "Completes and partials / contacted able: (I + P) / (I + P + R)",
  REF1: "Refusals / all cases: R / (I + P + R + NC + O + UH + UO)",
  REF2: "Refusals / estimated eligible: R / (I + P + R + NC + O + e(UH + UO))",
  REF3: "Refusals / known eligible: R / (I + P + R + NC + O)",
  CON1: "Contacted / all cases: (I + P + R + O) / (I + P + R + NC + O + UH + UO)",
  CON2: "Contacted / estimated eligible: (I + P + R + O) / (I + P + R + NC + O + e(UH + UO))",
  CON3: "Contacted / known eligible: (I + P + R + O) / (I + P + R + NC + O)",
};

export const dispositionLabels: Readonly<Record<string, string>> = {
  I: "Complete (I)",
  P: "Partial (P)",
  R: "Refusal or break-off (R)",
  NC: "Non-contact (NC)",
  O: "Other eligible non-response (O)",
  UH: "Unknown if eligible, not reached (UH)",
  UO: "Unknown eligibility, other (UO)",
  NE: "Not eligible (NE)",
};

/**
 * A share as a percentage with one decimal: 0.0969 -> "9.7%"; null, NaN or a missing rate (a zero
 * denominator) -> "not defined yet".
 */
export function formatRate(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "not defined yet";
  return `${(value * 100).toFixed(1)}%`;
}

/** Where e came from, in words. */
export function eBasisText(basis: string): string {
  if (basis === "proportional") {
    return "proportional: the share of eligible cases among cases whose eligibility is known (AAPOR calculator default)";
  }
  if (basis === "given") return "given by the survey team";
  return basis;
}
