// Serves the built web UI (apps/web/dist) and falls back to index.html for client-side routes.
// Path traversal is impossible by construction: the decoded path is refused when it holds a
// `..` or `.` segment, a dot-file, a backslash or a NUL, and the file's real path (symlinks
// resolved) must still lie inside the real root.
import { readFile, realpath, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import type { Context } from "hono";
import { ApiError } from "./api-error.ts";

const contentTypes: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

const invalidPath = () => new ApiError(400, "invalid-path", "The path is not allowed.");

/**
 * The request path split into safe segments; throws ApiError 400 `invalid-path` for anything
 * that could leave the root (`..`, `%2e%2e`, `%2f..`, `\`, NUL) or name a dot-file.
 *
 * @example safeSegments("/assets/index-abc.js") // ["assets", "index-abc.js"]
 */
export function safeSegments(rawPath: string): string[] {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    throw invalidPath();
  }
  if (decoded.includes("\0") || decoded.includes("\\")) throw invalidPath();
  const segments = decoded.split("/").filter((segment) => segment !== "");
  if (segments.some((segment) => segment.startsWith("."))) throw invalidPath();
  return segments;
}

async function fileInside(root: string, segments: readonly string[]): Promise<string | undefined> {
  const candidate = resolve(root, ...segments);
  try {
    if (!(await stat(candidate)).isFile()) return undefined;
    const real = await realpath(candidate);
    return real.startsWith(root + sep) ? real : undefined;
  } catch {
    return undefined;
  }
}

function fileResponse(c: Context, body: Uint8Array, path: string, immutable: boolean): Response {
  const headers = {
    "Content-Type": contentTypes[extname(path).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": String(body.byteLength),
    // Vite puts a content hash in every asset name, so those never change; pages must revalidate.
    "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
  };
  return c.req.method === "HEAD"
    ? new Response(null, { status: 200, headers })
    : new Response(body, { status: 200, headers });
}

/**
 * A GET/HEAD handler serving files under `webRoot`; a path whose last segment has no file
 * extension and matches no file gets index.html (the UI's router takes it from there), any
 * other miss is 404. When the UI is not built, 503 with what to run.
 */
export function staticFiles(webRoot: string) {
  let realRoot: Promise<string | undefined> | undefined;
  return async (c: Context): Promise<Response> => {
    realRoot ??= realpath(resolve(webRoot)).catch(() => undefined);
    const root = await realRoot;
    const segments = safeSegments(new URL(c.req.url).pathname);
    if (root === undefined || (await fileInside(root, ["index.html"])) === undefined) {
      realRoot = undefined; // built later (npm start builds it): look again next time
      throw new ApiError(
        503,
        "ui-not-built",
        "The web UI is not built yet: run `npm run build -w @smartspec/web`.",
      );
    }
    const file = await fileInside(root, segments);
    if (file !== undefined) return fileResponse(c, await readFile(file), file, segments[0] === "assets");
    const last = segments.at(-1) ?? "";
    if (segments[0] === "assets" || last.includes(".")) {
      throw new ApiError(404, "not-found", `No file at ${c.req.path}.`);
    }
    const index = join(root, "index.html");
    return fileResponse(c, await readFile(index), index, false);
  };
}
