// Builds the derived long files shipped in packages/data/sets from the copied source files:
//   npx tsx packages/data/scripts/derive-sets.ts
// Each derivation is described in the folder's SOURCE.md ("Processing in smartspec"). Output is
// deterministic (fixed row order, gzip without a timestamp), so re-running changes no bytes.
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { boundaryAreas } from "../src/loaders/load-boundaries.ts";
import { readTable } from "../src/read/read-table.ts";
import { setPath } from "../src/sets-path.ts";
import { gvaIndustryCode, gvaLeafCodes } from "./gva-leaf-rows.ts";

type Cell = string | number;

function quote(cell: Cell): string {
  const text = String(cell);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function writeCsvGz(folder: string, file: string, header: readonly string[], rows: readonly Cell[][]): void {
  const text = `${[header, ...rows].map((row) => row.map(quote).join(",")).join("\n")}\n`;
  writeFileSync(setPath(folder, file), gzipSync(Buffer.from(text, "utf8"), { level: 9 }));
  console.log(`${folder}/${file}: ${rows.length} rows`);
}

/** Business counts, size band Total, with area codes added from the boundary files. */
function deriveBusinessCounts(): void {
  const folder = "uk-business-counts-lad-lep";
  const table = readTable(
    setPath(folder, "ukbc_enterprises_england_lad_lep_broadindustry_sizeband_2018_2022.csv.gz"),
  );
  const at = (name: string) => table.column(name);
  const ladCodes = new Map(boundaryAreas("uk-boundaries-lad-2021").map((a) => [a.name, a.code]));
  const lepCodes = new Map(boundaryAreas("uk-boundaries-lep-2021").map((a) => [a.name, a.code]));
  // Nomis uses the 2021 LEP names; the May 2021 boundary file has older names for two LEPs.
  lepCodes.set("Buckinghamshire Thames Valley", lepCodes.get("Buckinghamshire")!);
  lepCodes.set("Hull and East Riding", lepCodes.get("Hull and East Yorkshire")!);
  for (const [type, codes, file] of [
    ["local_enterprise_partnership", lepCodes, "ukbc_enterprises_lep_broadindustry_2018_2022.csv.gz"],
    ["local_authority_district", ladCodes, "ukbc_enterprises_lad_broadindustry_2018_2022.csv.gz"],
  ] as const) {
    const rows: Cell[][] = [];
    for (const row of table.rows) {
      if (row[at("geography_type")] !== type || row[at("employment_sizeband")] !== "Total") continue;
      const name = row[at("geography_name")]!;
      const code = codes.get(name);
      if (code === undefined) throw new Error(`no code for ${type} "${name}"`);
      rows.push([
        Number(row[at("year")]),
        code,
        name,
        Number(row[at("industry_group_code")]),
        row[at("industry_group_name")]!,
        Number(row[at("enterprise_count")]),
      ]);
    }
    rows.sort(
      (a, b) =>
        Number(a[0]) - Number(b[0]) ||
        String(a[1]).localeCompare(String(b[1])) ||
        Number(a[3]) - Number(b[3]),
    );
    writeCsvGz(
      folder,
      file,
      ["year", "area_code", "area_name", "industry_group_code", "industry_group_name", "enterprise_count"],
      rows,
    );
  }
}

/** Regional GVA, current prices: the finest non-overlapping industry rows, wide -> long. */
function deriveGva(): void {
  const folder = "uk-regional-gva-itl-industry";
  for (const [source, file] of [
    [
      "Table_2c_ITL2_UK_current_price_estimates_pounds_million.csv.gz",
      "gva_current_prices_itl2_industry_1998_2021.csv.gz",
    ],
    [
      "Table_3c_ITL3_UK_current_price_estimates_pounds_million.csv.gz",
      "gva_current_prices_itl3_industry_1998_2021.csv.gz",
    ],
  ] as const) {
    const table = readTable(setPath(folder, source));
    const leaves = gvaLeafCodes(table.rows.map((row) => row[2]!));
    const years = table.header.slice(4);
    const rows: Cell[][] = [];
    for (const row of table.rows) {
      if (!leaves.has(row[2]!)) continue;
      years.forEach((year, i) => {
        const value = Number(row[4 + i]!.replace(/,/g, ""));
        if (!Number.isFinite(value) || row[4 + i]!.trim() === "")
          throw new Error(`${source}: bad value "${row[4 + i]}"`);
        rows.push([row[0]!, gvaIndustryCode(row[2]!), Number(year), value]);
      });
    }
    // Names are left out (a third of the size): the wide table and the boundary files hold them.
    writeCsvGz(folder, file, ["itl_code", "industry_code", "year", "gva_gbp_million"], rows);
  }
}

/** Eurostat LFS: NUTS 2, age 15 and over, the ten sector groups, cells with a value. */
function deriveEuLfs(): void {
  const folder = "eu-lfs-employment-nuts2-nace";
  const table = readTable(setPath(folder, "lfst_r_lfe2en2_long.csv.gz"));
  const at = (name: string) => table.column(name);
  const rows: Cell[][] = [];
  for (const row of table.rows) {
    const sector = row[at("nace_r2")]!;
    if (row[at("unit")] !== "THS" || row[at("age")] !== "Y_GE15" || row[at("nuts_level")] !== "2") continue;
    if (sector === "TOTAL" || sector === "NRP" || row[at("value_thousands")] === "") continue;
    rows.push([
      row[at("geo")]!,
      sector,
      Number(row[at("year")]),
      Number(row[at("value_thousands")]),
      row[at("flags")]!,
    ]);
  }
  rows.sort(
    (a, b) =>
      String(a[0]).localeCompare(String(b[0])) ||
      String(a[1]).localeCompare(String(b[1])) ||
      Number(a[2]) - Number(b[2]),
  );
  writeCsvGz(
    folder,
    "lfs_employment_nuts2_nace_age15plus_2008_2015.csv.gz",
    ["geo", "nace_r2", "year", "employment_thousands", "flags"],
    rows,
  );
}

deriveBusinessCounts();
deriveGva();
deriveEuLfs();
