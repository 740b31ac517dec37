// The dashboard's per-day data: cases first reaching each event on each day (summed over strata),
// as rows for the chart and the table beside it.
import type { DailyEventCount } from "../../api/survey-types.ts";

/** The events in the order fieldwork reaches them, with their labels. */
export const eventLabels: Readonly<Record<string, string>> = {
  invited: "Invited",
  opened: "Opened",
  started: "Started",
  partial: "Partial",
  completed: "Completed",
  refused: "Refused",
  bounced: "Bounced",
  screened_out: "Screened out",
  unsubscribed: "Unsubscribed",
};

export interface DayKindCount {
  readonly day: string;
  readonly kind: string;
  readonly cases: number;
}

/** Sums strata per (day, kind), sorted by day then by the event order above (unknown kinds last). */
export function dailyTotals(daily: readonly DailyEventCount[]): DayKindCount[] {
  const totals = new Map<string, DayKindCount>();
  for (const row of daily) {
    const key = `${row.day}\u0000${row.kind}`;
    const known = totals.get(key);
    totals.set(key, { day: row.day, kind: row.kind, cases: (known?.cases ?? 0) + row.cases });
  }
  const order = Object.keys(eventLabels);
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return [...totals.values()].sort((a, b) => a.day.localeCompare(b.day) || rank(a.kind) - rank(b.kind));
}

/** Cases reaching each event over the whole fieldwork: { invited: 40, completed: 12, ... }. */
export function eventTotals(daily: readonly DailyEventCount[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const row of daily) totals[row.kind] = (totals[row.kind] ?? 0) + row.cases;
  return totals;
}
