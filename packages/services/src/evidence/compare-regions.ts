// Side-by-side summaries of 2 to 10 regions of one view, each with its top 5 specialisations.
import type { RegionComparison } from "@smartspec/domain";
import type { PlatformContext } from "../platform/platform-context.ts";
import { PlatformError } from "../platform/platform-error.ts";
import { type ExplorerQuery, openView, regionIndex } from "./explorer-view.ts";
import { regionSummary, specialisationsOf } from "./region-profile.ts";

/** Compares `regions` (2-10 distinct codes). Throws validation for another count, not-found for an unknown code. */
export async function compareRegions(
  ctx: PlatformContext,
  q: ExplorerQuery & { readonly regions: readonly string[] },
): Promise<RegionComparison> {
  const codes = [...new Set(q.regions)];
  if (codes.length < 2 || codes.length > 10) {
    throw new PlatformError("validation", `Compare 2 to 10 regions; ${codes.length} given.`, {
      field: "regions",
    });
  }
  const { summary, snapshot: s } = await openView(ctx, q);
  return {
    view: summary,
    regions: codes.map((code) => {
      const r = regionIndex(s, code);
      return { ...regionSummary(s, r), specialisations: specialisationsOf(s, r).slice(0, 5) };
    }),
    attribution: s.attribution,
    licence: s.licence,
  };
}
