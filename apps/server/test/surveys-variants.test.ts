// Split-ballot variants through the HTTP API (issue 6): the respondent reply names the variant
// (identified personal links: assigned from the case id; open links: from the resume key the open
// issues), a question shown to variant A only is required of A's respondents alone (422 for A when
// missing, 201 for B), a resumed form keeps its variant, and the results count each variant and
// estimate A's question on A's respondents. Expected variants are recomputed independently: the
// first 32 bits of SHA-256(seed NUL key) from node:crypto, times 2, over 2^32 (assignVariant's rule).
import { createHash } from "node:crypto";
import { readOutbox } from "@smartspec/services";
import { findMailingByTokenHash } from "@smartspec/storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "./support/browser.ts";
import { makeTeam, slug, type Team } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";
import { surveysPath, tokenInMail, upload } from "./surveys-fixture.ts";

const ballot = { variants: ["A", "B"], seed: "http-ballot-2026" };

/** aware: everyone, required; facility: variant A only, required. */
const ballotInstrument = {
  title: "Split ballot",
  splitBallot: ballot,
  pages: [
    {
      name: "p1",
      elements: [
        {
          type: "radiogroup",
          name: "aware",
          title: "Are you aware of the facility?",
          isRequired: true,
          choices: [
            { value: "yes", text: "Yes" },
            { value: "no", text: "No" },
          ],
        },
        {
          type: "radiogroup",
          name: "facility",
          title: "Would you use it?",
          isRequired: true,
          variants: ["A"],
          choices: [
            { value: "yes", text: "Yes" },
            { value: "no", text: "No" },
          ],
        },
      ],
    },
  ],
};

/** 24 organisations (rows 2-25), all micro: with random case ids both variants occur but with probability 2^-23. */
const frameCsv = [
  "Name,Email,SIC,Size_Band,Region,Postcode",
  ...Array.from(
    { length: 24 },
    (_, i) => `Org ${i + 2} Ltd,org${i + 2}@example.org,30.30,0-9,North East,NE1 1AA`,
  ),
].join("\n");

function referenceVariant(key: string): string {
  const word = createHash("sha256").update(`${ballot.seed}\u0000${key}`, "utf8").digest().readUInt32BE(0);
  return ballot.variants[Math.floor((word * ballot.variants.length) / 2 ** 32)]!;
}

async function launch(t: TestApp, owner: Browser, ownerId: string, options: Record<string, unknown>) {
  const created = await owner.request("POST", surveysPath, options);
  const path = `${surveysPath}/${created.body.id}`;
  const steps = [
    await owner.request("PUT", `${path}/instrument`, { format: "surveyjs", instrument: ballotInstrument }),
  ];
  const frame = await upload(owner, `${path}/frame?name=SMEs`, frameCsv, "text/csv");
  steps.push(frame);
  steps.push(
    await owner.request("POST", `${path}/sample`, {
      frameId: frame.body.frameId,
      seed: "2026",
      design: { kind: "simple", size: 24 },
    }),
  );
  steps.push(await owner.request("POST", `${path}/launch`));
  steps.push(
    await owner.request("POST", `${path}/invitations`, { subject: options.title, text: "{{link}}" }),
  );
  const failed = steps.find((s) => s.status >= 300);
  if (failed) throw new Error(`${failed.status} ${JSON.stringify(failed.body)}`);
  const tokens: string[] = [];
  for (const mail of await readOutbox(t.platform, { userId: ownerId, slug })) {
    if (mail.subject === options.title) tokens.push(tokenInMail(mail.text));
  }
  const openLinkKey = /\/s\/open\/([A-Za-z0-9_-]+)$/.exec(created.body.openLinkUrl ?? "")?.[1] ?? null;
  return { path, tokens, openLinkKey };
}

