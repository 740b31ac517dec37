// Every route x {no session, viewer, analyst, owner, member of another workspace}: the exact
// status and error code. Expected values come from the contract (issue #4, platform.md): members-
// only routes answer 401 without a session and 404 (never 403) to non-members; owner-only actions
// answer 403 `forbidden` to analysts and viewers; instance settings are the admin's (the owner here).
import { invite } from "@smartspec/services";
import { testDialects } from "@smartspec/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Actor, actors, join, linkToken, makeTeam, otherSlug, slug, type Team } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";
import { codingSurvey } from "./surveys-coding-fixture.ts";
import { frameCsv, launchSurvey, surveyJsInstrument, surveysPath } from "./surveys-fixture.ts";

type Expected = readonly [status: number, code?: string];

interface RouteCase {
  readonly method: string;
  readonly path: string;
  readonly body?: (actor: Actor) => unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly expected: Readonly<Record<Actor, Expected>>;
}

const everyone = (status: number): Record<Actor, Expected> => ({
  anonymous: [status],
  viewer: [status],
  analyst: [status],
  outsider: [status],
  owner: [status],
});

/** Members-only route: who may do it succeeds with `ok`; other members get 403; outsiders 404. */
const membersOnly = (ok: number, allowed: readonly Actor[]): Record<Actor, Expected> => ({
  anonymous: [401, "unauthenticated"],
  viewer: allowed.includes("viewer") ? [ok] : [403, "forbidden"],
  analyst: allowed.includes("analyst") ? [ok] : [403, "forbidden"],
  outsider: [404, "not-found"],
  owner: [ok],
});

interface SurveyIds {
  /** A draft with instrument, frame and sample. */
  readonly draft: string;
  readonly draftFrameId: string;
  /** A draft with an instrument and an open link: launched, then closed, by the analyst. */
  readonly launchable: string;
  /** A live confidential survey with an anonymous open link and its invitations out. */
  readonly live: string;
  readonly tokens: readonly string[];
  readonly openLinkKey: string;
  /** A live anonymous survey with one open-link answer to "needs" and one code, "Cost". */
  readonly coding: { readonly path: string; readonly responseId: string; readonly codeId: string };
}

