import { describe, expect, it } from "vitest";
import { createApiClient } from "../src/api/api-client.ts";
import { createEndpoints } from "../src/api/endpoints.ts";

/** Records each request (method, path, body) and answers 200 `{}` or the anonymous session. */
function recordingApi() {
  const sent: string[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const method = init?.method ?? "GET";
    if (method === "GET" && String(input) === "/api/session") {
      return new Response(JSON.stringify({ user: null, workspaces: [], csrfToken: "t" }));
    }
    sent.push(`${method} ${String(input)}${init?.body ? ` ${init.body}` : ""}`);
    return new Response("{}");
  };
  return { api: createEndpoints(createApiClient({ fetch: fetch as typeof globalThis.fetch })), sent };
}

describe("createEndpoints", () => {
  it("calls the routes of the platform contract with their bodies", async () => {
    const { api, sent } = recordingApi();
    await api.signIn("ann@example.org", "twelve chars");
    await api.requestPasswordReset("ann@example.org");
    await api.confirmPasswordReset("tok", "twelve chars");
    await api.renameWorkspace("north-east", "North East");
    await api.members("north-east");
    await api.invite("north-east", "bo@example.org", "analyst");
    await api.changeRole("north-east", "u2", "viewer");
    await api.removeMember("north-east", "u2");
    await api.acceptInvitation("tok", { name: "Bo", password: "twelve chars" });
    await api.outbox("north-east");
    await api.updateSettings({ publicOpenData: false });
    await api.datasets();
    expect(sent).toEqual([
      'POST /api/session {"email":"ann@example.org","password":"twelve chars"}',
      'POST /api/password-resets {"email":"ann@example.org"}',
      'POST /api/password-resets/confirm {"token":"tok","password":"twelve chars"}',
      'PATCH /api/workspaces/north-east {"name":"North East"}',
      "GET /api/workspaces/north-east/members",
      'POST /api/workspaces/north-east/invitations {"email":"bo@example.org","role":"analyst"}',
      'PATCH /api/workspaces/north-east/members/u2 {"role":"viewer"}',
      "DELETE /api/workspaces/north-east/members/u2",
      'POST /api/invitations/tok/accept {"name":"Bo","password":"twelve chars"}',
      "GET /api/workspaces/north-east/outbox",
      'PATCH /api/settings {"publicOpenData":false}',
      "GET /api/datasets",
    ]);
  });

  it("percent-encodes slugs and tokens taken from the address bar", async () => {
    const { api, sent } = recordingApi();
    await api.workspace("../settings");
    await api.invitation("a/b?c");
    expect(sent).toEqual(["GET /api/workspaces/..%2Fsettings", "GET /api/invitations/a%2Fb%3Fc"]);
  });
});
