import { describe, expect, it } from "vitest";
import { createApiClient } from "../src/api/api-client.ts";
import { ApiError } from "../src/api/api-error.ts";

interface Recorded {
  readonly method: string;
  readonly url: string;
  readonly csrf: string | null;
  readonly body: string | undefined;
}

/**
 * A stand-in for the network (not our code): answers each request from `answer` and records
 * what the client sent.
 */
function fakeServer(answer: (method: string, url: string, csrf: string | null) => Response) {
  const requests: Recorded[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const method = init?.method ?? "GET";
    const url = String(input);
    requests.push({ method, url, csrf: headers.get("x-csrf-token"), body: init?.body as string | undefined });
    return answer(method, url, headers.get("x-csrf-token"));
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const anonymousSession = (csrfToken: string) => json({ user: null, workspaces: [], csrfToken });
const csrfFailure = () =>
  json({ error: { code: "csrf", message: "The X-CSRF-Token header does not match." } }, 403);

describe("createApiClient", () => {
  it("sends no CSRF token on GET", async () => {
    const server = fakeServer(() => json({ publicOpenData: true }));
    const client = createApiClient({ fetch: server.fetch });
    expect(await client.get("/api/settings")).toEqual({ publicOpenData: true });
    expect(server.requests).toEqual([{ method: "GET", url: "/api/settings", csrf: null, body: undefined }]);
  });

  it("fetches the token from GET /api/session before the first state-changing request", async () => {
    const server = fakeServer((method) =>
      method === "GET" ? anonymousSession("t1") : new Response(null, { status: 202 }),
    );
    const client = createApiClient({ fetch: server.fetch });
    expect(await client.send("POST", "/api/password-resets", { email: "a@b.test" })).toBeUndefined();
    expect(server.requests.map((r) => [r.method, r.url, r.csrf, r.body])).toEqual([
      ["GET", "/api/session", null, undefined],
      ["POST", "/api/password-resets", "t1", '{"email":"a@b.test"}'],
    ]);
  });

  it("uses the token a login answer carries, and forgets it on logout", async () => {
    const server = fakeServer((method, url) => {
      if (method === "GET") return anonymousSession("fresh");
      if (method === "POST" && url === "/api/session")
        return json({ user: { id: "u" }, workspaces: [], csrfToken: "t2" });
      return new Response(null, { status: 204 });
    });
    const client = createApiClient({ fetch: server.fetch });
    await client.get("/api/session");
    await client.send("POST", "/api/session", { email: "a@b.test", password: "x" });
    expect(client.csrfToken()).toBe("t2");
    await client.send("DELETE", "/api/session");
    expect(server.requests.at(-1)?.csrf).toBe("t2");
    expect(client.csrfToken()).toBeUndefined();
    await client.send("PATCH", "/api/settings", { publicOpenData: false });
    expect(server.requests.slice(-2).map((r) => [r.method, r.url, r.csrf])).toEqual([
      ["GET", "/api/session", null],
      ["PATCH", "/api/settings", "fresh"],
    ]);
  });

  it("refreshes a stale token once after a 403 csrf and retries", async () => {
    let sessions = 0;
    const server = fakeServer((method, _url, csrf) => {
      if (method === "GET") return anonymousSession(`t${++sessions}`);
      return csrf === "t2" ? json({ ok: true }) : csrfFailure();
    });
    const client = createApiClient({ fetch: server.fetch });
    expect(await client.send("POST", "/api/workspaces", { name: "A", slug: "a" })).toEqual({ ok: true });
    expect(server.requests.map((r) => `${r.method} ${r.csrf}`)).toEqual([
      "GET null",
      "POST t1",
      "GET null",
      "POST t2",
    ]);
  });

  it("gives up after one retry when the token keeps failing", async () => {
    const server = fakeServer((method) => (method === "GET" ? anonymousSession("t") : csrfFailure()));
    const client = createApiClient({ fetch: server.fetch });
    await expect(client.send("POST", "/api/workspaces", {})).rejects.toMatchObject({
      status: 403,
      code: "csrf",
    });
    expect(server.requests.filter((r) => r.method === "POST")).toHaveLength(2);
  });

  it("does not retry a 403 forbidden", async () => {
    const forbidden = json(
      { error: { code: "forbidden", message: "Only owners can rename a workspace." } },
      403,
    );
    const server = fakeServer((method) => (method === "GET" ? anonymousSession("t") : forbidden));
    const client = createApiClient({ fetch: server.fetch });
    await expect(client.send("PATCH", "/api/workspaces/a", { name: "B" })).rejects.toMatchObject({
      code: "forbidden",
      message: "Only owners can rename a workspace.",
    });
    expect(server.requests.filter((r) => r.method === "PATCH")).toHaveLength(1);
  });

  it("turns a connection failure into ApiError network", async () => {
    const client = createApiClient({
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    const error = await client.get("/api/settings").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, code: "network" });
  });

  it("turns an unreadable 200 body into ApiError, not a SyntaxError", async () => {
    const client = createApiClient({ fetch: async () => new Response("<html>", { status: 200 }) });
    await expect(client.get("/api/settings")).rejects.toMatchObject({
      code: "unavailable",
      message: "The server sent an answer the page cannot read.",
    });
  });
});