/** Survey routes: members read, owners and analysts write, respondents need only their link. */
function surveyCases(ids: SurveyIds): RouteCase[] {
  const members = membersOnly(200, ["viewer", "analyst"]);
  const writers = (ok: number) => membersOnly(ok, ["analyst"]);
  const draft = `${surveysPath}/${ids.draft}`;
  const launchable = `${surveysPath}/${ids.launchable}`;
  const live = `${surveysPath}/${ids.live}`;
  const [answering, refusing, leaving] = ids.tokens;
  const onceThenStored: Record<Actor, Expected> = { ...everyone(200), anonymous: [201] };
  const submit = { answers: { aware: "yes" }, idempotencyKey: "authorization-matrix-0001" };
  return [
    { method: "GET", path: surveysPath, expected: members },
    {
      method: "POST",
      path: surveysPath,
      body: (actor) => ({ title: `By ${actor}`, anonymity: "identified" }),
      expected: writers(201),
    },
    { method: "GET", path: draft, expected: members },
    { method: "GET", path: `${draft}/responses`, expected: members },
    { method: "GET", path: `${live}/identities`, expected: membersOnly(200, []) },
    {
      method: "PUT",
      path: `${draft}/instrument`,
      body: () => ({ format: "surveyjs", instrument: surveyJsInstrument }),
      expected: writers(200),
    },
    { method: "GET", path: `${draft}/instrument?format=surveyjs`, expected: members },
    {
      method: "POST",
      path: `${draft}/instrument.xlsx`,
      body: () => "not a workbook",
      headers: { "content-type": "application/octet-stream" },
      expected: { ...writers(422), owner: [422, "invalid-instrument"], analyst: [422, "invalid-instrument"] },
    },
    { method: "GET", path: `${draft}/instrument.xlsx`, expected: members },
    {
      method: "POST",
      path: `${draft}/frame?name=Again`,
      body: () => frameCsv,
      headers: { "content-type": "text/csv" },
      expected: writers(201),
    },
    {
      method: "POST",
      path: `${draft}/sample`,
      body: () => ({ frameId: ids.draftFrameId, seed: "s", design: { kind: "all" } }),
      expected: writers(201),
    },
    { method: "POST", path: `${launchable}/launch`, expected: { ...writers(200), owner: [409, "conflict"] } },
    { method: "POST", path: `${launchable}/close`, expected: { ...writers(200), owner: [409, "conflict"] } },
    {
      method: "POST",
      path: `${live}/invitations`,
      body: () => ({ subject: "Again", text: "{{link}}" }),
      expected: writers(200),
    },
    {
      method: "POST",
      path: `${live}/reminders`,
      body: () => ({ wave: 1, dueAt: "2026-03-09T09:00:00Z", subject: "Reminder", text: "{{link}}" }),
      expected: writers(200),
    },
    { method: "GET", path: `${live}/dashboard`, expected: members },
    { method: "GET", path: `${live}/dispositions`, expected: members },
    { method: "GET", path: `${live}/results`, expected: members },
    { method: "GET", path: `${live}/results?weighting=rake:size,section`, expected: members },
    { method: "GET", path: `${live}/crosstab?row=aware&by=size_band`, expected: members },
    { method: "GET", path: `${live}/representativeness`, expected: members },
    { method: "GET", path: `${live}/data-pack`, expected: members },
    { method: "GET", path: `${live}/report.pdf`, expected: members },
    ...codingCases(ids.coding),
    { method: "GET", path: `/api/respond/${answering}`, expected: everyone(200) },
    {
      method: "PUT",
      path: `/api/respond/${answering}/progress`,
      body: () => ({ answers: { aware: "no" } }),
      expected: everyone(204),
    },
    {
      method: "POST",
      path: `/api/respond/${answering}/submit`,
      body: () => submit,
      expected: onceThenStored,
    },
    { method: "POST", path: `/api/respond/${refusing}/refuse`, body: () => ({}), expected: everyone(204) },
    {
      method: "POST",
      path: `/api/respond/${leaving}/unsubscribe`,
      body: () => ({}),
      expected: everyone(204),
    },
    {
      method: "GET",
      path: `/api/respond/${"B".repeat(43)}`,
      expected: {
        anonymous: [404, "invalid-token"],
        viewer: [404, "invalid-token"],
        analyst: [404, "invalid-token"],
        outsider: [404, "invalid-token"],
        owner: [404, "invalid-token"],
      },
    },
    { method: "GET", path: `/api/respond/open/${ids.openLinkKey}`, expected: everyone(200) },
    {
      method: "PUT",
      path: `/api/respond/open/${ids.openLinkKey}/progress`,
      body: () => ({ answers: { aware: "no" } }),
      expected: everyone(200),
    },
    {
      method: "POST",
      path: `/api/respond/open/${ids.openLinkKey}/submit`,
      // Idempotency keys are per survey: the personal link above already used `submit`'s.
      body: () => ({ ...submit, idempotencyKey: "authorization-matrix-0002" }),
      expected: onceThenStored,
    },
  ];
}

/**
 * Coding: members read; owners and analysts code (the analyst is coder 1, the owner coder 2) and
 * finish; only owners reveal; agreement, adjudication and results once revealed.
 */
function codingCases(coding: SurveyIds["coding"]): RouteCase[] {
  const members = membersOnly(200, ["viewer", "analyst"]);
  const writers = (ok: number) => membersOnly(ok, ["analyst"]);
  const field = `${coding.path}/coding/needs`;
  const codes = { codeIds: [coding.codeId] };
  return [
    { method: "GET", path: `${coding.path}/coding`, expected: members },
    { method: "GET", path: field, expected: members },
    {
      method: "POST",
      path: `${field}/codes`,
      body: (actor) => ({ label: `By ${actor}` }),
      expected: writers(201),
    },
    {
      method: "PATCH",
      path: `${field}/codes/${coding.codeId}`,
      body: (actor) => ({ description: `Prices, as ${actor} put it` }),
      expected: writers(200),
    },
    { method: "GET", path: `${field}/answers`, expected: writers(200) },
    {
      method: "PUT",
      path: `${field}/answers/${coding.responseId}`,
      body: () => codes,
      expected: writers(200),
    },
    { method: "POST", path: `${field}/finish`, expected: writers(200) },
    { method: "POST", path: `${field}/reveal`, expected: membersOnly(200, []) },
    { method: "GET", path: `${field}/agreement`, expected: members },
    { method: "PUT", path: `${field}/final/${coding.responseId}`, body: () => codes, expected: writers(200) },
    { method: "GET", path: `${field}/results`, expected: members },
    { method: "GET", path: `${field}/results.csv`, expected: members },
  ];
}

