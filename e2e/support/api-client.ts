// A small HTTP client for arranging state the journey is not about (a viewer's account, say),
// speaking the API exactly as the browser does: session cookie plus the X-CSRF-Token header.

export interface ApiResponse {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  readonly body: unknown;
}

export class ApiClient {
  readonly baseUrl: string;
  readonly #cookies = new Map<string, string>();
  #csrfToken: string | undefined;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  /**
   * Sends one request; state-changing methods carry the CSRF token from `GET /api/session`
   * (fetched first when this client has none yet).
   * Example: `await api.request("POST", "/api/session", { email, password })`.
   */
  async request(method: string, path: string, body?: unknown): Promise<ApiResponse> {
    const headers: Record<string, string> = {};
    if (method !== "GET" && method !== "HEAD") {
      if (this.#csrfToken === undefined) await this.request("GET", "/api/session");
      headers["x-csrf-token"] = this.#csrfToken ?? "";
    }
    if (body !== undefined) headers["content-type"] = "application/json";
    if (this.#cookies.size > 0) {
      headers.cookie = [...this.#cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    }
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: "manual",
    });
    for (const line of response.headers.getSetCookie()) this.#remember(line);
    const text = await response.text();
    const parsed: unknown = text === "" ? undefined : JSON.parse(text);
    const token = (parsed as { csrfToken?: unknown } | undefined)?.csrfToken;
    if (typeof token === "string") this.#csrfToken = token;
    return { status: response.status, headers: response.headers, body: parsed };
  }

  /** Logs in and returns the session body; throws with the API's answer when it is not 200. */
  async login(email: string, password: string): Promise<SessionBody> {
    const response = await this.request("POST", "/api/session", { email, password });
    if (response.status !== 200) {
      throw new Error(`Login as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body as SessionBody;
  }

  #remember(setCookie: string): void {
    const pair = setCookie.split(";", 1)[0] ?? "";
    const equals = pair.indexOf("=");
    if (equals <= 0) return;
    const name = pair.slice(0, equals).trim();
    const value = pair.slice(equals + 1).trim();
    const expired = /max-age=0|expires=thu, 01 jan 1970/i.test(setCookie);
    if (value === "" || expired) this.#cookies.delete(name);
    else this.#cookies.set(name, value);
  }
}

export interface SessionBody {
  readonly user: { id: string; email: string; name: string; isAdmin: boolean } | null;
  readonly workspaces: readonly { id: string; slug: string; name: string; role: string }[];
  readonly csrfToken: string;
}
