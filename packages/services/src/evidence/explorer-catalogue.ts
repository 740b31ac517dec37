// The explorer's data set list and region list.
import type { ExplorerDataset, RegionList } from "@smartspec/domain";
import { listMemberWorkspaces, listWorkspaceDatasets } from "@smartspec/storage";
import type { PlatformContext } from "../platform/platform-context.ts";
import { PlatformError } from "../platform/platform-error.ts";
import { getSettings } from "../platform/settings/get-settings.ts";
import { bundledEvidenceSources } from "./evidence-source.ts";
import { type ExplorerQuery, geographyLevels, openView } from "./explorer-view.ts";

/**
 * Bundled region x activity sets (public while publicOpenData is on) and the caller's workspaces'
 * uploads. Throws unauthenticated for an anonymous caller when open data is not public.
 */
export async function listExplorerDatasets(
  ctx: PlatformContext,
  props: { readonly userId: string | null },
): Promise<ExplorerDataset[]> {
  if (props.userId === null && !(await getSettings(ctx)).publicOpenData) {
    throw new PlatformError("unauthenticated", "Sign in to explore the data sets");
  }
  const bundled: ExplorerDataset[] = bundledEvidenceSources().map((s) => ({
    id: s.id,
    title: s.title,
    years: s.years,
    levels: s.levels,
    defaultLevel: s.defaultLevel,
    geography: s.geography,
    ...(s.regionGeography ? { regionGeography: s.regionGeography } : {}),
    geographies: geographyLevels(s),
    licence: s.licence,
    attribution: s.attribution,
  }));
  if (props.userId === null) return bundled;
  const workspaces = await listMemberWorkspaces(ctx.database.db, props.userId);
  const slugs = new Map(workspaces.map((w) => [w.id, w.slug]));
  const uploads = await listWorkspaceDatasets(
    ctx.database.db,
    workspaces.map((w) => w.id),
  );
  return [
    ...bundled,
    ...uploads.map((u) => ({
      id: u.id,
      title: u.title,
      workspace: slugs.get(u.workspaceId ?? "") ?? "",
      years: (u.metadata.years as number[]) ?? [],
      levels: [{ id: "activity", title: "Activity (as uploaded)" }],
      defaultLevel: "activity",
      geography: "Regions as uploaded",
      geographies: ["own"],
      licence: "Workspace data (not open data)",
      attribution: `Uploaded to this workspace as "${u.title}"`,
    })),
  ];
}

/** Every region of the view with its name and total, in code order. */
export async function explorerRegions(ctx: PlatformContext, q: ExplorerQuery): Promise<RegionList> {
  const { summary, snapshot: s } = await openView(ctx, q);
  return {
    view: summary,
    regions: s.regions.map((code, r) => ({ code, name: s.regionNames[r]!, total: s.total[r]! })),
  };
}
