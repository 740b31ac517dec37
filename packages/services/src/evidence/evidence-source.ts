// Where an explorer view reads its numbers: a bundled region x activity data set or a workspace
// upload (the importer's normalised long CSV kept in the database). Both become a LongInput the
// shared reader takes; the checksum names the input in the analysis cache key.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readBundledBytes } from "@smartspec/data";
import { findWorkspaceDataset, readDatasetContent } from "@smartspec/storage";
import { bundledLongInput, bundledRegionActivityDatasets, type LongInput } from "../input/long-input.ts";
import type { PlatformContext } from "../platform/platform-context.ts";
import { PlatformError } from "../platform/platform-error.ts";
import { datasetNotFound } from "./evidence-error.ts";

export interface EvidenceLevel {
  readonly id: string;
  readonly title: string;
}

/** A data set as the explorer sees it. */
export interface EvidenceSource {
  readonly id: string;
  readonly title: string;
  /** Set for uploads: the owning workspace's id. */
  readonly workspaceId?: string;
  readonly years: readonly number[];
  readonly levels: readonly EvidenceLevel[];
  readonly defaultLevel: string;
  readonly geography: string;
  /** The bundled geography and level of its region codes, when regions can be summed up. */
  readonly regionGeography?: { readonly id: string; readonly level: string };
  /** Id of the activity classification ("sic2007"), when known. */
  readonly classificationId?: string;
  readonly measure: string;
  readonly licence: string;
  readonly attribution: string;
  /** sha256 of the input bytes (every file the data set reads). */
  checksum(): string;
  /** Runs `work` on the long input of every year at `level` (regions summed up to `regionLevel`). */
  withInput<T>(
    level: string,
    regionLevel: string | undefined,
    work: (input: LongInput) => Promise<T>,
  ): Promise<T>;
}

const bundledChecksums = new Map<string, string>();

function bundledSource(id: string): EvidenceSource | undefined {
  const d = bundledRegionActivityDatasets.find((x) => x.id === id);
  if (d === undefined) return undefined;
  return {
    id: d.id,
    title: d.title,
    // A set without a time column is one period (world trade: the 1998-2000 average), shown as its
    // last year; its registry entry lists every year the period covers.
    years: d.columns?.time === undefined ? [d.years.at(-1)!] : d.years,
    levels: d.levels.map((l) => ({ id: l.id, title: l.title })),
    defaultLevel: d.defaultLevel ?? d.levels[0]!.id,
    geography: d.geography,
    ...(d.regionGeography ? { regionGeography: d.regionGeography } : {}),
    ...(d.classificationId ? { classificationId: d.classificationId } : {}),
    measure: d.measure ?? "value",
    licence: d.licence,
    attribution: d.attribution,
    checksum: () => {
      let known = bundledChecksums.get(d.id);
      if (known === undefined) {
        const hash = createHash("sha256");
        for (const file of Object.values(d.files).sort()) hash.update(readBundledBytes(file));
        known = hash.digest("hex");
        bundledChecksums.set(d.id, known);
      }
      return known;
    },
    withInput: (level, regionLevel, work) => {
      const input = bundledLongInput(d.id, { level, ...(regionLevel ? { regionLevel } : {}) })!;
      return work(input);
    },
  };
}

/** Metadata stored with an upload (datasets.metadata). */
export interface UploadMetadata {
  readonly years: number[];
  readonly regions: number;
  readonly activities: number;
  readonly hasTime: boolean;
  readonly uploadedBy: string;
}

async function uploadSource(ctx: PlatformContext, id: string): Promise<EvidenceSource | undefined> {
  const row = await findWorkspaceDataset(ctx.database.db, id);
  if (row === undefined || row.workspaceId === null) return undefined;
  const meta = row.metadata as unknown as UploadMetadata;
  let content: { bytes: Uint8Array; checksum: string } | undefined;
  const load = async () => {
    content ??= await readDatasetContent(ctx.database.db, id);
    if (content === undefined) throw new PlatformError("not-found", `Data set "${id}" has no content`);
    return content;
  };
  // The checksum is needed before any read, so it is fetched with the row's content up front.
  const { checksum } = await load();
  return {
    id: row.id,
    title: row.title,
    workspaceId: row.workspaceId,
    years: meta.years,
    levels: [{ id: "activity", title: "Activity (as uploaded)" }],
    defaultLevel: "activity",
    geography: "Regions as uploaded",
    measure: "value",
    licence: "Workspace data (not open data)",
    attribution: `Uploaded to this workspace as "${row.title}"`,
    checksum: () => checksum,
    withInput: async (level, regionLevel, work) => {
      if (level !== "activity") {
        throw new PlatformError(
          "validation",
          `Data set "${id}" has the level "activity" only, not "${level}".`,
        );
      }
      if (regionLevel !== undefined) {
        throw new PlatformError(
          "validation",
          `Data set "${id}" has no coarser geography than its own regions.`,
        );
      }
      const folder = mkdtempSync(join(tmpdir(), "smartspec-upload-"));
      try {
        const path = join(folder, "data.csv");
        writeFileSync(path, (await load()).bytes);
        const columns = meta.hasTime
          ? { region: "region", activity: "activity", time: "time", value: "value" }
          : { region: "region", activity: "activity", value: "value" };
        return await work({ path, label: row.title, columns, emptyValues: "zero", negativeValues: "zero" });
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

/**
 * The data set `id`: bundled region x activity sets, or an upload (`upload-<uuid>`). Access is
 * checked by the caller (see evidence-access.ts). Throws `not-found` for an unknown id.
 */
export async function findEvidenceSource(ctx: PlatformContext, id: string): Promise<EvidenceSource> {
  const found = bundledSource(id) ?? (id.startsWith("upload-") ? await uploadSource(ctx, id) : undefined);
  if (found === undefined) throw datasetNotFound(id);
  return found;
}

/** The bundled region x activity data sets as explorer sources, in registry order. */
export function bundledEvidenceSources(): EvidenceSource[] {
  return bundledRegionActivityDatasets.map((d) => bundledSource(d.id)!);
}
