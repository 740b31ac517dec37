// Split-ballot variants end to end (issue 6): each respondent is assigned a variant when they open
// (identified personal links: from the case id; anonymous surveys and open links: from the resume
// key issued at that open), it is stored with the response, a resumed form and the submit use it,
// answers are checked against it (qa is required of variant A only) and results and the data pack
// carry it. Expected variants are recomputed independently: the first 32 bits of
// SHA-256(seed NUL key) from node:crypto, times the number of variants, over 2^32 (the rule
// assignVariant documents), and checked against the domain's assignVariant too.
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assignVariant, validateInstrument, validateResponse } from "@smartspec/domain";
import {
  findMailingByTokenHash,
  listAnonymousResponses,
  listRespondentIdentities,
  listResponses,
} from "@smartspec/storage";
import { testDialects } from "@smartspec/storage/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readZipDirectory } from "../../src/import/xlsx/zip-directory.ts";
import { readZipEntry } from "../../src/import/xlsx/zip-entry.ts";
import { hashToken } from "../../src/platform/tokens.ts";
import {
  closeSurvey,
  createSurveyContext,
  openByLink,
  openByToken,
  type ResponseValidator,
  type SurveyContext,
  saveOpenLinkProgress,
  saveProgress,
  submitOpenLinkResponse,
  submitResponse,
  surveyDataPack,
  surveyResults,
} from "../../src/surveys/index.ts";
import { launchedSurvey } from "./launched-survey.ts";
import { progressOfFour, type SurveyFixture, slug, surveyFixture } from "./survey-fixture.ts";

const ballot = { variants: ["A", "B"], seed: "sme-ballot-2026" } as const;

