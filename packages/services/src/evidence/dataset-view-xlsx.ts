// XLSX downloads of the views over a whole data set: the map's values, the activity space's nodes
// (and links) and a comparison of regions. Each is the JSON use case's answer as sheets, then the
// "About" sheet; access is therefore exactly the JSON route's (decided in openView).
import type { PlatformContext } from "../platform/platform-context.ts";
import { activityMap } from "./activity-map.ts";
import { activitySpace } from "./activity-space.ts";
import { compareRegions } from "./compare-regions.ts";
import type { ExplorerQuery } from "./explorer-view.ts";
import { aboutRows, type XlsxFile, xlsxFileName, xlsxWorkbook } from "./xlsx-workbook.ts";

/** The map of `activity`: one row per region (code, name, value, LQ). `<dataset>-<activity>-map-<geography>.xlsx`. */
export async function mapXlsx(
  ctx: PlatformContext,
  q: ExplorerQuery & { readonly activity?: string | undefined },
): Promise<XlsxFile> {
  const m = await activityMap(ctx, q);
  const { code, title } = m.activity;
  const rows = m.values.map((v) => [v.region, v.name, v.value, v.lq]);
  const about = aboutRows({
    view: m.view,
    content: `Map: the LQ of ${code} ${title} in every ${m.view.geography} region`,
    subject: [["Activity", `${code} ${title}`]],
    attribution: m.attribution,
    licence: m.licence,
    parameters: { activity: code, geography: m.view.geography, layer: m.geography.layer },
    date: ctx.now(),
  });
  const bytes = await xlsxWorkbook(
    [{ name: "Data", header: ["Region", "Name", "Value", "LQ"], rows }],
    about,
  );
  return { bytes, fileName: xlsxFileName([m.view.dataset, code, "map", m.view.geography]) };
}

/**
 * The activity space: sheet "Data" has one row per node (activity, title, section, ubiquity, PCI,
 * and with a region "Strength of <region>": yes / no), sheet "Links" the drawn edges.
 * `<dataset>[-<region>]-space.xlsx`.
 */
export async function spaceXlsx(
  ctx: PlatformContext,
  q: ExplorerQuery & { readonly region?: string | undefined },
): Promise<XlsxFile> {
  const s = await activitySpace(ctx, q);
  const region = q.region || undefined;
  const header = ["Activity", "Title", "Section", "Ubiquity", "PCI"];
  if (region) header.push(`Strength of ${region}`);
  const rows = s.nodes.map((n) => {
    const row: unknown[] = [n.activity, n.title, n.section, n.ubiquity, n.pci];
    if (region) row.push(n.present ? "yes" : "no");
    return row;
  });
  const links = s.edges.map((e) => [e.source, e.target, e.proximity, e.kind]);
  const about = aboutRows({
    view: s.view,
    content:
      "Activity space: activities (Data) and the network's maximum spanning tree plus strongest links (Links)" +
      (region ? `; strengths (LQ >= 1) of ${region} marked` : ""),
    subject: region ? [["Region", region]] : [],
    attribution: s.attribution,
    licence: s.licence,
    parameters: region ? { region } : {},
    date: ctx.now(),
  });
  const bytes = await xlsxWorkbook(
    [
      { name: "Data", header, rows },
      { name: "Links", header: ["Source", "Target", "Proximity", "Kind"], rows: links },
    ],
    about,
  );
  return { bytes, fileName: xlsxFileName([s.view.dataset, region ?? "", "space"]) };
}

/** The comparison table: one row per region, in the order asked. `<dataset>-compare-<codes>.xlsx`. */
export async function compareXlsx(
  ctx: PlatformContext,
  q: ExplorerQuery & { readonly regions: readonly string[] },
): Promise<XlsxFile> {
  const c = await compareRegions(ctx, q);
  const header = [
    "Region",
    "Name",
    "Total",
    "Diversity",
    "ECI",
    "Complexity rank",
    "Regions ranked",
    "Related variety",
    "Unrelated variety",
  ];
  const rows = c.regions.map((r) => [
    r.code,
    r.name,
    r.total,
    r.diversity,
    r.eci,
    r.eciRank,
    r.regionCount,
    r.relatedVariety,
    r.unrelatedVariety,
  ]);
  const codes = c.regions.map((r) => r.code);
  const about = aboutRows({
    view: c.view,
    content: `Comparison of ${codes.length} regions`,
    subject: [["Regions", codes.join(", ")]],
    attribution: c.attribution,
    licence: c.licence,
    parameters: { regions: codes },
    date: ctx.now(),
  });
  const bytes = await xlsxWorkbook([{ name: "Data", header, rows }], about);
  return { bytes, fileName: xlsxFileName([c.view.dataset, "compare", ...codes]) };
}
