// The explorer's choices live in the page URL (issue 5: "all shareable"), so these helpers turn
// the router's loose search object into typed choices and back into an API query string.

/** Every choice a page may carry in its search params; absent = the server's default. */
export interface ViewSearch {
  readonly year?: number;
  readonly level?: string;
  readonly profile?: string;
  readonly activity?: string;
  readonly geography?: string;
  readonly region?: string;
  readonly regions?: string;
  readonly density?: number;
  readonly complexity?: number;
}

const text = (value: unknown) =>
  typeof value === "string" && value.trim() !== ""
    ? value.trim()
    : typeof value === "number"
      ? String(value)
      : undefined;
const finite = (value: unknown) => {
  const parsed =
    typeof value === "number" ? value : typeof value === "string" && value !== "" ? Number(value) : NaN;
  return Number.isFinite(parsed) ? parsed : undefined;
};

/**
 * Reads the explorer's search params, dropping what is missing or malformed (so a hand-edited
 * URL falls back to defaults instead of failing). Example: `readViewSearch({ year: "2022" })`
 * -> `{ year: 2022 }`.
 */
export function readViewSearch(search: Readonly<Record<string, unknown>>): ViewSearch {
  const entries = {
    year: finite(search.year),
    level: text(search.level),
    profile: text(search.profile),
    activity: text(search.activity),
    geography: text(search.geography),
    region: text(search.region),
    regions: text(search.regions),
    density: finite(search.density),
    complexity: finite(search.complexity),
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)) as ViewSearch;
}

/**
 * A query string ("?year=2022&level=class", or "" when empty) from the named keys of a search,
 * in the order given. Example: `queryString({ year: 2022 }, ["year", "level"])` -> "?year=2022".
 */
export function queryString(search: ViewSearch, keys: readonly (keyof ViewSearch)[]): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = search[key];
    if (value !== undefined) params.set(key, String(value));
  }
  const encoded = params.toString();
  return encoded === "" ? "" : `?${encoded}`;
}

/** The keys that choose a view (data set is in the path; geography = the region level, own by default). */
export const viewKeys = [
  "year",
  "level",
  "profile",
  "geography",
] as const satisfies readonly (keyof ViewSearch)[];
