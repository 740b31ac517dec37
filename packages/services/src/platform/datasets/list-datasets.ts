// The bundled data catalogue: public when the instance says so, else for signed-in users.
import { listBundledDatasets } from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";
import { PlatformError } from "../platform-error.ts";
import { getSettings } from "../settings/get-settings.ts";

export interface DatasetSummary {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly geography: string;
  readonly classification: string;
  readonly levels: { readonly id: string; readonly title: string }[];
  readonly years: number[];
  readonly licence: string;
  readonly attribution: string;
}

/**
 * The registered bundled data sets in catalogue order. Throws `unauthenticated` when `userId` is
 * null and the instance setting `publicOpenData` is off.
 */
export async function listDatasets(
  ctx: PlatformContext,
  props: { readonly userId: string | null },
): Promise<DatasetSummary[]> {
  if (props.userId === null && !(await getSettings(ctx)).publicOpenData) {
    throw new PlatformError("unauthenticated", "Sign in to see the data sets");
  }
  const rows = await listBundledDatasets(ctx.database.db);
  return rows.map((row) => {
    const m = row.metadata;
    return {
      id: row.id,
      title: row.title,
      kind: row.kind,
      geography: String(m.geography ?? ""),
      classification: String(m.classification ?? ""),
      levels: Array.isArray(m.levels) ? (m.levels as DatasetSummary["levels"]) : [],
      years: Array.isArray(m.years) ? (m.years as number[]) : [],
      licence: String(m.licence ?? ""),
      attribution: String(m.attribution ?? ""),
    };
  });
}
