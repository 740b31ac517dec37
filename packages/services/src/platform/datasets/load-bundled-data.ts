// Registers the bundled data catalogue (from @smartspec/data) in the database on start. Idempotent:
// new sets are added, known ones refreshed, in one statement; the data files stay where they are.
import { bundledDatasets } from "@smartspec/data";
import { listBundledDatasetIds, upsertBundledDatasets } from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";

export interface BundledDataLoad {
  /** Bundled data sets in the catalogue now. */
  readonly total: number;
  /** Of those, registered by this call (all of them on a first start, 0 after). */
  readonly added: number;
  /** Wall time of the call, ms. */
  readonly milliseconds: number;
}

/**
 * Registers every bundled data set (id, title, kind, and geography, classification, levels,
 * years, licence and attribution as metadata) and reports the count and time.
 * Example: `await loadBundledDataOnFirstStart(ctx)` -> `{ total: 22, added: 22, milliseconds: 31 }`.
 */
export async function loadBundledDataOnFirstStart(ctx: PlatformContext): Promise<BundledDataLoad> {
  const started = performance.now();
  const db = ctx.database.db;
  const known = new Set(await listBundledDatasetIds(db));
  await upsertBundledDatasets(
    db,
    bundledDatasets.map((d) => ({
      id: d.id,
      title: d.title,
      kind: d.kind,
      metadata: {
        geography: d.geography,
        classification: d.classification,
        levels: d.levels.map((level) => ({ id: level.id, title: level.title })),
        years: [...d.years],
        licence: d.licence,
        attribution: d.attribution,
        ...(d.measure ? { measure: d.measure } : {}),
      },
    })),
    ctx.now(),
  );
  return {
    total: bundledDatasets.length,
    added: bundledDatasets.filter((d) => !known.has(d.id)).length,
    milliseconds: Math.round(performance.now() - started),
  };
}
