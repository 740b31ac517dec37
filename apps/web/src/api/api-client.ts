// The one way the browser talks to the API: JSON in and out, the session cookie sent same-origin,
// and the CSRF token on every state-changing request (issue 4: double-submit, read from
// GET /api/session). A 403 `csrf` means the token went stale (the session changed in another tab,
// or the server restarted with a fresh CSRF cookie): the client fetches a new token once and retries.
import { ApiError, errorFromResponse, networkError } from "./api-error.ts";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Methods that change state and so must carry `X-CSRF-Token`. */
export const stateChangingMethods: ReadonlySet<Method> = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface ApiClientOptions {
  /** The fetch to use; the browser's by default. */
  readonly fetch?: typeof fetch;
  /** Prefix for paths, "" for the same origin. */
  readonly baseUrl?: string;
}

export interface ApiClient {
  /** GET a JSON resource; rejects with ApiError on a non-2xx answer or no answer. */
  get<T>(path: string): Promise<T>;
  /** A state-changing request with an optional JSON body; resolves `undefined` for 202/204/empty bodies. */
  send<T>(method: Exclude<Method, "GET">, path: string, body?: unknown): Promise<T>;
  /** The token in use, or undefined before the first GET /api/session. */
  csrfToken(): string | undefined;
}

const sessionPath = "/api/session";

/**
 * A client for the smartspec API. Errors are always ApiError (see api-error.ts), never a raw
 * TypeError or a JSON syntax error. Example:
 * `const api = createApiClient(); await api.send("POST", "/api/session", { email, password })`.
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = options.baseUrl ?? "";
  let token: string | undefined;

  async function request(method: Method, path: string, body: unknown): Promise<Response> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (stateChangingMethods.has(method)) {
      token ??= await fetchToken();
      headers["X-CSRF-Token"] = token;
    }
    const init: RequestInit = { method, headers, credentials: "same-origin" };
    if (body !== undefined) init.body = JSON.stringify(body);
    try {
      return await doFetch(`${baseUrl}${path}`, init);
    } catch {
      throw networkError();
    }
  }

  async function fetchToken(): Promise<string> {
    const session = await readJson<{ csrfToken?: unknown }>(await request("GET", sessionPath, undefined));
    if (typeof session?.csrfToken !== "string") {
      throw new ApiError(502, "unavailable", "The server did not provide a security token. Reload the page.");
    }
    token = session.csrfToken;
    return token;
  }

  async function call<T>(method: Method, path: string, body: unknown): Promise<T> {
    let response = await request(method, path, body);
    if (response.status === 403 && stateChangingMethods.has(method)) {
      const error = await errorFromResponse(response);
      if (error.code !== "csrf") throw error;
      token = undefined;
      response = await request(method, path, body);
    }
    const result = await readJson<T>(response);
    // Logging out ends the session the token was bound to; any session-shaped answer brings a new one.
    if (method === "DELETE" && path === sessionPath) token = undefined;
    else rememberToken(result);
    return result;
  }

  function rememberToken(result: unknown): void {
    if (typeof result === "object" && result !== null && "csrfToken" in result) {
      if (typeof result.csrfToken === "string") token = result.csrfToken;
    }
  }

  return {
    get: <T>(path: string) => call<T>("GET", path, undefined),
    send: <T>(method: Exclude<Method, "GET">, path: string, body?: unknown) => call<T>(method, path, body),
    csrfToken: () => token,
  };
}

async function readJson<T>(response: Response): Promise<T> {
  if (!response.ok) throw await errorFromResponse(response);
  const text = await response.text();
  if (text === "") return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(response.status, "unavailable", "The server sent an answer the page cannot read.");
  }
}
