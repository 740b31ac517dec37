// Guesses which header column holds regions, activities, values and periods from the names
// people and statistical offices give them (Nomis GEOGRAPHY_CODE / INDUSTRY_CODE / OBS_VALUE,
// ONS "ITL region code" / "SIC07 code", Eurostat geo / nace_r2, trade reporter / product...).
// A guess is only a default: the chosen mapping is printed and every role can be given.

export const columnRoles = ["region", "activity", "value", "time"] as const;
export type ColumnRole = (typeof columnRoles)[number];

interface RoleWords {
  /** Whole words that name the role. */
  readonly words: readonly string[];
  /** Word beginnings that name it ("sic07", "nace_r2" -> "nace r2", "lad21cd"). */
  readonly prefixes: readonly string[];
}

const roleWords: Record<ColumnRole, RoleWords> = {
  region: {
    words: [
      "region",
      "regions",
      "geography",
      "geo",
      "area",
      "country",
      "reporter",
      "district",
      "county",
      "location",
      "place",
      "state",
      "lep",
      "iso3",
    ],
    prefixes: ["itl", "nuts", "lad", "lau", "ctry", "rgn", "msoa", "lsoa", "ttwa", "cty"],
  },
  activity: {
    words: [
      "industry",
      "industries",
      "activity",
      "activities",
      "sector",
      "sectors",
      "product",
      "products",
      "commodity",
      "occupation",
      "technology",
      "hs",
      "cpc",
      "ipc",
      "cpa",
    ],
    prefixes: ["sic", "nace", "naics", "isic", "sitc"],
  },
  value: {
    words: [
      "value",
      "values",
      "count",
      "counts",
      "employment",
      "employees",
      "jobs",
      "enterprise",
      "enterprises",
      "businesses",
      "firms",
      "establishments",
      "obs",
      "amount",
      "gva",
      "exports",
      "export",
      "imports",
      "patents",
      "number",
      "sales",
      "turnover",
      "output",
      "quantity",
      "headcount",
      "total",
    ],
    prefixes: [],
  },
  time: {
    words: ["year", "years", "date", "period", "time", "quarter", "month", "yr"],
    prefixes: [],
  },
};

/** Words that mark a label column ("region name", "SIC07 description"), never a code or a value. */
const labelWords = new Set([
  "name",
  "names",
  "description",
  "desc",
  "title",
  "label",
  "labels",
  "notes",
  "note",
  "comment",
  "comments",
  "flag",
  "flags",
  "unit",
  "units",
]);
const codeWords = new Set(["code", "codes", "id", "cd"]);

/** Lower-case words of a header name: "GEOGRAPHY_CODE" -> ["geography", "code"]. */
export function headerWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

/** Whether a header names a label column (a name, description, unit...), by its words. */
export function isLabelHeader(name: string): boolean {
  return headerWords(name).some((w) => labelWords.has(w));
}

/** How well `name` fits `role`: 0 not at all, 2 a word fits, 3 the whole name; +1 for a code word. */
export function roleScore(role: ColumnRole, name: string): number {
  const words = headerWords(name);
  if (words.length === 0 || words.some((w) => labelWords.has(w))) return 0;
  const { words: exact, prefixes } = roleWords[role];
  const fits = (w: string) => exact.includes(w) || prefixes.some((p) => w.startsWith(p));
  const fitting = words.filter(fits).length;
  if (fitting === 0) return 0;
  const rest = words.filter((w) => !fits(w));
  const whole = rest.every((w) => codeWords.has(w)) ? 3 : 2;
  const coded = role !== "value" && rest.some((w) => codeWords.has(w)) ? 1 : 0;
  return whole + coded;
}

/**
 * The column guessed for each role not in `taken`, among columns not in `excluded`: every
 * (role, column) pair is scored, and the best pairs are taken first, so one column never serves
 * two roles. Ties go to the leftmost column. Example: for ["DATE", "GEOGRAPHY_CODE",
 * "GEOGRAPHY_NAME", "INDUSTRY_CODE", "COUNT"] the guess is time 0, region 1, activity 3, value 4.
 */
export function guessColumns(
  header: readonly string[],
  wanted: readonly ColumnRole[],
  excluded: ReadonlySet<number>,
): Partial<Record<ColumnRole, number>> {
  const pairs: { role: ColumnRole; column: number; score: number }[] = [];
  for (const role of wanted) {
    header.forEach((name, column) => {
      if (excluded.has(column)) return;
      const score = roleScore(role, name);
      if (score > 0) pairs.push({ role, column, score });
    });
  }
  pairs.sort((a, b) => b.score - a.score || a.column - b.column);
  const chosen: Partial<Record<ColumnRole, number>> = {};
  const used = new Set<number>();
  for (const { role, column } of pairs) {
    if (chosen[role] !== undefined || used.has(column)) continue;
    chosen[role] = column;
    used.add(column);
  }
  return chosen;
}

const periodPattern = /^(?:19|20)\d{2}(?:\s*[-/ ]?\s*(?:Q[1-4]|M\d{2}|H[12]|\d{2}))?$/i;

/** Whether a header names a period: 2021, 2021Q1, 2021 Q1, 2021-03, 2021M03, 2019/20. */
export function isPeriodHeader(name: string): boolean {
  return periodPattern.test(name.trim());
}
