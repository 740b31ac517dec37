// The map of one activity: its LQ and value in every region of a geography level (the data set's
// own regions or coarser ones, summed up), and the bundled boundary layer to draw them with.
import type { ActivityMap } from "@smartspec/domain";
import type { PlatformContext } from "../platform/platform-context.ts";
import { PlatformError } from "../platform/platform-error.ts";
import { type ExplorerQuery, num, openView } from "./explorer-view.ts";
import { boundaryLayerFor } from "./region-names.ts";

/**
 * The map of `activity` (default: the first activity). Throws not-found for an activity the view
 * does not have.
 */
export async function activityMap(
  ctx: PlatformContext,
  q: ExplorerQuery & { readonly activity?: string | undefined },
): Promise<ActivityMap> {
  const { summary, snapshot: s } = await openView(ctx, q);
  const code = q.activity || s.activities[0]!;
  const p = s.activities.indexOf(code);
  if (p < 0)
    throw new PlatformError(
      "not-found",
      `No activity "${code}" at ${s.view.level} level in ${s.view.dataset}`,
    );
  const nP = s.activities.length;
  return {
    view: summary,
    activity: { code, title: s.activityTitles[p]! },
    geography: { level: summary.geography, layer: boundaryLayerFor(s.regions) },
    values: s.regions.map((region, r) => ({
      region,
      name: s.regionNames[r]!,
      lq: num(s.lq[r * nP + p]!),
      value: s.value[r * nP + p]!,
    })),
    attribution: s.attribution,
    licence: s.licence,
  };
}
