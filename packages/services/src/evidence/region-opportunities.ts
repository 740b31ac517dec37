// Opportunities of a region (Balland et al. 2019): every activity it is not specialised in (M = 0)
// with its relatedness density and complexity (PCI), the median cut-offs, and for each the up to 5
// existing strengths (M = 1) closest to it in the activity space.
import type { OpportunityRow, RegionOpportunities, RelatedStrength } from "@smartspec/domain";
import type { PlatformContext } from "../platform/platform-context.ts";
import { type ExplorerQuery, num, openView, regionIndex } from "./explorer-view.ts";
import { methodsOf } from "./region-profile.ts";
import { type EvidenceSnapshot, snapshotProximity } from "./snapshot-types.ts";
import { perSnapshot } from "./view-memo.ts";

/** The median of the non-null values (mean of the middle two for an even count), or null. */
export function finiteMedian(values: readonly (number | null)[]): number | null {
  const kept = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (kept.length === 0) return null;
  const mid = kept.length >> 1;
  return kept.length % 2 === 1 ? kept[mid]! : (kept[mid - 1]! + kept[mid]!) / 2;
}

/** The up to 5 of `strengths` with the highest proximity > 0 to `p` (ties: lower index), by one scan. */
function closestStrengths(
  p: number,
  strengths: readonly number[],
  proximity: (a: number, b: number) => number,
): { index: number; proximity: number }[] {
  const best: { index: number; proximity: number }[] = [];
  for (const q of strengths) {
    const phi = proximity(p, q);
    if (!(phi > 0) || (best.length === 5 && phi <= best[4]!.proximity)) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.proximity < phi) at--;
    best.splice(at, 0, { index: q, proximity: phi });
    if (best.length > 5) best.pop();
  }
  return best;
}

/** The opportunities of `region` (see the module comment); rows by density descending. */
export async function regionOpportunities(
  ctx: PlatformContext,
  q: ExplorerQuery & { readonly region: string },
): Promise<RegionOpportunities> {
  const { summary, snapshot: s } = await openView(ctx, q);
  const r = regionIndex(s, q.region);
  return perSnapshot(s, "opportunities", summary, String(r), () => ({
    view: summary,
    ...opportunitiesOf(s, r),
  }));
}

function opportunitiesOf(s: EvidenceSnapshot, r: number): Omit<RegionOpportunities, "view"> {
  const nP = s.activities.length;
  const strengths: number[] = [];
  const rows: OpportunityRow[] = [];
  const why: Record<string, RelatedStrength[]> = {};
  for (let p = 0; p < nP; p++) if (s.presence[r * nP + p] === 1) strengths.push(p);
  for (let p = 0; p < nP; p++) {
    const i = r * nP + p;
    // Activities with no value anywhere (dropped by the engine, LQ NaN) are nobody's opportunity.
    if (s.presence[i] !== 0 || Number.isNaN(s.lq[i]!)) continue;
    rows.push({
      activity: s.activities[p]!,
      title: s.activityTitles[p]!,
      section: s.sections[p]!,
      value: s.value[i]!,
      lq: num(s.lq[i]!),
      density: num(s.density[i]!),
      pci: num(s.pci[p]!),
      cog: num(s.cog[i]!),
    });
    why[s.activities[p]!] = closestStrengths(p, strengths, (a, b) => snapshotProximity(s, a, b)).map(
      (q2) => ({
        activity: s.activities[q2.index]!,
        title: s.activityTitles[q2.index]!,
        proximity: q2.proximity,
      }),
    );
  }
  rows.sort((a, b) => (b.density ?? -1) - (a.density ?? -1) || (a.activity < b.activity ? -1 : 1));
  return {
    region: { code: s.regions[r]!, name: s.regionNames[r]! },
    cutoffs: {
      density: finiteMedian(rows.map((x) => x.density)),
      complexity: finiteMedian(rows.map((x) => x.pci)),
    },
    rows,
    why,
    methods: methodsOf(s, "/glossary#density"),
    attribution: s.attribution,
    licence: s.licence,
  };
}