function cases(ids: { target: string; invitationToken: string; surveys: SurveyIds }): RouteCase[] {
  const signedIn = (status: number): Record<Actor, Expected> => ({
    ...everyone(status),
    anonymous: [401, "unauthenticated"],
  });
  return [
    { method: "GET", path: "/healthz", expected: everyone(200) },
    { method: "GET", path: "/api/openapi.json", expected: everyone(200) },
    { method: "GET", path: "/api/session", expected: everyone(200) },
    {
      method: "POST",
      path: "/api/password-resets",
      body: () => ({ email: "nobody@example.org" }),
      expected: everyone(202),
    },
    {
      method: "POST",
      path: "/api/password-resets/confirm",
      body: () => ({ token: "A".repeat(43), password: "a brand new passphrase" }),
      expected: {
        anonymous: [400, "invalid-token"],
        viewer: [400, "invalid-token"],
        analyst: [400, "invalid-token"],
        outsider: [400, "invalid-token"],
        owner: [400, "invalid-token"],
      },
    },
    { method: "GET", path: "/api/workspaces", expected: signedIn(200) },
    {
      method: "POST",
      path: "/api/workspaces",
      body: (actor) => ({ name: `Made by ${actor}`, slug: `made-by-${actor}` }),
      expected: signedIn(201),
    },
    { method: "GET", path: `/api/workspaces/${slug}`, expected: membersOnly(200, ["viewer", "analyst"]) },
    {
      method: "GET",
      path: "/api/workspaces/no-such-workspace",
      expected: {
        anonymous: [401, "unauthenticated"],
        viewer: [404, "not-found"],
        analyst: [404, "not-found"],
        outsider: [404, "not-found"],
        owner: [404, "not-found"],
      },
    },
    {
      method: "PATCH",
      path: `/api/workspaces/${slug}`,
      body: (actor) => ({ name: `Renamed by ${actor}` }),
      expected: membersOnly(200, []),
    },
    {
      method: "GET",
      path: `/api/workspaces/${slug}/members`,
      expected: membersOnly(200, ["viewer", "analyst"]),
    },
    {
      method: "POST",
      path: `/api/workspaces/${slug}/invitations`,
      body: (actor) => ({ email: `invited-by-${actor}@example.org`, role: "viewer" }),
      expected: membersOnly(201, []),
    },
    {
      method: "PATCH",
      path: `/api/workspaces/${slug}/members/${ids.target}`,
      body: () => ({ role: "analyst" }),
      expected: membersOnly(200, []),
    },
    {
      method: "DELETE",
      path: `/api/workspaces/${slug}/members/${ids.target}`,
      expected: membersOnly(204, []),
    },
    { method: "GET", path: `/api/workspaces/${slug}/outbox`, expected: membersOnly(200, []) },
    { method: "GET", path: `/api/invitations/${ids.invitationToken}`, expected: everyone(200) },
    {
      method: "GET",
      path: `/api/invitations/${"B".repeat(43)}`,
      expected: {
        anonymous: [404, "not-found"],
        viewer: [404, "not-found"],
        analyst: [404, "not-found"],
        outsider: [404, "not-found"],
        owner: [404, "not-found"],
      },
    },
    { method: "GET", path: "/api/settings", expected: everyone(200) },
    {
      method: "PATCH",
      path: "/api/settings",
      body: () => ({ publicOpenData: true }),
      expected: {
        anonymous: [401, "unauthenticated"],
        viewer: [403, "forbidden"],
        analyst: [403, "forbidden"],
        outsider: [403, "forbidden"],
        owner: [200],
      },
    },
    { method: "GET", path: "/api/datasets", expected: everyone(200) },
    // The explorer on a bundled data set is public while publicOpenData is on (explorer.test.ts turns
    // it off); the small LEP business counts keep the engine's first run short.
    ...[
      "/api/explorer/datasets",
      `${lep}/regions`,
      `${lep}/regions/E37000037`,
      `${lep}/regions/E37000037/opportunities`,
      `${lep}/regions/E37000037/profile.xlsx`,
      `${lep}/regions/E37000037/opportunities.xlsx`,
      `${lep}/map`,
      `${lep}/map.xlsx`,
      `${lep}/space`,
      `${lep}/space.xlsx?region=E37000037`,
      `${lep}/compare?regions=E37000037,E37000001`,
      `${lep}/compare.xlsx?regions=E37000037,E37000001`,
      "/api/boundaries/uk-boundaries-itl2-2021",
    ].map((path) => ({ method: "GET", path, expected: everyone(200) })),
    {
      method: "POST",
      path: `/api/workspaces/${slug}/datasets?name=Toy`,
      body: () => "region,activity,value\nA,x,1\nB,y,2\n",
      headers: { "content-type": "text/csv" },
      expected: membersOnly(201, ["analyst"]),
    },
    {
      method: "GET",
      path: `/api/workspaces/${slug}/datasets`,
      expected: membersOnly(200, ["viewer", "analyst"]),
    },
    {
      method: "DELETE",
      path: `/api/workspaces/${slug}/datasets/upload-00000000-0000-4000-8000-000000000000`,
      expected: {
        anonymous: [401, "unauthenticated"],
        viewer: [403, "forbidden"],
        analyst: [404, "not-found"],
        outsider: [404, "not-found"],
        owner: [404, "not-found"],
      },
    },
    ...surveyCases(ids.surveys),
  ];
}

