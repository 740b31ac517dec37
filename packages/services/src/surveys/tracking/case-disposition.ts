// A case's final AAPOR disposition from its raw events, by the rule table of the methods doc
// (survey-methods.md 2.3, "Mapping platform events to dispositions"): the first matching rule wins.
// Pure; re-run it whenever the partial threshold or the eligibility evidence changes.

export const dispositionCodes = ["I", "P", "R", "NC", "O", "UH", "UO", "NE"] as const;
export type DispositionCode = (typeof dispositionCodes)[number];

/** The rule set applied, quoted next to every rate (methods doc 2.5). */
export const dispositionRuleSet =
  "survey-methods.md 2.3 (proposal), rules 1-10; bounces of either kind -> rule 8";

export interface CaseEventFact {
  readonly kind: string;
  readonly detail: string | null;
  readonly progress: number | null;
}

export interface CaseDispositionInput {
  readonly events: readonly CaseEventFact[];
  /** From the frame: unknown, eligible (a trading firm in scope), ceased (ceased trading). */
  readonly eligibility: string;
  /** Break-off threshold declared before fieldwork (share of required applicable items). */
  readonly partialThreshold: number;
}

export interface CaseDisposition {
  readonly code: DispositionCode;
  /** The rule number in the methods doc table (1-10; rule 4 is never produced here). */
  readonly rule: number;
  /** R: break-off | implicit | explicit | unsubscribed; UO: undelivered; NC/UO: not-invited. */
  readonly subtype: string | null;
}

/**
 * Example: events opened, started, partial 0.6 with threshold 0.5 -> { code: "P", rule: 2 };
 * with partial 0.3 -> { code: "R", rule: 5, subtype: "break-off" }.
 */
export function caseDisposition(input: CaseDispositionInput): CaseDisposition {
  const has = (kind: string) => input.events.some((e) => e.kind === kind);
  const maxProgress = Math.max(
    -1,
    ...input.events.filter((e) => e.kind === "partial").map((e) => e.progress ?? -1),
  );
  if (has("completed")) return { code: "I", rule: 1, subtype: null };
  if (maxProgress >= input.partialThreshold) return { code: "P", rule: 2, subtype: null };
  if (has("screened_out") || input.eligibility === "ceased") return { code: "NE", rule: 3, subtype: null };
  if (has("started") || has("partial")) return { code: "R", rule: 5, subtype: "break-off" };
  if (has("opened")) return { code: "R", rule: 6, subtype: "implicit" };
  if (has("refused")) return { code: "R", rule: 7, subtype: "explicit" };
  if (has("unsubscribed")) return { code: "R", rule: 7, subtype: "unsubscribed" };
  if (has("bounced")) return { code: "UO", rule: 8, subtype: "undelivered" };
  const notInvited = has("invited") ? null : "not-invited";
  if (input.eligibility === "eligible") return { code: "NC", rule: 9, subtype: notInvited };
  return { code: "UO", rule: 10, subtype: notInvited };
}

/** Counts per code, every code present (zeros included). */
export function countDispositions(codes: Iterable<DispositionCode>): Record<DispositionCode, number> {
  const counts = Object.fromEntries(dispositionCodes.map((c) => [c, 0])) as Record<DispositionCode, number>;
  for (const code of codes) counts[code] += 1;
  return counts;
}
