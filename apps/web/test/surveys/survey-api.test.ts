import { describe, expect, it } from "vitest";
import { createApiClient } from "../../src/api/api-client.ts";
import { createSurveyEndpoints, frameUploadPath } from "../../src/api/survey-endpoints.ts";
import { AnswerProblemsError, createRespondentApi, respondentPath } from "../../src/api/survey-respondent.ts";

/** A fetch that records each request and answers with `reply` (default 200 `{}`). */
function recordingFetch(reply: () => Response = () => new Response("{}")) {
  const sent: string[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const method = init?.method ?? "GET";
    if (method === "GET" && String(input) === "/api/session") {
      return new Response(JSON.stringify({ user: null, workspaces: [], csrfToken: "t" }));
    }
    const headers = new Headers(init?.headers);
    const csrf = headers.get("x-csrf-token") ? " [csrf]" : "";
    sent.push(`${method} ${String(input)}${init?.body ? ` ${init.body}` : ""}${csrf}`);
    return reply();
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
}

describe("frameUploadPath", () => {
  it("names the frame and, when columns are chosen, the strata they make", () => {
    expect(frameUploadPath("ne", "s1", "North East SMEs", [])).toBe(
      "/api/workspaces/ne/surveys/s1/frame?name=North%20East%20SMEs",
    );
    expect(frameUploadPath("ne", "s1", "SMEs", ["size_band", "region"])).toBe(
      "/api/workspaces/ne/surveys/s1/frame?name=SMEs&stratifyBy=size_band%2Cregion",
    );
  });
});

describe("createSurveyEndpoints", () => {
  it("calls the member routes of the survey contract", async () => {
    const { fetch, sent } = recordingFetch();
    const api = createSurveyEndpoints(createApiClient({ fetch }));
    await api.surveys("ne");
    await api.createSurvey("ne", { title: "SMEs", anonymity: "anonymous", openLink: true });
    await api.drawSample("ne", "s1", "f1", "seed", { kind: "simple", size: 3 });
    await api.launch("ne", "s1");
    await api.invite("ne", "s1", { subject: "S", text: "{{link}}" });
    await api.scheduleReminder("ne", "s1", 1, "2026-05-14T09:30:00.000Z", { subject: "R", text: "{{link}}" });
    await api.dashboard("ne", "s1");
    await api.results("ne", "s1");
    expect(sent).toEqual([
      "GET /api/workspaces/ne/surveys",
      'POST /api/workspaces/ne/surveys {"title":"SMEs","anonymity":"anonymous","openLink":true} [csrf]',
      'POST /api/workspaces/ne/surveys/s1/sample {"frameId":"f1","seed":"seed","design":{"kind":"simple","size":3}} [csrf]',
      "POST /api/workspaces/ne/surveys/s1/launch [csrf]",
      'POST /api/workspaces/ne/surveys/s1/invitations {"subject":"S","text":"{{link}}"} [csrf]',
      'POST /api/workspaces/ne/surveys/s1/reminders {"wave":1,"dueAt":"2026-05-14T09:30:00.000Z","subject":"R","text":"{{link}}"} [csrf]',
      "GET /api/workspaces/ne/surveys/s1/dashboard",
      "GET /api/workspaces/ne/surveys/s1/results",
    ]);
  });
});

describe("createRespondentApi", () => {
  it("uses the personal and open-link paths, JSON bodies and no CSRF token", async () => {
    const { fetch, sent } = recordingFetch(() => new Response(null, { status: 204 }));
    expect(respondentPath({ kind: "open", key: "k/1" })).toBe("/api/respond/open/k%2F1");
    const personal = createRespondentApi({ kind: "personal", token: "tok" }, fetch);
    await personal.open();
    await personal.saveProgress({ q1: "a" }, null);
    await personal.submit({ q1: "a" }, "idem-1", null);
    const open = createRespondentApi({ kind: "open", key: "key" }, fetch);
    await open.open("resume-1");
    await open.saveProgress({ q1: "b" }, "resume-1");
    expect(sent).toEqual([
      "GET /api/respond/tok",
      'PUT /api/respond/tok/progress {"answers":{"q1":"a"},"resumeKey":null}',
      'POST /api/respond/tok/submit {"answers":{"q1":"a"},"idempotencyKey":"idem-1","resumeKey":null}',
      "GET /api/respond/open/key?resumeKey=resume-1",
      'PUT /api/respond/open/key/progress {"answers":{"q1":"b"},"resumeKey":"resume-1"}',
    ]);
  });

  it("turns a 422 into AnswerProblemsError with every problem", async () => {
    const body = {
      error: { code: "invalid-answers", message: "answers: 1 answer(s) need attention" },
      problems: [{ path: ["q1"], message: "is required" }],
    };
    const { fetch } = recordingFetch(() => new Response(JSON.stringify(body), { status: 422 }));
    const api = createRespondentApi({ kind: "personal", token: "tok" }, fetch);
    const failure = await api.submit({}, "idem", null).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AnswerProblemsError);
    expect((failure as AnswerProblemsError).problems).toEqual([{ path: ["q1"], message: "is required" }]);
    expect((failure as AnswerProblemsError).message).toBe("answers: 1 answer(s) need attention");
  });

  it("reports an unreachable server as status 0 (which the form retries)", async () => {
    const offline = (async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof globalThis.fetch;
    const failure = await createRespondentApi({ kind: "personal", token: "t" }, offline)
      .open()
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 0, code: "network" });
  });
});
