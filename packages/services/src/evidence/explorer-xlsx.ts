// XLSX downloads of a region's views: the profile's specialisations and the opportunity table,
// each with sheet "Data" and sheet "About" (see xlsx-workbook.ts). Whole-data-set views (map,
// activity space, comparison) are in dataset-view-xlsx.ts.
import type { PlatformContext } from "../platform/platform-context.ts";
import type { ExplorerQuery } from "./explorer-view.ts";
import { regionOpportunities } from "./region-opportunities.ts";
import { regionProfile } from "./region-profile.ts";
import { aboutRows, type XlsxFile, xlsxFileName, xlsxWorkbook } from "./xlsx-workbook.ts";

/** The profile's specialisations as XLSX bytes and the file name `<dataset>-<region>-profile.xlsx`. */
export async function profileXlsx(
  ctx: PlatformContext,
  q: ExplorerQuery & { readonly region: string },
): Promise<XlsxFile> {
  const p = await regionProfile(ctx, q);
  const rows = p.specialisations.map((s) => [
    s.activity,
    s.title,
    s.section,
    s.value,
    s.lq,
    s.lqLow ?? null,
    s.lqHigh ?? null,
    s.share,
  ]);
  const header = ["Activity", "Title", "Section", "Value", "LQ", "LQ low (95%)", "LQ high (95%)", "Share"];
  const about = aboutRows({
    view: p.view,
    content: `Profile: the top specialisations (LQ >= 1) of ${p.region.name}`,
    subject: [["Region", p.region.code]],
    attribution: p.attribution,
    licence: p.licence,
    parameters: p.methods.parameters,
    date: ctx.now(),
  });
  const bytes = await xlsxWorkbook([{ name: "Data", header, rows }], about);
  return { bytes, fileName: xlsxFileName([p.view.dataset, p.region.code, "profile"]) };
}

/** The opportunity table as XLSX bytes and the file name `<dataset>-<region>-opportunities.xlsx`. */
export async function opportunitiesXlsx(
  ctx: PlatformContext,
  q: ExplorerQuery & { readonly region: string },
): Promise<XlsxFile> {
  const o = await regionOpportunities(ctx, q);
  const rows = o.rows.map((r) => [r.activity, r.title, r.section, r.value, r.lq, r.density, r.pci, r.cog]);
  const header = ["Activity", "Title", "Section", "Value", "LQ", "Density", "PCI", "COG"];
  const about = aboutRows({
    view: o.view,
    content: `Opportunities: the activities ${o.region.name} does not yet specialise in`,
    subject: [["Region", o.region.code]],
    attribution: o.attribution,
    licence: o.licence,
    parameters: { ...o.methods.parameters, cutoffs: o.cutoffs },
    date: ctx.now(),
  });
  const bytes = await xlsxWorkbook([{ name: "Data", header, rows }], about);
  return { bytes, fileName: xlsxFileName([o.view.dataset, o.region.code, "opportunities"]) };
}
