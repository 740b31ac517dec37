// The survey owner over HTTP for the fieldwork test: one signed-in session (cookie + CSRF token)
// that sends JSON and raw file bodies (the frame CSV), and re-signs in after a server restart only
// if the session did not survive it (sessions are stored, so it should).
import type { RunningApp } from "./app.ts";

export interface OwnerReply {
  readonly status: number;
  readonly body: unknown;
}

export interface OwnerSession {
  /** A JSON request (or none) to the API; state changes carry the CSRF token. */
  json(method: string, path: string, body?: unknown): Promise<OwnerReply>;
  /** A raw body (`text/csv`), as the frame upload sends it. */
  raw(path: string, body: string, contentType: string): Promise<OwnerReply>;
}

/** Throws naming `what` unless the reply has `status`; returns the body. */
export function expectOk<T>(what: string, reply: OwnerReply, status: number): T {
  if (reply.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  return reply.body as T;
}

/**
 * fetch, sent once more when the connection was reset before any answer: right after a server
 * starts, a kept-alive socket from the health checks may already be closed (the harness's
 * survey-setup.ts meets the same). Such a request never reached a handler; a repeat of one that
 * had would show up in the test's exact counts (a second launch answers 409).
 */
async function fetchOnceMore(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    if (code !== "ECONNRESET" && code !== "UND_ERR_SOCKET") throw error;
    await new Promise((resolve) => setTimeout(resolve, 200));
    return fetch(url, init);
  }
}

/** Signs the app's owner in with plain fetch. Example: `await (await ownerSession(app)).json("GET", "/api/session")`. */
export async function ownerSession(app: RunningApp): Promise<OwnerSession> {
  const cookies = new Map<string, string>();
  let csrfToken = "";
  const send = async (
    method: string,
    path: string,
    body?: string,
    contentType?: string,
  ): Promise<OwnerReply> => {
    const headers: Record<string, string> = {
      cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
    };
    if (method !== "GET") headers["x-csrf-token"] = csrfToken;
    if (contentType !== undefined) headers["content-type"] = contentType;
    const response = await fetchOnceMore(`${app.url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";", 1)[0] ?? "";
      const equals = pair.indexOf("=");
      if (equals > 0) cookies.set(pair.slice(0, equals), pair.slice(equals + 1));
    }
    const text = await response.text();
    const parsed: unknown = text === "" ? undefined : JSON.parse(text);
    const token = (parsed as { csrfToken?: unknown } | undefined)?.csrfToken;
    if (typeof token === "string") csrfToken = token;
    return { status: response.status, body: parsed };
  };
  await send("GET", "/api/session");
  expectOk(
    "owner sign-in",
    await send(
      "POST",
      "/api/session",
      JSON.stringify({ email: app.owner.email, password: app.owner.password }),
      "application/json",
    ),
    200,
  );
  return {
    json: (method, path, body) =>
      send(
        method,
        path,
        body === undefined ? undefined : JSON.stringify(body),
        body === undefined ? undefined : "application/json",
      ),
    raw: (path, body, contentType) => send("POST", path, body, contentType),
  };
}
