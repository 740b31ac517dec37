// Live instruments kept in memory per database: a stored instrument version is written once and
// never changed, so (survey id, version) names one instrument for good and a respondent request need
// not read the jsonb again. The same object is returned every time, so a validator that caches its
// parsed form per object (the server's does, in a WeakMap) parses each instrument once.
import { type Database, findInstrumentVersion, type Queryable } from "@smartspec/storage";

export interface CachedInstrument {
  readonly version: number;
  readonly hash: string;
  readonly json: unknown;
}

/** Instruments kept per database; the oldest entry is dropped past this many. */
const maxEntries = 256;

// Values, not promises: a request waiting for another's read could deadlock on PGlite's single
// connection (the reader queued behind the waiter's transaction), so a first burst reads in parallel.
const caches = new WeakMap<Database, Map<string, CachedInstrument>>();

/**
 * Version `version` of the survey's instrument, from memory when it was read before through
 * `database`, else read with `db` (the database or an open transaction) and kept. Undefined when
 * there is no such version.
 */
export async function cachedInstrumentVersion(
  database: Database,
  db: Queryable,
  surveyId: string,
  version: number,
): Promise<CachedInstrument | undefined> {
  let cache = caches.get(database);
  if (cache === undefined) {
    cache = new Map();
    caches.set(database, cache);
  }
  const key = `${surveyId}:${version}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const stored = await findInstrumentVersion(db, surveyId, version);
  if (!stored) return undefined;
  const instrument = cache.get(key) ?? {
    version: stored.version,
    hash: stored.hash,
    json: stored.instrument,
  };
  if (!cache.has(key) && cache.size >= maxEntries) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, instrument);
  return instrument;
}
