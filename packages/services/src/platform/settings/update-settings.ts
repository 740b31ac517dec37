// Instance admins change instance settings.
import { findUserById, writeSetting } from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";
import { PlatformError } from "../platform-error.ts";
import { getSettings, type InstanceSettings } from "./get-settings.ts";

/**
 * Applies the given settings (absent ones stay) and returns them all. Throws `forbidden` unless
 * `userId` is an instance admin.
 * Example: `await updateSettings(ctx, { userId, publicOpenData: false })` -> `{ publicOpenData: false }`.
 */
export async function updateSettings(
  ctx: PlatformContext,
  props: { readonly userId: string } & Partial<InstanceSettings>,
): Promise<InstanceSettings> {
  const user = await findUserById(ctx.database.db, props.userId);
  if (!user?.isAdmin)
    throw new PlatformError("forbidden", "Only the instance admin can change instance settings");
  if (props.publicOpenData !== undefined) {
    await writeSetting(ctx.database.db, "public_open_data", props.publicOpenData);
  }
  return getSettings(ctx);
}
