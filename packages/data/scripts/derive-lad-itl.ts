// Derives the district (LAD December 2021) -> ITL3 (January 2021) lookup shipped as
// packages/data/sets/uk-boundaries/lad21_to_itl321_derived.csv:
//   npx tsx packages/data/scripts/derive-lad-itl.ts
// 1. decode both TopoJSON layers; 2. take a point guaranteed inside each district (interiorPoint);
// 3. find the ITL3 polygon holding it, or, where coastal simplification leaves it outside every
// polygon, the ITL3 with the nearest boundary (reported); 4. locate a grid sample of each district:
// where 2% or more of it lies in another ITL3 (only Scottish council areas split between ITL3
// regions: Highland, North Ayrshire, Argyll and Bute), the region holding the largest share of its
// area wins if it holds 10 points more than the point's region (best fit; only Highland moves);
// 5. verify and write, sorted by LAD21CD. Deterministic: same input, same bytes.
import { writeFileSync } from "node:fs";
import { loadBoundaries } from "../src/loaders/load-boundaries.ts";
import { setPath } from "../src/sets-path.ts";
import { areaShares, type LocatingRegion, locatingRegion, regionsAt } from "./area-shares.ts";
import { boundaryDistance, interiorPoint } from "./polygon-geometry.ts";
import { decodeTopologyAreas, type QuantizedTopology, type TopologyArea } from "./topology-polygons.ts";

const started = performance.now();
const areasOf = (layerId: string): TopologyArea[] =>
  decodeTopologyAreas(loadBoundaries(layerId).data as unknown as QuantizedTopology, "geog", "id", "name");
const districts = areasOf("uk-boundaries-lad-2021");
const itl3 = areasOf("uk-boundaries-itl3-2021");
const regions = itl3.map((area) => locatingRegion(area.code, area.polygons));
const nameOf = new Map(itl3.map((area) => [area.code, area.name]));
/** A district straddles regions when another holds this share of it (simplification noise is < 1%). */
const straddleShare = 0.02;
/** A district that straddles regions moves only when another holds this much more of its area. */
const clearMargin = 0.1;

const rows: { district: TopologyArea; region: string }[] = [];
const fallbacks: string[] = [];
const straddling: string[] = [];
for (const district of districts) {
  const point = interiorPoint(district.polygons);
  const hits = regionsAt(regions, point);
  const byDistance = (candidates: readonly LocatingRegion[], sign: 1 | -1) =>
    [...candidates].sort(
      (a, b) => sign * (boundaryDistance(a.polygons, point) - boundaryDistance(b.polygons, point)),
    )[0]!;
  // No hit: the nearest boundary wins. Two hits (simplified layers overlapping): the region whose
  // boundary is farthest from the point, the one it is most clearly inside.
  const pointRegion = (
    hits.length === 1 ? hits[0]! : byDistance(hits.length === 0 ? regions : hits, hits.length === 0 ? 1 : -1)
  ).code;
  if (hits.length !== 1) {
    const at = point.map((v) => v.toFixed(4)).join(", ");
    const how = hits.length === 0 ? "nearest boundary" : "deepest";
    fallbacks.push(
      `${district.code} ${district.name}: [${at}] in ${hits.length} polygons -> ${pointRegion} (${how})`,
    );
  }
  // Districts that do not nest in ITL3 (Scottish council areas split between ITL3 regions) are
  // placed by area plurality where it is clear; a coarse grid finds them, a fine one measures them.
  let shares = areaShares(district.polygons, regions, 24);
  const elsewhere = () => shares.filter((s) => s.code !== pointRegion && s.share >= straddleShare);
  if (elsewhere().length > 0) shares = areaShares(district.polygons, regions, 120);
  const pointShare = shares.find((s) => s.code === pointRegion)?.share ?? 0;
  const top = shares[0];
  const region = top !== undefined && top.share - pointShare >= clearMargin ? top.code : pointRegion;
  if (elsewhere().length > 0) {
    const spread = shares
      .filter((s) => s.share >= 0.001)
      .map((s) => `${s.code} ${(100 * s.share).toFixed(1)}%`);
    straddling.push(
      `${district.code} ${district.name}: ${spread.join(", ")}; point in ${pointRegion} -> ${region}`,
    );
  }
  rows.push({ district, region });
}

// Verification: the brief's known cases, country letters, and every ITL3 used.
const country: Record<string, string> = { E: "TL[C-K]", W: "TLL", S: "TLM", N: "TLN" };
const problems: string[] = [];
for (const { district, region } of rows) {
  if (!new RegExp(`^${country[district.code[0]!] ?? "-"}`).test(region)) {
    problems.push(`${district.code} ${district.name} -> ${region}: wrong country`);
  }
}
const used = new Set(rows.map((r) => r.region));
for (const area of itl3) if (!used.has(area.code)) problems.push(`${area.code} ${area.name}: no district`);
const expected: Record<string, string> = {
  E06000023: "TLK11",
  E06000022: "TLK12",
  E06000024: "TLK12",
  E06000025: "TLK12",
};
for (const [code, region] of Object.entries(expected)) {
  const found = rows.find((r) => r.district.code === code)?.region;
  if (found !== region) problems.push(`${code} -> ${found}, expected ${region}`);
}
if (new Set(rows.map((r) => r.district.code)).size !== districts.length) problems.push("repeated district");

const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const sorted = [...rows].sort((a, b) => (a.district.code < b.district.code ? -1 : 1));
const lines = ["LAD21CD,LAD21NM,ITL321CD,ITL321NM"].concat(
  sorted.map(({ district: d, region: r }) => [d.code, d.name, r, nameOf.get(r)!].map(quote).join(",")),
);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`${districts.length} districts -> ${used.size} of ${itl3.length} ITL3 regions in ${seconds} s`);
console.log(`Fallbacks (point not in exactly one ITL3 polygon): ${fallbacks.length}`);
for (const line of fallbacks) console.log(`  ${line}`);
console.log(
  `Districts with ${100 * straddleShare}% or more of their area in another ITL3: ${straddling.length}`,
);
for (const line of straddling) console.log(`  ${line}`);
if (problems.length > 0) {
  console.error(`Not written; ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
writeFileSync(setPath("uk-boundaries", "lad21_to_itl321_derived.csv"), `${lines.join("\n")}\n`);
console.log("Wrote uk-boundaries/lad21_to_itl321_derived.csv");