const lep = "/api/explorer/uk-business-counts-lep";

/** The surveys the matrix needs, made through the API by the owner. */
async function makeSurveys(t: TestApp, team: Team): Promise<SurveyIds> {
  const owner = team.browsers.owner;
  const ownerId = team.people.owner.id;
  const live = await launchSurvey(t, owner, ownerId, {
    title: "Live",
    anonymity: "confidential",
    openLink: true,
  });
  const draft = await owner.request("POST", surveysPath, { title: "Draft", anonymity: "identified" });
  const draftPath = `${surveysPath}/${draft.body.id}`;
  await owner.request("PUT", `${draftPath}/instrument`, {
    format: "surveyjs",
    instrument: surveyJsInstrument,
  });
  const frame = await owner.request("POST", `${draftPath}/frame?name=F`, frameCsv, {
    "content-type": "text/csv",
  });
  await owner.request("POST", `${draftPath}/sample`, {
    frameId: frame.body.frameId,
    seed: "s",
    design: { kind: "all" },
  });
  const launchable = await owner.request("POST", surveysPath, {
    title: "Open",
    anonymity: "anonymous",
    openLink: true,
  });
  await owner.request("PUT", `${surveysPath}/${launchable.body.id}/instrument`, {
    format: "surveyjs",
    instrument: surveyJsInstrument,
  });
  const coded = await codingSurvey(owner, "Coded", ["Cheaper kit"]);
  const code = await owner.request("POST", `${coded.path}/coding/needs/codes`, { label: "Cost" });
  return {
    coding: { path: coded.path, responseId: coded.responseOf.get("Cheaper kit")!, codeId: code.body.id },
    draft: draft.body.id,
    draftFrameId: frame.body.frameId,
    launchable: launchable.body.id,
    live: live.id,
    tokens: [...live.tokens.values()],
    openLinkKey: live.openLinkKey ?? "",
  };
}