describe("split-ballot variants over HTTP", () => {
  let t: TestApp;
  let team: Team;
  beforeAll(async () => {
    t = await testApp();
    team = await makeTeam(t);
  });
  afterAll(() => t.close());

  it("assigns each case its variant, requires A's question of A only, keeps it on resume, counts it in results", async () => {
    const survey = await launch(t, team.browsers.owner, team.people.owner.id, {
      title: "Ballot identified",
      anonymity: "identified",
    });
    const browser = team.browsers.anonymous;
    expect(survey.tokens).toHaveLength(24);
    const byVariant = new Map<string, string[]>([
      ["A", []],
      ["B", []],
    ]);
    for (const token of survey.tokens) {
      const hash = createHash("sha256").update(token).digest("hex");
      const mailing = await findMailingByTokenHash(t.platform.database.db, hash);
      const form = await browser.request("GET", `/api/respond/${token}`);
      expect(form.status).toBe(200);
      expect(form.body.variant).toBe(referenceVariant(mailing!.caseId));
      byVariant.get(form.body.variant)!.push(token);
    }
    const [a, b] = [byVariant.get("A")!, byVariant.get("B")!];
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);

    // A resumed form keeps its variant and answers.
    await browser.request("PUT", `/api/respond/${b[0]}/progress`, { answers: { aware: "no" } });
    expect((await browser.request("GET", `/api/respond/${b[0]}`)).body).toMatchObject({
      variant: "B",
      answers: { aware: "no" },
    });

    const submit = (token: string, answers: Record<string, unknown>) =>
      browser.request("POST", `/api/respond/${token}/submit`, {
        answers,
        idempotencyKey: `variant-${token.slice(0, 20)}`,
      });
    const missing = await submit(a[0]!, { aware: "yes" });
    expect(missing.status).toBe(422);
    expect(missing.body.problems).toEqual([
      { path: ["facility"], code: "required", message: expect.any(String) },
    ]);
    for (const token of a) expect((await submit(token, { aware: "yes", facility: "yes" })).status).toBe(201);
    for (const token of b) expect((await submit(token, { aware: "no" })).status).toBe(201);

    const results = await team.browsers.viewer.request("GET", `${survey.path}/results`);
    expect(results.body.variants).toEqual([
      { variant: "A", responses: a.length },
      { variant: "B", responses: b.length },
    ]);
    const question = (name: string) =>
      results.body.questions.find((q: { name: string }) => q.name === name) as {
        n: number;
        categories: { value: string; n: number; proportion: number }[];
      };
    expect(question("facility").n).toBe(a.length);
    expect(question("facility").categories.map((c) => [c.value, c.n, c.proportion])).toEqual([
      ["yes", a.length, 1],
      ["no", 0, 0],
    ]);
    expect(question("aware").n).toBe(24);
    expect(question("aware").categories.map((c) => c.n)).toEqual([a.length, b.length]);
  });

  it("open links: the open issues the resume key the variant comes from; save, resume and submit keep it", async () => {
    const survey = await launch(t, team.browsers.owner, team.people.owner.id, {
      title: "Ballot open",
      anonymity: "anonymous",
      openLink: true,
    });
    const browser = team.browsers.anonymous;
    const base = `/api/respond/open/${survey.openLinkKey}`;
    const form = await browser.request("GET", base);
    const resumeKey = form.body.resumeKey as string;
    expect(resumeKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(form.body.variant).toBe(referenceVariant(resumeKey));
    const saved = await browser.request("PUT", `${base}/progress`, { answers: { aware: "yes" }, resumeKey });
    expect(saved.body.resumeKey).toBe(resumeKey);
    const resumed = await browser.request("GET", `${base}?resumeKey=${resumeKey}`);
    expect(resumed.body).toMatchObject({ variant: form.body.variant, answers: { aware: "yes" }, resumeKey });
    const answers = form.body.variant === "A" ? { aware: "yes", facility: "no" } : { aware: "yes" };
    const submitted = await browser.request("POST", `${base}/submit`, {
      answers,
      resumeKey,
      idempotencyKey: "variant-open-link-0001",
    });
    expect(submitted.status).toBe(201);
    // The one anonymous answer is held until the close releases it (decision 0011).
    expect((await team.browsers.owner.request("POST", `${survey.path}/close`)).status).toBe(200);
    const responses = await team.browsers.viewer.request("GET", `${survey.path}/responses`);
    expect(responses.body.map((r: { answers: unknown }) => r.answers)).toEqual([answers]);
  });
});
