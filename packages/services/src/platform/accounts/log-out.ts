// Ends the session of a cookie token.
import { deleteSession } from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";
import { hashToken } from "../tokens.ts";

/** Deletes the session for `token`; an unknown or already ended token is no error. */
export async function logOut(ctx: PlatformContext, props: { readonly token: string }): Promise<void> {
  await deleteSession(ctx.database.db, hashToken(props.token));
}
