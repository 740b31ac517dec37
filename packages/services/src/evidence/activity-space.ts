// The activity space: the proximity network (maximum spanning tree + strongest links) with its
// deterministic layout; with a region, each node says whether the region is specialised in it.
import type { ActivitySpace, ExplorerView } from "@smartspec/domain";
import type { PlatformContext } from "../platform/platform-context.ts";
import { type ExplorerQuery, num, openView, regionIndex } from "./explorer-view.ts";
import type { EvidenceSnapshot } from "./snapshot-types.ts";
import { perSnapshot } from "./view-memo.ts";

/** The activity space of the view, nodes marked for `region` when given. */
export async function activitySpace(
  ctx: PlatformContext,
  q: ExplorerQuery & { readonly region?: string | undefined },
): Promise<ActivitySpace> {
  const { summary, snapshot: s } = await openView(ctx, q);
  const r = q.region ? regionIndex(s, q.region) : undefined;
  return perSnapshot(s, "space", summary, String(r ?? ""), () => spaceOf(s, r, summary));
}

function spaceOf(s: EvidenceSnapshot, r: number | undefined, summary: ExplorerView): ActivitySpace {
  const nP = s.activities.length;
  const { network } = s;
  return {
    view: summary,
    nodes: s.activities.map((activity, p) => ({
      activity,
      title: s.activityTitles[p]!,
      section: s.sections[p]!,
      x: network.x[p]!,
      y: network.y[p]!,
      // NaN (an activity with no value anywhere) is null in JSON either way; num() says so in the type.
      ubiquity: num(s.ubiquity[p]!),
      pci: num(s.pci[p]!),
      ...(r === undefined ? {} : { present: s.presence[r * nP + p] === 1 }),
    })),
    edges: network.source.map((a, k) => ({
      source: s.activities[a]!,
      target: s.activities[network.target[k]!]!,
      proximity: network.weight[k]!,
      kind: network.tree[k] === 1 ? ("tree" as const) : ("strong" as const),
    })),
    attribution: s.attribution,
    licence: s.licence,
  };
}
