// A region's profile: its facts (total, diversity, ECI rank, related / unrelated variety), its
// specialisations (LQ >= 1, top 25, with a 95% interval for small counts), its totals over the
// years and the LQ over the years of its top 10 specialisations, with methods and attribution.

import type {
  ExplorerMethods,
  ExplorerView,
  LqChange,
  RegionProfile,
  RegionSummary,
  Specialisation,
} from "@smartspec/domain";
import type { PlatformContext } from "../platform/platform-context.ts";
import { type ExplorerQuery, num, openView, regionIndex } from "./explorer-view.ts";
import { lqInterval } from "./lq-interval.ts";
import type { EvidenceSnapshot } from "./snapshot-types.ts";
import { perSnapshot } from "./view-memo.ts";

/** Counts below this get a 95% interval on their LQ. */
export const smallCount = 100;

/** The summary facts of region index `r`. */
export function regionSummary(s: EvidenceSnapshot, r: number): RegionSummary {
  return {
    code: s.regions[r]!,
    name: s.regionNames[r]!,
    total: s.total[r]!,
    diversity: s.diversity[r]!,
    eci: num(s.eci[r]!),
    eciRank: num(s.eciRank[r]!),
    regionCount: s.regions.length,
    relatedVariety: s.relatedVariety ? num(s.relatedVariety[r]!) : null,
    unrelatedVariety: s.unrelatedVariety ? num(s.unrelatedVariety[r]!) : null,
  };
}

/** The methods block every explorer reply carries. */
export function methodsOf(s: EvidenceSnapshot, glossary: string): ExplorerMethods {
  return {
    profile: s.view.profile,
    parameters: { threshold: 1, level: s.view.level, year: s.view.year, ...s.provenance.choices },
    diagnostics: s.diagnostics,
    provenance: s.provenance,
    glossary,
  };
}

/** Region r's activities with LQ >= 1, by LQ descending (ties: activity code), all of them. */
export function specialisationsOf(s: EvidenceSnapshot, r: number): Specialisation[] {
  const nP = s.activities.length;
  const rows: Specialisation[] = [];
  for (let p = 0; p < nP; p++) {
    const lq = s.lq[r * nP + p]!;
    if (!(lq >= 1)) continue;
    const value = s.value[r * nP + p]!;
    const interval = s.counts && value < smallCount ? lqInterval(value, value / lq) : undefined;
    rows.push({
      activity: s.activities[p]!,
      title: s.activityTitles[p]!,
      section: s.sections[p]!,
      value,
      lq,
      ...(interval ? { lqLow: interval.low, lqHigh: interval.high } : {}),
      share: value / s.total[r]!,
    });
  }
  return rows.sort((a, b) => b.lq - a.lq || (a.activity < b.activity ? -1 : 1));
}

/**
 * The profile of `region` in the view of `q`. Throws not-found for an unknown region or data set.
 * Example: UKK1 in uk-bres-itl2 2021 subclass: the LQ of 30300 is 4.267558909296244.
 */
export async function regionProfile(
  ctx: PlatformContext,
  q: ExplorerQuery & { readonly region: string },
): Promise<RegionProfile> {
  const { summary, snapshot: s } = await openView(ctx, q);
  const r = regionIndex(s, q.region);
  return perSnapshot(s, "profile", summary, String(r), () => profileOf(s, r, summary));
}

function profileOf(s: EvidenceSnapshot, r: number, summary: ExplorerView): RegionProfile {
  const all = specialisationsOf(s, r);
  const nP = s.activities.length;
  const change = all.slice(0, 10).map((row): LqChange => {
    const p = s.activities.indexOf(row.activity);
    const lqByYear: Record<string, number | null> = {};
    s.years.forEach((year, t) => {
      lqByYear[String(year)] = num(s.lqByYear[t]![r * nP + p]!);
    });
    return { activity: row.activity, lqByYear };
  });
  return {
    view: summary,
    region: regionSummary(s, r),
    specialisations: all.slice(0, 25),
    years: s.years.map((year, t) => ({ year, total: s.totalsByYear[t]![r]! })),
    change,
    methods: methodsOf(s, "/glossary#lq"),
    attribution: s.attribution,
    licence: s.licence,
  };
}
