// JSON replies that are serialised and gzip-compressed once per value, not once per request.
// The explorer's use cases return the same object for the same view (services/evidence/
// view-memo.ts), so a 340 KB opportunities reply costs one JSON.stringify and one gzip per
// process; a new object (an uncached reply) is serialised as c.json would. Clients that accept
// gzip (every browser) get the compressed bytes (about a sixth of the size).
import { gzipSync } from "node:zlib";
import type { Context } from "hono";

interface Encoded {
  readonly json: Buffer;
  gzip?: Buffer;
}

const byObject = new WeakMap<object, Encoded>();
const byText = new Map<string, Encoded>();
/** Below this size compression is not worth a round of zlib. */
const compressFrom = 1024;

function encodedOf(value: object | string): Encoded {
  if (typeof value === "string") {
    let known = byText.get(value);
    if (known === undefined) {
      known = { json: Buffer.from(value, "utf8") };
      byText.set(value, known);
    }
    return known;
  }
  let known = byObject.get(value);
  if (known === undefined) {
    known = { json: Buffer.from(JSON.stringify(value), "utf8") };
    byObject.set(value, known);
  }
  return known;
}

function acceptsGzip(c: Context): boolean {
  const accepted = c.req.header("accept-encoding") ?? "";
  return /(^|,)\s*gzip\s*(;\s*q=(?!0(\.0*)?\s*(,|$))[\d.]+)?\s*(,|$)/i.test(accepted);
}

/**
 * A 200 reply with `value` as JSON (a string is taken as JSON text already made, e.g. a boundary
 * layer; keep such strings few, they are kept for the life of the process).
 */
export function jsonReply(
  c: Context,
  value: object | string,
  options: { readonly cacheControl?: string } = {},
): Response {
  const encoded = encodedOf(value);
  const headers: Record<string, string> = {
    "content-type": "application/json; charset=utf-8",
    vary: "accept-encoding",
  };
  if (options.cacheControl) headers["cache-control"] = options.cacheControl;
  let body = encoded.json;
  if (encoded.json.length >= compressFrom && acceptsGzip(c)) {
    encoded.gzip ??= gzipSync(encoded.json, { level: 6 });
    body = encoded.gzip;
    headers["content-encoding"] = "gzip";
  }
  return new Response(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), {
    status: 200,
    headers,
  });
}
