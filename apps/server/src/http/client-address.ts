// The client's address for the per-address login limit. Behind a reverse proxy (trustProxy) the
// last X-Forwarded-For entry is the one the proxy saw; otherwise the socket's peer address.
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/** The client address of `c`, or undefined when neither source has one (in-process tests). */
export function clientAddress(c: Context, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address || undefined;
  } catch {
    return undefined; // app.request() has no socket
  }
}
