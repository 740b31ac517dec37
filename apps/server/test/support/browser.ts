// A browser stand-in for in-process tests: keeps cookies like a browser would (Set-Cookie in,
// Cookie out, Max-Age=0 deletes), and sends the CSRF token from the last session body.
import type { App } from "../../src/app-env.ts";

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON when the body is JSON, else the text ("" for no body). */
  // biome-ignore lint/suspicious/noExplicitAny: each test states the exact shape it expects with toEqual.
  readonly body: any;
}

export class Browser {
  readonly cookies = new Map<string, string>();
  csrfToken: string | undefined;

  constructor(
    private readonly app: App,
    /** Client address sent as X-Forwarded-For (the test app trusts it). */
    readonly address = "198.51.100.1",
  ) {}

  /** Sends a request; JSON `body` unless it is a string (sent as is). */
  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const sent: Record<string, string> = { "x-forwarded-for": this.address };
    if (this.cookies.size > 0) sent.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (method !== "GET" && method !== "HEAD" && this.csrfToken !== undefined)
      sent["x-csrf-token"] = this.csrfToken;
    if (body !== undefined) sent["content-type"] = "application/json";
    const response = await this.app.request(path, {
      method,
      headers: { ...sent, ...headers },
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
    this.keepCookies(response.headers);
    const text = await response.text();
    const json = (response.headers.get("content-type") ?? "").startsWith("application/json");
    const parsed = json && text !== "" ? JSON.parse(text) : text;
    if (parsed && typeof parsed === "object" && typeof parsed.csrfToken === "string")
      this.csrfToken = parsed.csrfToken;
    return { status: response.status, headers: response.headers, body: parsed };
  }

  private keepCookies(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      const deleted = attributes.some((a) => /^max-age=0$/i.test(a)) || value === "";
      if (deleted) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** GET /api/session: picks up the CSRF token (and the pre-sign-in cookie). */
  session(): Promise<Reply> {
    return this.request("GET", "/api/session");
  }

  /** Reads the session, then signs in; the reply of POST /api/session. */
  async signIn(email: string, password: string): Promise<Reply> {
    await this.session();
    return this.request("POST", "/api/session", { email, password });
  }
}
