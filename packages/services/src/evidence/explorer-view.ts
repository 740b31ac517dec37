// Resolves a request's view (defaults: the latest year, the data set's default level, its own
// regions, profile smartspec), checks access, and returns the cached snapshot.

import type { ExplorerView } from "@smartspec/domain";
import type { PlatformContext } from "../platform/platform-context.ts";
import { PlatformError } from "../platform/platform-error.ts";
import { readableSource } from "./evidence-access.ts";
import { asPlatformErrors } from "./evidence-error.ts";
import type { EvidenceSource } from "./evidence-source.ts";
import { evidenceSnapshot } from "./snapshot-cache.ts";
import type { EvidenceSnapshot, EvidenceView } from "./snapshot-types.ts";

export interface ExplorerQuery {
  readonly userId: string | null;
  readonly dataset: string;
  readonly year?: string | number | undefined;
  readonly level?: string | undefined;
  readonly profile?: string | undefined;
  /** A region level (own or coarser, e.g. "itl1"); default the data set's own regions. */
  readonly geography?: string | undefined;
}

export interface OpenView {
  readonly source: EvidenceSource;
  readonly view: EvidenceView;
  /** The view as API replies state it. */
  readonly summary: ExplorerView;
  readonly snapshot: EvidenceSnapshot;
}

/** The region levels a data set offers on maps: its own, then the coarser ones of its geography. */
export function geographyLevels(source: EvidenceSource): string[] {
  const own = source.regionGeography?.level;
  if (own === undefined) return ["own"];
  const ladder = ["itl1", "itl2", "itl3", "lad"];
  return [own, ...ladder.slice(0, ladder.indexOf(own)).reverse()];
}

/** Resolves, authorizes and loads the snapshot of a query (see the module comment). */
export async function openView(ctx: PlatformContext, q: ExplorerQuery): Promise<OpenView> {
  const source = await readableSource(ctx, q.userId, q.dataset);
  const year = q.year === undefined || q.year === "" ? source.years.at(-1)! : Number(q.year);
  if (!source.years.includes(year)) {
    throw new PlatformError(
      "validation",
      `${source.id} has the years ${source.years.join(", ")}, not ${q.year}.`,
    );
  }
  const level = q.level || source.defaultLevel;
  if (!source.levels.some((l) => l.id === level)) {
    const known = source.levels.map((l) => l.id).join(", ");
    throw new PlatformError("validation", `${source.id} has the levels ${known}, not "${level}".`);
  }
  const levels = geographyLevels(source);
  const geography = q.geography || levels[0]!;
  if (!levels.includes(geography)) {
    throw new PlatformError(
      "validation",
      `${source.id} can be mapped at ${levels.join(", ")}, not "${geography}".`,
    );
  }
  const view: EvidenceView = {
    dataset: source.id,
    year,
    level,
    regionLevel: geography === levels[0] ? null : geography,
    profile: q.profile || "smartspec",
  };
  const snapshot = await asPlatformErrors(() => evidenceSnapshot(ctx, source, view));
  return {
    source,
    view,
    summary: { dataset: view.dataset, year, level, profile: view.profile, geography },
    snapshot,
  };
}

/** The index of region `code` in the snapshot; throws not-found. */
export function regionIndex(snapshot: EvidenceSnapshot, code: string): number {
  const r = snapshot.regions.indexOf(code);
  if (r < 0) throw new PlatformError("not-found", `No region "${code}" in ${snapshot.view.dataset}`);
  return r;
}

/** NaN and infinities as null, for JSON. */
export function num(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
