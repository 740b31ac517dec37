// The built UI: files from the web root, index.html for client-side routes, and no way out of
// the root - checked in-process and over a real socket with raw request lines (which no URL
// parser has normalised). Test root: dist/ with index.html and assets/app-abc123.js; beside it
// secret.txt ("TOP-SECRET-CONTENT"), which must never be served.
import { symlinkSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assetJs, indexHtml, type TestApp, testApp } from "./support/test-app.ts";

/** Sends `GET <target>` verbatim on a new connection; resolves to the raw response. */
function rawGet(port: number, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    });
    let data = "";
    socket.on("data", (chunk) => (data += chunk.toString("latin1")));
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
  });
}

/**
 * Traversal attempts with the status expected in-process and over a socket. The WHATWG URL parser
 * (app.request, and the server for the parts it parses) collapses literal and %2e dot segments
 * and turns "\\" into "/", so some arrive as a harmless path inside the root: 404, or the page
 * (200) for an extension-less name. What survives parsing (%2f, %5c, %00, raw "\\" on a
 * socket) is refused with 400 `invalid-path`.
 */
const traversals: readonly (readonly [target: string, inProcess: number, socket: number])[] = [
  ["/../secret.txt", 404, 404],
  ["/../../../../etc/passwd", 200, 200],
  ["/assets/../../secret.txt", 404, 404],
  ["/%2e%2e/secret.txt", 404, 404],
  ["/%2E%2E/%2E%2E/secret.txt", 404, 404],
  ["/..%2fsecret.txt", 400, 400],
  ["/assets/..%2f..%2fsecret.txt", 400, 400],
  ["/..%5csecret.txt", 400, 400],
  ["/assets\\..\\..\\secret.txt", 404, 400],
  ["/%2e%2e%5csecret.txt", 400, 400],
  ["/secret.txt%00.js", 400, 400],
  ["/index.html%00", 400, 400],
  ["/.%2e/secret.txt", 404, 404],
  ["//../secret.txt", 404, 404],
];

describe("static files", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp();
    symlinkSync(join(t.webRoot, "..", "secret.txt"), join(t.webRoot, "linked.txt"));
  });
  afterAll(() => t.close());

  it("serves index.html at / and for client-side routes, revalidated every time", async () => {
    for (const path of ["/", "/login", "/w/my-workspace/members", `/reset-password/${"T".repeat(43)}`]) {
      const reply = await t.app.request(path);
      expect([reply.status, await reply.text()]).toEqual([200, indexHtml]);
      expect(reply.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(reply.headers.get("cache-control")).toBe("no-cache");
    }
  });

  it("serves hashed assets as immutable, and HEAD without a body", async () => {
    const reply = await t.app.request("/assets/app-abc123.js");
    expect([reply.status, await reply.text()]).toEqual([200, assetJs]);
    expect(reply.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(reply.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const head = await t.app.request("/assets/app-abc123.js", { method: "HEAD" });
    expect([head.status, await head.text(), head.headers.get("content-length")]).toEqual([
      200,
      "",
      String(assetJs.length),
    ]);
  });

  it("answers a missing file with 404 rather than the page", async () => {
    for (const path of ["/assets/missing.js", "/favicon.ico", "/robots.txt"]) {
      const reply = await t.app.request(path);
      expect([reply.status, await reply.json()]).toEqual([
        404,
        { error: { code: "not-found", message: `No file at ${path}.` } },
      ]);
    }
  });

  it("does not follow a symlink out of the root", async () => {
    const reply = await t.app.request("/linked.txt");
    expect(reply.status).toBe(404);
    expect(await reply.text()).not.toContain("TOP-SECRET");
  });

  it.each(traversals)("never serves what lies outside the root in-process: %s", async (path, status) => {
    const reply = await t.app.request(path);
    const body = await reply.text();
    expect(body).not.toContain("TOP-SECRET");
    expect(reply.status).toBe(status);
    if (status === 200) expect(body).toBe(indexHtml);
    if (status === 400)
      expect(JSON.parse(body)).toEqual({
        error: { code: "invalid-path", message: "The path is not allowed." },
      });
  });

  it("never serves what lies outside the root over a socket, whatever the raw request line", async () => {
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const got: string[] = [];
      for (const [target] of traversals) {
        const response = await rawGet(port, target);
        expect(response).not.toContain("TOP-SECRET");
        got.push(`${target} ${response.split("\r\n")[0]?.split(" ")[1]}`);
      }
      expect(got).toEqual(traversals.map(([target, , socket]) => `${target} ${socket}`));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("says what to run when the UI is not built", async () => {
    const bare = t.appWith({ webRoot: join(t.webRoot, "no-such-folder") });
    const reply = await bare.request("/");
    expect([reply.status, await reply.json()]).toEqual([
      503,
      {
        error: {
          code: "ui-not-built",
          message: "The web UI is not built yet: run `npm run build -w @smartspec/web`.",
        },
      },
    ]);
    expect((await bare.request("/healthz")).status).toBe(200);
  });
});
