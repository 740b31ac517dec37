// The OpenAPI document: version 3.1.0, every route of the app listed (and nothing else), every
// $ref resolvable, every path parameter declared, every operation with responses - the parts of
// the 3.1 specification a generator can get wrong.
import { createFirstOwner } from "@smartspec/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { password } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";

interface Operation {
  readonly parameters?: readonly {
    readonly name: string;
    readonly in: string;
    readonly required?: boolean;
  }[];
  readonly responses: Record<string, { readonly description: string }>;
  readonly requestBody?: unknown;
}
interface Document {
  readonly openapi: string;
  readonly info: { readonly title: string; readonly version: string };
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: Record<string, Record<string, unknown>>;
}

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

describe("GET /api/openapi.json", () => {
  let t: TestApp;
  let doc: Document;

  beforeAll(async () => {
    t = await testApp();
    await createFirstOwner(t.platform, { email: "owner@example.org", password });
    const reply = await t.app.request("/api/openapi.json");
    expect(reply.status).toBe(200);
    doc = (await reply.json()) as Document;
  });
  afterAll(() => t.close());

  it("is an OpenAPI 3.1.0 document about the smartspec API", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: "smartspec API", version: "0.1.0" });
  });

  it("lists exactly the routes of the contract", () => {
    const listed = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => methods.includes(key))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(listed.sort()).toEqual(
      [
        "GET /healthz",
        "GET /api/session",
        "POST /api/session",
        "DELETE /api/session",
        "POST /api/password-resets",
        "POST /api/password-resets/confirm",
        "GET /api/workspaces",
        "POST /api/workspaces",
        "GET /api/workspaces/{slug}",
        "PATCH /api/workspaces/{slug}",
        "GET /api/workspaces/{slug}/members",
        "POST /api/workspaces/{slug}/invitations",
        "PATCH /api/workspaces/{slug}/members/{userId}",
        "DELETE /api/workspaces/{slug}/members/{userId}",
        "GET /api/workspaces/{slug}/outbox",
        "GET /api/invitations/{token}",
        "POST /api/invitations/{token}/accept",
        "GET /api/settings",
        "PATCH /api/settings",
        "GET /api/datasets",
        "GET /api/explorer/datasets",
        "GET /api/explorer/{dataset}/regions",
        "GET /api/explorer/{dataset}/regions/{region}",
        "GET /api/explorer/{dataset}/regions/{region}/opportunities",
        "GET /api/explorer/{dataset}/regions/{region}/profile.xlsx",
        "GET /api/explorer/{dataset}/regions/{region}/opportunities.xlsx",
        "GET /api/explorer/{dataset}/map",
        "GET /api/explorer/{dataset}/map.xlsx",
        "GET /api/explorer/{dataset}/space",
        "GET /api/explorer/{dataset}/space.xlsx",
        "GET /api/explorer/{dataset}/compare",
        "GET /api/explorer/{dataset}/compare.xlsx",
        "GET /api/boundaries/{layer}",
        "POST /api/workspaces/{slug}/datasets",
        "GET /api/workspaces/{slug}/datasets",
        "DELETE /api/workspaces/{slug}/datasets/{id}",
        "GET /api/workspaces/{slug}/surveys",
        "POST /api/workspaces/{slug}/surveys",
        "GET /api/workspaces/{slug}/surveys/{surveyId}",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/responses",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/identities",
        "PUT /api/workspaces/{slug}/surveys/{surveyId}/instrument",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/instrument",
        "POST /api/workspaces/{slug}/surveys/{surveyId}/instrument.xlsx",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/instrument.xlsx",
        "POST /api/workspaces/{slug}/surveys/{surveyId}/frame",
        "POST /api/workspaces/{slug}/surveys/{surveyId}/sample",
        "POST /api/workspaces/{slug}/surveys/{surveyId}/launch",
        "POST /api/workspaces/{slug}/surveys/{surveyId}/close",
        "POST /api/workspaces/{slug}/surveys/{surveyId}/invitations",
        "POST /api/workspaces/{slug}/surveys/{surveyId}/reminders",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/dashboard",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/dispositions",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/results",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/crosstab",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/representativeness",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/data-pack",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/report.pdf",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/coding",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/coding/{field}",
        "POST /api/workspaces/{slug}/surveys/{surveyId}/coding/{field}/codes",
        "PATCH /api/workspaces/{slug}/surveys/{surveyId}/coding/{field}/codes/{codeId}",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/coding/{field}/answers",
        "PUT /api/workspaces/{slug}/surveys/{surveyId}/coding/{field}/answers/{responseId}",
        "POST /api/workspaces/{slug}/surveys/{surveyId}/coding/{field}/finish",
        "POST /api/workspaces/{slug}/surveys/{surveyId}/coding/{field}/reveal",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/coding/{field}/agreement",
        "PUT /api/workspaces/{slug}/surveys/{surveyId}/coding/{field}/final/{responseId}",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/coding/{field}/results",
        "GET /api/workspaces/{slug}/surveys/{surveyId}/coding/{field}/results.csv",
        "GET /api/respond/{token}",
        "PUT /api/respond/{token}/progress",
        "POST /api/respond/{token}/submit",
        "POST /api/respond/{token}/refuse",
        "POST /api/respond/{token}/unsubscribe",
        "GET /api/respond/open/{key}",
        "PUT /api/respond/open/{key}/progress",
        "POST /api/respond/open/{key}/submit",
      ].sort(),
    );
  });

  it("matches the routes the app really serves", () => {
    const served = new Set(
      t.app.routes
        .filter(
          (r) => r.method !== "ALL" && r.path !== "*" && r.path !== "/*" && r.path !== "/api/openapi.json",
        )
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`),
    );
    const listed = new Set(
      Object.entries(doc.paths).flatMap(([path, item]) =>
        Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    expect([...served].sort()).toEqual([...listed].sort());
  });

  it("declares every path parameter, resolves every $ref, and gives every operation described responses", () => {
    const problems: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      const wanted = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, operation] of Object.entries(item)) {
        const declared = (operation.parameters ?? []).filter((p) => p.in === "path" && p.required === true);
        if (JSON.stringify(declared.map((p) => p.name).sort()) !== JSON.stringify([...wanted].sort()))
          problems.push(`${method} ${path}: path parameters ${JSON.stringify(declared.map((p) => p.name))}`);
        const responses = Object.entries(operation.responses ?? {});
        if (responses.length === 0) problems.push(`${method} ${path}: no responses`);
        for (const [status, response] of responses) {
          if (!/^[1-5]\d\d$/.test(status) || !response.description)
            problems.push(`${method} ${path} ${status}`);
        }
      }
    }
    const text = JSON.stringify(doc);
    for (const [, ref] of text.matchAll(/"\$ref":"([^"]+)"/g)) {
      const [, section, name] = /^#\/components\/(\w+)\/(\w+)$/.exec(ref!) ?? [];
      if (!section || !name || doc.components[section]?.[name] === undefined)
        problems.push(`unresolved ${ref}`);
    }
    expect(problems).toEqual([]);
    expect(text).toContain('"$ref":"#/components/schemas/Error"');
  });

  it("documents the strict request bodies and the session cookie", () => {
    const schemas = doc.components.schemas as Record<
      string,
      { additionalProperties?: boolean; required?: string[] }
    >;
    for (const name of [
      "SignIn",
      "CreateWorkspace",
      "RenameWorkspace",
      "Invite",
      "ChangeRole",
      "AcceptInvitation",
      "PasswordResetRequest",
      "PasswordResetConfirm",
      "UpdateSettings",
      "CreateSurvey",
      "SaveInstrument",
      "DrawSample",
      "SurveyInvitations",
      "SurveyReminder",
      "RespondentProgress",
      "RespondentSubmit",
      "OpenLinkProgress",
      "OpenLinkSubmit",
    ]) {
      expect(schemas[name]?.additionalProperties, name).toBe(false);
    }
    expect(schemas.SignIn?.required).toEqual(["email", "password"]);
    // Survey replies are documented by their domain schemas (packages/domain/src/survey-api).
    for (const name of [
      "SurveyView",
      "SurveyDetail",
      "FrameImported",
      "SampleDrawn",
      "InstrumentSaved",
      "InvitationsSent",
      "ReminderWave",
      "FieldworkDashboard",
      "OutcomeRates",
      "RespondentForm",
      "ProgressSaved",
      "SubmitStored",
      "SubmitAlreadyStored",
      "AnswerProblems",
      "SurveyResults",
      "WeightsSummary",
      "SurveyCrosstab",
      "SurveyRepresentativeness",
      "CodebookView",
      "CodeView",
      "CodingSheetView",
      "CodingProgressView",
      "CodesRevealed",
      "AnswerAdjudicated",
      "AgreementView",
      "CodingResultsView",
    ]) {
      expect(schemas[name]?.additionalProperties, name).toBe(false);
    }
    const submit = doc.paths["/api/respond/{token}/submit"]?.post?.responses as Record<string, unknown>;
    expect(JSON.stringify(submit["201"])).toContain('"$ref":"#/components/schemas/SubmitStored"');
    expect(doc.components.securitySchemes).toEqual({
      session: { type: "apiKey", in: "cookie", name: "smartspec_session" },
    });
  });
});
