// Instance settings anyone may read.
import { readSettings } from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";

export interface InstanceSettings {
  /** Whether the bundled open data can be explored without signing in (default true). */
  readonly publicOpenData: boolean;
}

/** The instance settings; a missing or malformed value reads as its default. */
export async function getSettings(ctx: PlatformContext): Promise<InstanceSettings> {
  const stored = await readSettings(ctx.database.db);
  const publicOpenData = stored.public_open_data;
  return { publicOpenData: typeof publicOpenData === "boolean" ? publicOpenData : true };
}