describe.each(testDialects())("authorization on %s", (dialect) => {
  let t: TestApp;
  let team: Team;
  let routeCases: RouteCase[] = [];

  beforeAll(async () => {
    t = await testApp(dialect);
    team = await makeTeam(t);
    const target = await join(t, team.people.owner.id, slug, "target@example.org", "viewer");
    await invite(t.platform, {
      userId: team.people.owner.id,
      slug,
      email: "pending@example.org",
      role: "analyst",
    });
    const invitationToken = await linkToken(t, team.people.owner.id, slug, "pending@example.org");
    routeCases = cases({ target: target.id, invitationToken, surveys: await makeSurveys(t, team) });
  });
  afterAll(() => t.close());

  it("covers every route of the OpenAPI document", async () => {
    const doc = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = new Set(
      routeCases.map((c) =>
        `${c.method} ${c.path}`
          .replace(/\/members\/[0-9a-f-]{36}$/, "/members/{userId}")
          .replace(/\/invitations\/[A-Za-z0-9_-]{43}$/, "/invitations/{token}")
          .replace(/\/workspaces\/[a-z0-9-]+/, "/workspaces/{slug}")
          .replace(/\?.*$/, "")
          .replace(/\/datasets\/upload-[0-9a-f-]+$/, "/datasets/{id}")
          .replace(/^GET \/api\/explorer\/[a-z0-9-]+(?=\/)/, "GET /api/explorer/{dataset}")
          .replace(/\/regions\/[A-Z0-9]+/, "/regions/{region}")
          .replace(/\/api\/boundaries\/[a-z0-9-]+$/, "/api/boundaries/{layer}")
          .replace(/\/surveys\/[0-9a-f-]{36}/, "/surveys/{surveyId}")
          .replace("/coding/needs", "/coding/{field}")
          .replace(/\/codes\/[0-9a-f-]{36}$/, "/codes/{codeId}")
          .replace(/\/(answers|final)\/[0-9a-f-]{36}$/, "/$1/{responseId}")
          .replace(/\/api\/respond\/open\/[A-Za-z0-9_-]{22}/, "/api/respond/open/{key}")
          .replace(/\/api\/respond\/[A-Za-z0-9_-]{43}/, "/api/respond/{token}"),
      ),
    );
    // Sign-in / sign-out and accepting an invitation change who is signed in: session.test.ts and
    // invitations.test.ts cover them for every kind of caller.
    const elsewhere = ["POST /api/session", "DELETE /api/session", "POST /api/invitations/{token}/accept"];
    expect(documented.filter((route) => !covered.has(route) && !elsewhere.includes(route))).toEqual([]);
  });

  it("answers each route with the exact status and code for each caller", async () => {
    const failures: string[] = [];
    for (const route of routeCases) {
      for (const actor of actors) {
        const reply = await team.browsers[actor].request(
          route.method,
          route.path,
          route.body?.(actor),
          route.headers,
        );
        const [status, code] = route.expected[actor];
        const got = `${reply.status}${reply.body?.error ? ` ${reply.body.error.code}` : ""}`;
        const want = `${status}${code ? ` ${code}` : ""}`;
        if (got !== want)
          failures.push(`${route.method} ${route.path} as ${actor}: ${got}, expected ${want}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("lists pending invitations to owners only", async () => {
    const owner = await team.browsers.owner.request("GET", `/api/workspaces/${slug}/members`);
    const viewer = await team.browsers.viewer.request("GET", `/api/workspaces/${slug}/members`);
    expect(owner.body.invitations.map((i: { email: string }) => i.email)).toContain("pending@example.org");
    expect(viewer.body.invitations).toEqual([]);
    expect(viewer.body.members.map((m: { email: string }) => m.email).sort()).toEqual([
      "analyst@example.org",
      "owner@example.org",
      "viewer@example.org",
    ]);
  });

  it("keeps the other workspace to its members", async () => {
    const outsider = await team.browsers.outsider.request("GET", `/api/workspaces/${otherSlug}`);
    const viewer = await team.browsers.viewer.request("GET", `/api/workspaces/${otherSlug}`);
    expect(outsider.body).toMatchObject({ slug: otherSlug, name: "Elsewhere", role: "owner" });
    expect(viewer.status).toBe(404);
    expect(viewer.body).toEqual({
      error: { code: "not-found", message: expect.any(String) },
    });
  });
});
