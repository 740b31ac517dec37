// XLSX downloads of a profile or an opportunity table: sheet "Data" and sheet "About" (data set,
// source, licence, attribution, view, profile, parameters, date).
import type { PlatformContext } from "../platform/platform-context.ts";
import type { ExplorerQuery } from "./explorer-view.ts";
import { regionOpportunities } from "./region-opportunities.ts";
import { regionProfile } from "./region-profile.ts";

async function workbook(header: string[], rows: unknown[][], about: [string, string][]): Promise<Uint8Array> {
  // exceljs is large: loaded on the first export, not by every importer of services (the CLI).
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  const data = book.addWorksheet("Data");
  data.addRow(header);
  for (const row of rows) data.addRow(row);
  const sheet = book.addWorksheet("About");
  for (const pair of about) sheet.addRow(pair);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function aboutRows(
  view: { dataset: string; year: number; level: string; profile: string; geography: string },
  region: string,
  attribution: string,
  licence: string,
  parameters: Record<string, unknown>,
  date: Date,
): [string, string][] {
  return [
    ["Data set", view.dataset],
    ["Region", region],
    ["Source", attribution],
    ["Attribution", attribution],
    ["Licence", licence],
    ["View", `year ${view.year}, level ${view.level}, geography ${view.geography}`],
    ["Profile", view.profile],
    ["Parameters", JSON.stringify(parameters)],
    ["Date", date.toISOString()],
  ];
}

/** The profile's specialisations as XLSX bytes and the file name `<dataset>-<region>-profile.xlsx`. */
export async function profileXlsx(
  ctx: PlatformContext,
  q: ExplorerQuery & { readonly region: string },
): Promise<{ bytes: Uint8Array; fileName: string }> {
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
  const bytes = await workbook(
    ["Activity", "Title", "Section", "Value", "LQ", "LQ low (95%)", "LQ high (95%)", "Share"],
    rows,
    aboutRows(p.view, p.region.code, p.attribution, p.licence, p.methods.parameters, ctx.now()),
  );
  return { bytes, fileName: `${p.view.dataset}-${p.region.code}-profile.xlsx` };
}

/** The opportunity table as XLSX bytes and the file name `<dataset>-<region>-opportunities.xlsx`. */
export async function opportunitiesXlsx(
  ctx: PlatformContext,
  q: ExplorerQuery & { readonly region: string },
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const o = await regionOpportunities(ctx, q);
  const rows = o.rows.map((r) => [r.activity, r.title, r.section, r.value, r.lq, r.density, r.pci, r.cog]);
  const bytes = await workbook(
    ["Activity", "Title", "Section", "Value", "LQ", "Density", "PCI", "COG"],
    rows,
    aboutRows(
      o.view,
      o.region.code,
      o.attribution,
      o.licence,
      { ...o.methods.parameters, cutoffs: o.cutoffs },
      ctx.now(),
    ),
  );
  return { bytes, fileName: `${o.view.dataset}-${o.region.code}-opportunities.xlsx` };
}
