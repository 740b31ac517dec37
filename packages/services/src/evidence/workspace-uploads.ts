// Uploads: a workspace's own region x activity data. The bytes go through the importer (every
// problem with line and column); only a file without problems is stored, as its normalised long CSV.
import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { UploadedDataset, UploadProblem, WorkspaceDataset } from "@smartspec/domain";
import { deleteWorkspaceDataset, insertWorkspaceDataset, listWorkspaceDatasets } from "@smartspec/storage";
import { importDataset } from "../import/import-dataset.ts";
import type { PlatformContext } from "../platform/platform-context.ts";
import { PlatformError } from "../platform/platform-error.ts";
import { memberWorkspace, requirePermission } from "../platform/workspaces/member-workspace.ts";
import type { UploadMetadata } from "./evidence-source.ts";

/** Problems listed in a refusal (the total is always given). */
export const maxListedProblems = 1000;

export type UploadResult =
  | ({ readonly ok: true } & UploadedDataset)
  | {
      readonly ok: false;
      readonly message: string;
      readonly problems: readonly UploadProblem[];
      readonly total: number;
    };

/**
 * Imports `bytes` as a data set of workspace `slug` named `name` (owner or analyst; viewers get
 * forbidden). Resolves to the stored data set, or to every problem (nothing stored).
 */
export async function uploadDataset(
  ctx: PlatformContext,
  props: { userId: string; slug: string; name: string; bytes: Uint8Array; format: "csv" | "xlsx" },
): Promise<UploadResult> {
  const workspace = await memberWorkspace(ctx.database.db, props.userId, props.slug);
  requirePermission(workspace, "write-data", "Only owners and analysts can upload data");
  const title = props.name.trim();
  if (title === "" || title.length > 200) {
    throw new PlatformError("validation", "Give the data set a name of 1 to 200 characters.", {
      field: "name",
    });
  }
  const folder = mkdtempSync(join(tmpdir(), "smartspec-import-"));
  try {
    const path = join(folder, `upload.${props.format}`);
    const out = join(folder, "long.csv");
    writeFileSync(path, props.bytes);
    const summary = await importDataset({ path, label: title, out, shownProblems: maxListedProblems });
    if (!summary.ok || summary.out === undefined) {
      return {
        ok: false,
        message: `${title} has ${summary.problems.total} problem(s); nothing was stored.`,
        problems: summary.problems.shown.map((p) => ({
          line: p.line ?? null,
          column: p.column ?? null,
          message: p.message,
        })),
        total: summary.problems.total,
      };
    }
    const bytes = readFileSync(summary.out);
    const text = bytes.toString("utf8");
    const hasTime = text.slice(0, text.indexOf("\n")).split(",").includes("time");
    const years = hasTime ? yearsOf(text) : [new Date(ctx.now()).getUTCFullYear()];
    const id = `upload-${randomUUID()}`;
    const metadata: UploadMetadata = {
      years,
      regions: summary.regions,
      activities: summary.activities,
      hasTime,
      uploadedBy: props.userId,
    };
    await insertWorkspaceDataset(
      ctx.database.db,
      {
        id,
        workspaceId: workspace.id,
        title,
        metadata: { ...metadata },
        bytes: new Uint8Array(bytes),
        checksum: createHash("sha256").update(bytes).digest("hex"),
      },
      ctx.now(),
    );
    return { ok: true, id, title, regions: summary.regions, activities: summary.activities, years };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The distinct numeric values of the `time` column (third field), sorted. */
function yearsOf(text: string): number[] {
  const years = new Set<number>();
  for (const line of text.split("\n").slice(1)) {
    const year = Number(line.split(",")[2]);
    if (line !== "" && Number.isFinite(year)) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

/** The data sets of workspace `slug` (any member). */
export async function listWorkspaceUploads(
  ctx: PlatformContext,
  props: { userId: string; slug: string },
): Promise<WorkspaceDataset[]> {
  const workspace = await memberWorkspace(ctx.database.db, props.userId, props.slug);
  const rows = await listWorkspaceDatasets(ctx.database.db, [workspace.id]);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    regions: Number(row.metadata.regions ?? 0),
    activities: Number(row.metadata.activities ?? 0),
    years: (row.metadata.years as number[]) ?? [],
    uploadedAt: row.loadedAt.toISOString(),
  }));
}

/** Deletes data set `id` of workspace `slug` (owner or analyst); not-found when it is not there. */
export async function deleteWorkspaceUpload(
  ctx: PlatformContext,
  props: { userId: string; slug: string; id: string },
): Promise<void> {
  const workspace = await memberWorkspace(ctx.database.db, props.userId, props.slug);
  requirePermission(workspace, "write-data", "Only owners and analysts can delete data");
  if (!(await deleteWorkspaceDataset(ctx.database.db, workspace.id, props.id))) {
    throw new PlatformError("not-found", `No data set "${props.id}" in this workspace`);
  }
}
