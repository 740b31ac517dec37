// Who may read a data set in the explorer: bundled sets are public while the instance setting
// publicOpenData is on (else signed-in users only); an upload only to members of its workspace,
// and everyone else is told it does not exist (404), so its existence does not leak.
import { findMemberRole } from "@smartspec/storage";
import type { PlatformContext } from "../platform/platform-context.ts";
import { PlatformError } from "../platform/platform-error.ts";
import { getSettings } from "../platform/settings/get-settings.ts";
import { datasetNotFound } from "./evidence-error.ts";
import { type EvidenceSource, findEvidenceSource } from "./evidence-source.ts";

/** The data set `id` when `userId` may read it; else throws unauthenticated or not-found. */
export async function readableSource(
  ctx: PlatformContext,
  userId: string | null,
  id: string,
): Promise<EvidenceSource> {
  const source = await findEvidenceSource(ctx, id);
  if (source.workspaceId === undefined) {
    if (userId === null && !(await getSettings(ctx)).publicOpenData) {
      throw new PlatformError("unauthenticated", "Sign in to explore the data sets");
    }
    return source;
  }
  const role =
    userId === null ? undefined : await findMemberRole(ctx.database.db, source.workspaceId, userId);
  if (role === undefined) throw datasetNotFound(id);
  return source;
}