const parsed = validateInstrument({
  settings: { title: "Ballot", splitBallot: ballot },
  pages: [
    {
      name: "p1",
      elements: [
        { type: "text", name: "q1", title: "Your sector", required: true },
        {
          type: "single-choice",
          name: "qa",
          title: "Are you aware of the facility?",
          required: true,
          variants: ["A"],
          choices: [
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ],
        },
      ],
    },
  ],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const ballotInstrument = parsed.instrument;

/** The domain's validateResponse with the respondent's variant, as the server's adapter wires it. */
const checkWithVariant: ResponseValidator = (_json, answers, options) => {
  const result = validateResponse(
    ballotInstrument,
    answers,
    options?.variant == null ? {} : { variant: options.variant },
  );
  return result.ok ? { ok: true, answers: { ...result.answers } } : result;
};

/** The reference assignment: floor(first 32 bits of SHA-256(seed NUL key) * n / 2^32). */
function referenceVariant(key: string): string {
  const word = createHash("sha256").update(`${ballot.seed}\u0000${key}`, "utf8").digest().readUInt32BE(0);
  const expected = ballot.variants[Math.floor((word * ballot.variants.length) / 2 ** 32)]!;
  expect(assignVariant(ballot, key)).toBe(expected);
  return expected;
}

const required = (question: string) => ({
  code: "validation",
  field: "answers",
  cause: [expect.objectContaining({ question, code: "required" })],
});

describe.each(testDialects())("split-ballot variants on %s", (dialect) => {
  let fixture: SurveyFixture;
  let ctx: SurveyContext;
  beforeAll(async () => {
    fixture = await surveyFixture(dialect);
    ctx = createSurveyContext(fixture.ctx, {
      validateResponse: checkWithVariant,
      measureProgress: progressOfFour,
    });
  });
  afterAll(() => fixture?.close());

  test("identified: the case id decides; qa is required of A only; stored, resumed, estimated on A's base", async () => {
    const { survey, tokens } = await launchedSurvey(fixture, {
      title: "Ballot identified",
      anonymity: "identified",
      rows: 16,
      instrument: ballotInstrument,
    });
    const db = fixture.database.db;
    const variantOf = new Map<number, string>();
    for (const [row, token] of tokens) {
      const mailing = await findMailingByTokenHash(db, hashToken(token));
      const expected = referenceVariant(mailing!.caseId);
      expect((await openByToken(ctx, { token })).variant, `row ${row}`).toBe(expected);
      variantOf.set(row, expected);
    }
    const rowsOf = (variant: string) => [...variantOf].filter(([, v]) => v === variant).map(([row]) => row);
    const [a, b] = [rowsOf("A"), rowsOf("B")];
    // 16 cases of random ids: both variants occur (all in one has probability 2^-15).
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);

    // A resumed form keeps its variant and answers.
    await saveProgress(ctx, { token: tokens.get(b[0]!)!, answers: { q1: "saved" } });
    expect(await openByToken(ctx, { token: tokens.get(b[0]!)! })).toMatchObject({
      variant: "B",
      answers: { q1: "saved" },
    });

    // A without qa: 422-style validation naming qa; with it, stored. B without qa: stored; B's qa is dropped.
    const submit = (row: number, answers: Record<string, unknown>) =>
      submitResponse(ctx, { token: tokens.get(row)!, answers, idempotencyKey: `ballot-submit-row-${row}` });
    await expect(submit(a[0]!, { q1: "metals" })).rejects.toMatchObject(required("qa"));
    for (const [i, row] of a.entries()) {
      expect(await submit(row, { q1: "metals", qa: i % 2 === 0 ? "yes" : "no" })).toMatchObject({
        status: "stored",
      });
    }
    for (const [i, row] of b.entries()) {
      const answers = i === 0 ? { q1: "food", qa: "yes" } : { q1: "food" };
      expect(await submit(row, answers)).toMatchObject({ status: "stored" });
    }

    // Each stored response carries its case's variant; no B response has an answer to qa.
    const caseOfRespondent = new Map(
      (await listRespondentIdentities(db, survey.id)).map((i) => [i.respondentId, i.caseId]),
    );
    const stored = await listResponses(db, survey.id);
    expect(stored).toHaveLength(16);
    for (const response of stored) {
      const caseId = caseOfRespondent.get(response.respondentId!)!;
      expect(response.variant).toBe(referenceVariant(caseId));
      expect(Object.hasOwn(response.answers, "qa")).toBe(response.variant === "A");
    }

    // Results: qa's base is A's respondents; q1's is everyone.
    const props = { userId: fixture.ownerId, slug, surveyId: survey.id };
    const results = await surveyResults(ctx, props);
    expect(results.variants).toEqual([
      { variant: "A", responses: a.length },
      { variant: "B", responses: b.length },
    ]);
    const qa = results.questions.find((q) => q.name === "qa")!;
    expect(qa.n).toBe(a.length);
    const yes = Math.ceil(a.length / 2);
    expect(qa.categories.map((c) => [c.value, c.n])).toEqual([
      ["yes", yes],
      ["no", a.length - yes],
    ]);
    // A census (design "all"): equal weights, so the share is the count over A's respondents.
    expect(qa.categories[0]!.proportion).toBeCloseTo(yes / a.length, 12);
    expect(results.questions.find((q) => q.name === "q1")!.n).toBe(16);

    // The data pack's codes CSV has a variant column with each response's variant.
    const pack = await surveyDataPack(ctx, props);
    const csv = await packEntry(pack.bytes, "-codes.csv");
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    const columns = header!.split(",");
    const at = columns.indexOf("variant");
    expect(at).toBeGreaterThanOrEqual(0);
    const packVariants = lines.map((line) => line.split(",")[at]!.replace(/"/g, ""));
    expect(packVariants.sort()).toEqual([...variantOf.values()].sort());
  });

  test("anonymous personal links: the variant comes from the resume key issued at open, never the case", async () => {
    const { survey, tokens } = await launchedSurvey(fixture, {
      title: "Ballot anonymous",
      anonymity: "anonymous",
      rows: 3,
      instrument: ballotInstrument,
    });
    const [tokenA, tokenB] = [tokens.get(2)!, tokens.get(3)!];
    const openAs = async (token: string, variant: string) => {
      // Each open without a key issues a new random key; open until it falls in `variant`.
      for (let attempt = 0; attempt < 64; attempt++) {
        const view = await openByToken(ctx, { token });
        expect(view.resumeKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(view.variant).toBe(referenceVariant(view.resumeKey!));
        if (view.variant === variant) return view.resumeKey!;
      }
      throw new Error(`no open was assigned ${variant} in 64 tries`);
    };
    const keyA = await openAs(tokenA, "A");
    const keyB = await openAs(tokenB, "B");
    // The first save keeps the key the open issued, and the resumed form its variant.
    expect(await saveProgress(ctx, { token: tokenA, answers: { q1: "x" }, resumeKey: keyA })).toEqual({
      resumeKey: keyA,
      progress: 0.25,
    });
    expect(await openByToken(ctx, { token: tokenA, resumeKey: keyA })).toMatchObject({
      variant: "A",
      answers: { q1: "x" },
      resumeKey: keyA,
    });
    const submitA = (answers: Record<string, unknown>) =>
      submitResponse(ctx, {
        token: tokenA,
        answers,
        resumeKey: keyA,
        idempotencyKey: "ballot-anonymous-a-01",
      });
    await expect(submitA({ q1: "x" })).rejects.toMatchObject(required("qa"));
    expect(await submitA({ q1: "x", qa: "no" })).toMatchObject({ status: "stored" });
    expect(
      await submitResponse(ctx, {
        token: tokenB,
        answers: { q1: "y" },
        resumeKey: keyB,
        idempotencyKey: "ballot-anonymous-b-01",
      }),
    ).toMatchObject({ status: "stored" });
    // Two answers are held (fewer than a batch); the close releases them, each with its variant.
    expect(await listAnonymousResponses(fixture.database.db, survey.id)).toEqual([]);
    await closeSurvey(ctx, { userId: fixture.ownerId, slug, surveyId: survey.id });
    const rows = await listAnonymousResponses(fixture.database.db, survey.id);
    expect(rows.map((r) => [r.variant, r.answers]).sort()).toEqual([
      ["A", { q1: "x", qa: "no" }],
      ["B", { q1: "y" }],
    ]);
  });

  test("open links: issued key at open, kept through save, resume and submit; no key: assigned and stored", async () => {
    const { survey } = await launchedSurvey(fixture, {
      title: "Ballot open",
      anonymity: "identified",
      openLink: "anonymous",
      rows: 1,
      instrument: ballotInstrument,
    });
    const key = survey.openLinkUrl!.split("/").pop()!;
    const opened = await openByLink(ctx, { key });
    const resumeKey = opened.resumeKey!;
    expect(opened.variant).toBe(referenceVariant(resumeKey));
    expect(await saveOpenLinkProgress(ctx, { key, resumeKey, answers: { q1: "z" } })).toEqual({
      resumeKey,
      progress: 0.25,
    });
    expect(await openByLink(ctx, { key, resumeKey })).toMatchObject({
      variant: opened.variant,
      answers: { q1: "z" },
      resumeKey,
    });
    const answers = opened.variant === "A" ? { q1: "z", qa: "yes" } : { q1: "z" };
    const submitted = await submitOpenLinkResponse(ctx, {
      key,
      resumeKey,
      answers,
      idempotencyKey: "ballot-open-link-0001",
    });
    expect(submitted).toMatchObject({ status: "stored" });
    // A submit without a resume key (an API client that never opened) skips the one-statement fast
    // path: it is assigned a variant from a fresh key, checked against it and stored with it.
    expect(
      await submitOpenLinkResponse(ctx, {
        key,
        answers: { q1: "w", qa: "yes" },
        idempotencyKey: "ballot-open-link-0002",
      }),
    ).toMatchObject({ status: "stored" });
    const stored = await listResponses(fixture.database.db, survey.id);
    expect(stored.map((r) => r.origin)).toEqual(["open-link", "open-link"]);
    const submittedWith = (idempotencyKey: string) =>
      stored.find((r) => r.idempotencyKey === idempotencyKey)!;
    expect(submittedWith("ballot-open-link-0001")).toMatchObject({ variant: opened.variant, answers });
    const keyless = submittedWith("ballot-open-link-0002");
    expect(ballot.variants).toContain(keyless.variant);
    expect(keyless.answers).toEqual(keyless.variant === "A" ? { q1: "w", qa: "yes" } : { q1: "w" });
  });
});

/** The text of the zip entry whose name ends with `suffix`. */
async function packEntry(zip: Uint8Array, suffix: string): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "ballot-pack-")), "pack.zip");
  writeFileSync(path, zip);
  const handle = await open(path);
  try {
    const directory = (await readZipDirectory(handle, zip.length))!;
    const name = [...directory.keys()].find((n) => n.endsWith(suffix));
    if (name === undefined) throw new Error(`no ${suffix} in ${[...directory.keys()].join(", ")}`);
    return (await readZipEntry(handle, directory.get(name)!)).toString("utf8");
  } finally {
    await handle.close();
  }
}
