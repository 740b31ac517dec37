// The explorer views a server computes in the background after it starts, so the first visitor's
// region profile opens at once (issue 5: interactive within 1.5 s of navigation). Snapshots are
// cached in the database, so only the first start of a database pays for the engine; later starts
// only read them back into memory. Bundled data only, whoever may read it (no caller here).
import type { PlatformContext } from "../platform/platform-context.ts";
import { bundledEvidenceSources, type EvidenceSource } from "./evidence-source.ts";
import { evidenceSnapshot } from "./snapshot-cache.ts";

/** The data set the explorer opens on. */
const first = "uk-bres-itl2";

/**
 * The views, in order: the default view of the bundled employment data (what the explorer opens
 * on), its subclass view (the detail of the worked case: UKK1 and aerospace), then the default view
 * of every other bundled region x activity set; each at its latest year and its own regions.
 */
export function bundledWarmViews(
  sets: readonly { id: string; defaultLevel: string }[],
): { dataset: string; level: string }[] {
  const views: { dataset: string; level: string }[] = [];
  const main = sets.find((d) => d.id === first);
  if (main) views.push({ dataset: first, level: main.defaultLevel }, { dataset: first, level: "subclass" });
  for (const d of sets) if (d.id !== first) views.push({ dataset: d.id, level: d.defaultLevel });
  return views.filter((v, i) => views.findIndex((w) => w.dataset === v.dataset && w.level === v.level) === i);
}

export interface WarmedView {
  readonly dataset: string;
  readonly level: string;
  readonly milliseconds: number;
  readonly error?: string;
}

/**
 * Computes (or reads back) each view of bundledWarmViews(`sources`) in turn; `report` hears of each.
 * `sources`: every bundled set unless given (tests give a few).
 */
export async function warmBundledViews(
  ctx: PlatformContext,
  report: (view: WarmedView) => void,
  sources: readonly EvidenceSource[] = bundledEvidenceSources(),
): Promise<void> {
  for (const { dataset, level } of bundledWarmViews(sources)) {
    // Requests that arrived while the last view was computed are answered before the next one.
    await new Promise((resolve) => setImmediate(resolve));
    const source = sources.find((s) => s.id === dataset)!;
    const started = performance.now();
    try {
      await evidenceSnapshot(ctx, source, {
        dataset,
        year: source.years.at(-1)!,
        level,
        regionLevel: null,
        profile: "smartspec",
      });
      report({ dataset, level, milliseconds: Math.round(performance.now() - started) });
    } catch (error) {
      report({ dataset, level, milliseconds: Math.round(performance.now() - started), error: String(error) });
    }
  }
}
