// The fieldwork test's sampling frame: 1,100 manufacturing SMEs of the North East, generated
// deterministically (seeded PRNG) so every run mails the same organisations. Size bands follow the
// bundled ONS UK Business Counts (GB enterprises by SIC 2007 subclass x size band, 2022): the
// 1,100 units are split over micro / small / medium in proportion to GB manufacturing (SIC 10-33)
// SMEs by largest remainder, then each unit's SIC subclass is drawn within its band in proportion
// to the GB count of that subclass in that band.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { repoRoot } from "./repo-paths.ts";

const countsFile = join(
  repoRoot,
  "packages/data/sets/uk-business-counts-gb-sic5-sizeband/ukbc_enterprises_gb_sic5_sizeband_2016_2022.csv.gz",
);

/** Our three bands (employees) and the ONS size bands each gathers. */
export const fieldworkSizeBands = {
  "0-9": ["0 to 4", "5 to 9"],
  "10-49": ["10 to 19", "20 to 49"],
  "50-249": ["50 to 99", "100 to 249"],
} as const;
export type FieldworkSizeBand = keyof typeof fieldworkSizeBands;

export interface FrameUnit {
  /** 1-based position among the data rows (the frame's line is rowIndex + 1). */
  readonly rowIndex: number;
  readonly name: string;
  readonly email: string;
  readonly sic: string;
  readonly sizeBand: FieldworkSizeBand;
}

/** mulberry32 (Tommy Ettinger's 32-bit generator): uniform numbers in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Fisher-Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** GB manufacturing enterprises in `year` by our band, then by SIC subclass (non-zero cells only). */
export function manufacturingCounts(year: number): Map<FieldworkSizeBand, Map<string, number>> {
  const rows = parse(gunzipSync(readFileSync(countsFile)), { columns: true }) as Record<string, string>[];
  const bandOf = new Map<string, FieldworkSizeBand>();
  for (const [band, onsBands] of Object.entries(fieldworkSizeBands)) {
    for (const onsBand of onsBands) bandOf.set(onsBand, band as FieldworkSizeBand);
  }
  const counts = new Map<FieldworkSizeBand, Map<string, number>>();
  for (const row of rows) {
    const code = row.INDUSTRY_CODE ?? "";
    const band = bandOf.get(row.EMPLOYMENT_SIZEBAND_NAME ?? "");
    const count = Number(row.COUNT);
    const division = Number(code.slice(0, 2));
    if (Number(row.DATE) !== year || band === undefined || division < 10 || division > 33 || !(count > 0)) {
      continue;
    }
    const bySic = counts.get(band) ?? new Map<string, number>();
    bySic.set(code, (bySic.get(code) ?? 0) + count);
    counts.set(band, bySic);
  }
  return counts;
}

/** Splits `total` over the keys in proportion to `weights` (largest remainder; ties by key order). */
export function largestRemainder<K>(weights: ReadonlyMap<K, number>, total: number): Map<K, number> {
  const sum = [...weights.values()].reduce((a, b) => a + b, 0);
  const quotas = [...weights].map(([key, weight]) => ({ key, quota: (total * weight) / sum }));
  const result = new Map(quotas.map(({ key, quota }) => [key, Math.floor(quota)]));
  let left = total - [...result.values()].reduce((a, b) => a + b, 0);
  const byRemainder = [...quotas].sort((a, b) => (b.quota % 1) - (a.quota % 1));
  for (const { key } of byRemainder) {
    if (left-- <= 0) break;
    result.set(key, (result.get(key) ?? 0) + 1);
  }
  return result;
}

function drawWeighted(bySic: ReadonlyMap<string, number>, random: () => number): string {
  const total = [...bySic.values()].reduce((a, b) => a + b, 0);
  let target = random() * total;
  for (const [sic, count] of bySic) {
    target -= count;
    if (target < 0) return sic;
  }
  return [...bySic.keys()].at(-1) ?? "";
}

const places = [
  "Tyne",
  "Wear",
  "Tees",
  "Durham",
  "Alnwick",
  "Hexham",
  "Consett",
  "Jarrow",
  "Blyth",
  "Morpeth",
  "Seaham",
  "Stanley",
  "Washington",
  "Gateshead",
  "Sunderland",
  "Darlington",
  "Hartlepool",
  "Redcar",
  "Stockton",
  "Billingham",
  "Peterlee",
  "Cramlington",
  "Ashington",
  "Bishop Auckland",
  "Spennymoor",
  "Wallsend",
  "Whitley Bay",
  "Tynemouth",
  "Prudhoe",
  "Chester-le-Street",
  "Newton Aycliffe",
  "Guisborough",
  "Berwick",
  "Amble",
  "Haltwhistle",
  "Seahouses",
  "Ponteland",
  "Houghton",
  "Boldon",
  "Ryton",
];
const trades = [
  "Precision",
  "Composites",
  "Robotics",
  "Castings",
  "Fabrications",
  "Coatings",
  "Plastics",
  "Foods",
  "Brewing",
  "Textiles",
  "Electronics",
  "Optics",
  "Marine",
  "Automation",
  "Tooling",
  "Polymers",
  "Engineering",
  "Metals",
  "Instruments",
  "Print",
  "Glass",
  "Ceramics",
  "Furniture",
  "Pharma",
  "Chemicals",
  "Packaging",
  "Machining",
  "Forge",
  "Aerospace",
  "Batteries",
];

/**
 * The frame: `units` in row order and the CSV an owner would upload (name, email, sic, size_band,
 * region, postcode). Names are distinct place x trade pairs, so no two rows are duplicates.
 * Example: `fieldworkFrame(2026).units.length === 1100`.
 */
export function fieldworkFrame(seed: number, size = 1100): { units: FrameUnit[]; csv: string } {
  const random = seededRandom(seed);
  const counts = manufacturingCounts(2022);
  const bandTotals = new Map(
    [...counts].map(([band, bySic]) => [band, [...bySic.values()].reduce((a, b) => a + b, 0)]),
  );
  const perBand = largestRemainder(bandTotals, size);
  const bands = shuffled(
    [...perBand].flatMap(([band, n]) => Array.from({ length: n }, () => band)),
    random,
  );
  const names = shuffled(
    places.flatMap((place) => trades.map((trade) => `${place} ${trade} Ltd`)),
    random,
  );
  if (names.length < size)
    throw new Error(`fieldworkFrame: only ${names.length} distinct names for ${size} rows`);
  const units = bands.map((band, index): FrameUnit => {
    const name = names[index] ?? "";
    const local = name
      .toLowerCase()
      .replace(/ ltd$/, "")
      .replace(/[^a-z0-9]+/g, "-");
    return {
      rowIndex: index + 1,
      name,
      email: `${local}@example.test`,
      sic: drawWeighted(counts.get(band) ?? new Map(), random),
      sizeBand: band,
    };
  });
  const lines = units.map(
    (unit) =>
      `${unit.name},${unit.email},${unit.sic},${unit.sizeBand},North East,NE${1 + (unit.rowIndex % 40)} ${1 + (unit.rowIndex % 9)}AB`,
  );
  return { units, csv: ["name,email,sic,size_band,region,postcode", ...lines].join("\n") };
}
