// Conformance of the survey repositories (migration 0003) on every dialect under test. Expected
// values are written out by hand from what each test inserts.

import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  type CaseSubmission,
  claimDueReminderWaves,
  countHeldAnonymousResponses,
  ensureCaseRespondent,
  findAnonymousResponseByResumeKey,
  findCompletion,
  findInstrumentVersion,
  findMailingByTokenHash,
  findSubmitTarget,
  hasAnonymousReceipt,
  insertAnonymousReceipt,
  insertAnonymousResponse,
  insertCompletion,
  insertFrame,
  insertInstrumentVersion,
  insertMailing,
  insertOpenLinkSubmission,
  insertResponse,
  insertSurvey,
  insertWorkspace,
  listAnonymousResponses,
  listCases,
  listCasesToMail,
  listFrameUnits,
  markReminderWaveEnqueued,
  releaseAnonymousResponses,
  replaceSample,
  submitCaseResponse,
  upsertReminderWave,
  withTransaction,
} from "../src/index.ts";
import { sqlStatement } from "../src/repositories/survey-sql-statement.ts";
import { type TestDatabase, testDatabase, testDialects } from "../src/testing.ts";

const at = new Date("2026-04-01T08:30:00.000Z");

describe.each(testDialects())("survey repositories on %s", (dialect) => {
  let database: TestDatabase;
  let surveyId: string;
  let caseIds: string[];
  beforeAll(async () => {
    database = await testDatabase(dialect);
    const workspace = (await insertWorkspace(database.db, { slug: "surveys", name: "Surveys" }))!;
    const survey = await insertSurvey(database.db, {
      workspaceId: workspace.id,
      title: "T",
      anonymity: "anonymous",
      openLink: "off",
      openLinkKey: null,
      partialThreshold: 0.5,
      invitationValidityDays: 30,
      createdBy: null,
      createdAt: at,
    });
    surveyId = survey.id;
    const unit = (rowNumber: number) => ({
      rowNumber,
      organisationName: `Org ${rowNumber}`,
      email: `o${rowNumber}@example.org`,
      sicCode: null,
      sizeBand: null,
      region: null,
      postcode: null,
      stratum: rowNumber % 2 === 0 ? "even" : "odd",
      eligibility: "unknown",
      extra: { source: "test" },
      normalisedEmail: `o${rowNumber}@example.org`,
      normalisedName: `org ${rowNumber}`,
    });
    const frameId = await insertFrame(database.db, { surveyId, name: "f", createdAt: at }, [
      unit(2),
      unit(3),
      unit(4),
    ]);
    const units = await listFrameUnits(database.db, frameId);
    expect(units.map((u) => [u.rowNumber, u.stratum, u.extra])).toEqual([
      [2, "even", { source: "test" }],
      [3, "odd", { source: "test" }],
      [4, "even", { source: "test" }],
    ]);
    await replaceSample(
      database.db,
      {
        surveyId,
        frameId,
        design: "all",
        allocation: null,
        seed: "s",
        requestedSize: 3,
        strata: [],
        createdAt: at,
      },
      units.map((u) => ({ unitId: u.id, stratum: u.stratum })),
    );
    caseIds = (await listCases(database.db, surveyId)).map((c) => c.id);
  });
  afterAll(() => database?.close());

  test("instrument versions: numbered 1, 2; the same hash returns its version", async () => {
    const save = (hash: string) =>
      insertInstrumentVersion(database.db, { surveyId, hash, instrument: { h: hash }, createdAt: at });
    expect(await save("a")).toEqual({ version: 1, created: true });
    expect(await save("b")).toEqual({ version: 2, created: true });
    expect(await save("a")).toEqual({ version: 1, created: false });
    expect(await findInstrumentVersion(database.db, surveyId)).toMatchObject({
      version: 2,
      instrument: { h: "b" },
    });
  });

  test("one mailing per case and wave; found by its token hash", async () => {
    const mailing = {
      caseId: caseIds[0]!,
      wave: 0,
      surveyId,
      tokenHash: "hash-0",
      expiresAt: at,
      createdAt: at,
    };
    expect(await insertMailing(database.db, mailing)).toBe(true);
    expect(await insertMailing(database.db, { ...mailing, tokenHash: "hash-0-again" })).toBe(false);
    expect(await findMailingByTokenHash(database.db, "hash-0")).toMatchObject({
      caseId: caseIds[0],
      wave: 0,
      expiresAt: at,
    });
    expect(await findMailingByTokenHash(database.db, "hash-0-again")).toBeUndefined();
    expect((await listCasesToMail(database.db, surveyId, 0)).map((c) => c.rowNumber)).toEqual([3, 4]);
    expect((await listCasesToMail(database.db, surveyId, 1)).map((c) => c.rowNumber)).toEqual([2]);
  });

  test("completions once per case, read back as a day", async () => {
    expect(
      await insertCompletion(database.db, { caseId: caseIds[1]!, surveyId, completedOn: "2026-04-01" }),
    ).toBe(true);
    expect(
      await insertCompletion(database.db, { caseId: caseIds[1]!, surveyId, completedOn: "2026-04-02" }),
    ).toBe(false);
    expect(await findCompletion(database.db, caseIds[1]!)).toBe("2026-04-01");
  });

  test("anonymous responses: an idempotency key stores once; dates read as YYYY-MM-DD", async () => {
    const response = {
      surveyId,
      origin: "invitation" as const,
      instrumentVersion: 1,
      answers: { q1: "x" },
      resumeKeyHash: "resume-1",
      idempotencyKey: "idem-1",
      on: "2026-04-01",
      completed: true,
    };
    expect(await insertAnonymousResponse(database.db, response)).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      await insertAnonymousResponse(database.db, { ...response, resumeKeyHash: "resume-2" }),
    ).toBeUndefined();
    expect(await findAnonymousResponseByResumeKey(database.db, surveyId, "resume-1")).toMatchObject({
      answers: { q1: "x" },
      startedOn: "2026-04-01",
      completedOn: "2026-04-01",
    });
  });

  test("reminder waves: rescheduled until sent, then fixed; a claimed wave is skipped by a second claimer", async () => {
    const wave = { surveyId, wave: 1, dueAt: at, subject: "s", text: "{{link}}" };
    await upsertReminderWave(database.db, wave);
    expect(await upsertReminderWave(database.db, { ...wave, subject: "s2" })).toMatchObject({
      subject: "s2",
      enqueuedAt: null,
    });
    // Only live surveys' waves are due.
    expect(await claimDueReminderWaves(database.db, at, 5)).toEqual([]);
    await database.db
      .updateTable("surveys")
      .set({ status: "live", live_version: 2 })
      .where("id", "=", surveyId)
      .execute();
    if (dialect === "postgres") {
      const other = await database.openAnother();
      try {
        await withTransaction(database, async (trx) => {
          expect((await claimDueReminderWaves(trx, at, 5)).map((w) => w.wave)).toEqual([1]);
          expect(await withTransaction(other, (trx2) => claimDueReminderWaves(trx2, at, 5))).toEqual([]);
        });
      } finally {
        await other.close();
      }
    }
    await markReminderWaveEnqueued(database.db, surveyId, 1, at, 7);
    expect(await claimDueReminderWaves(database.db, at, 5)).toEqual([]);
    expect(await upsertReminderWave(database.db, { ...wave, subject: "too late" })).toMatchObject({
      subject: "s2",
      mailCount: 7,
    });
  });
});

test("sqlStatement numbers named parameters in order of first use; casts are not parameters", () => {
  expect(sqlStatement("select :b::int + :a, :b::text")).toEqual({
    sql: "select $1::int + $2, $1::text",
    names: ["b", "a"],
  });
});

// The submit hot path (survey-submissions.ts): one read, one statement, on each dialect.
describe.each(testDialects())("survey submissions on %s", (dialect) => {
  let database: TestDatabase;
  /** Per anonymity: the live survey and its three cases (frame rows 2, 3, 4), token hashes "<mode>-2" ... */
  const surveys = new Map<string, { readonly surveyId: string; readonly caseIds: string[] }>();
  beforeAll(async () => {
    database = await testDatabase(dialect);
    const db = database.db;
    const workspace = (await insertWorkspace(db, { slug: "submits", name: "Submits" }))!;
    for (const anonymity of ["identified", "anonymous"]) {
      const survey = await insertSurvey(db, {
        workspaceId: workspace.id,
        title: anonymity,
        anonymity,
        openLink: "anonymous",
        openLinkKey: `open-key-${anonymity}`,
        partialThreshold: 0.5,
        invitationValidityDays: 30,
        createdBy: null,
        createdAt: at,
      });
      const rows = [2, 3, 4].map((rowNumber) => ({
        rowNumber,
        organisationName: `Org ${rowNumber}`,
        email: `o${rowNumber}@example.org`,
        sicCode: null,
        sizeBand: null,
        region: null,
        postcode: null,
        stratum: "all",
        eligibility: "unknown",
        extra: {},
        normalisedEmail: `o${rowNumber}@example.org`,
        normalisedName: `org ${rowNumber}`,
      }));
      const frameId = await insertFrame(db, { surveyId: survey.id, name: "f", createdAt: at }, rows);
      const units = await listFrameUnits(db, frameId);
      const sample = {
        surveyId: survey.id,
        frameId,
        design: "all",
        allocation: null,
        seed: "s",
        requestedSize: 3,
        strata: [],
        createdAt: at,
      };
      await replaceSample(
        db,
        sample,
        units.map((u) => ({ unitId: u.id, stratum: u.stratum })),
      );
      const caseIds = (await listCases(db, survey.id)).map((c) => c.id);
      for (const [i, caseId] of caseIds.entries()) {
        const expiresAt = new Date("2026-05-01T00:00:00.000Z");
        const mailing = { caseId, wave: 0, surveyId: survey.id, expiresAt, createdAt: at };
        await insertMailing(db, { ...mailing, tokenHash: `${anonymity}-${i + 2}` });
      }
      await db
        .updateTable("surveys")
        .set({ status: "live", live_version: 1 })
        .where("id", "=", survey.id)
        .execute();
      surveys.set(anonymity, { surveyId: survey.id, caseIds });
    }
  });
  afterAll(() => database?.close());

  const count = async (table: string, surveyId: string, where = sql`true`) =>
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.table(table)} where survey_id = ${surveyId} and ${where}`.execute(
        database.db,
      )
    ).rows[0]?.n;

  const submission = (
    surveyId: string,
    caseId: string,
    target: CaseSubmission["target"],
    idempotencyKey: string,
  ): CaseSubmission => ({
    surveyId,
    caseId,
    instrumentVersion: 1,
    answersJson: JSON.stringify({ q1: idempotencyKey }),
    idempotencyKey,
    at,
    completedOn: "2026-04-01",
    eventAt: at,
    target,
  });

  test("findSubmitTarget: unknown hash undefined; a fresh case has no completion, respondent or response", async () => {
    const { surveyId, caseIds } = surveys.get("identified")!;
    expect(await findSubmitTarget(database.db, "no-such-hash")).toBeUndefined();
    expect(await findSubmitTarget(database.db, "identified-2")).toEqual({
      survey: { id: surveyId, status: "live", anonymity: "identified", liveVersion: 1 },
      caseId: caseIds[0],
      expiresAt: new Date("2026-05-01T00:00:00.000Z"),
      completedOn: null,
      respondentId: null,
      response: null,
    });
  });

  test("identified: one statement writes respondent, response, completion and event; a second writes nothing", async () => {
    const { surveyId, caseIds } = surveys.get("identified")!;
    const target = { table: "identified" as const, respondentId: null, updateId: null };
    expect(await submitCaseResponse(database.db, submission(surveyId, caseIds[0]!, target, "key-a"))).toEqual(
      {
        completed: true,
        stored: true,
      },
    );
    const after = await findSubmitTarget(database.db, "identified-2");
    expect(after).toMatchObject({ completedOn: "2026-04-01", response: { completed: true } });
    expect(after?.respondentId).toMatch(/^[0-9a-f-]{36}$/);
    // A concurrent submit that read before the first wrote: the completion refuses it.
    expect(await submitCaseResponse(database.db, submission(surveyId, caseIds[0]!, target, "key-b"))).toEqual(
      {
        completed: false,
        stored: false,
      },
    );
    expect(await count("survey_responses", surveyId)).toBe(1);
    expect(await count("survey_respondents", surveyId)).toBe(1);
    expect(await count("survey_completions", surveyId)).toBe(1);
    expect(await count("survey_case_events", surveyId, sql`kind = 'completed'`)).toBe(1);
  });

  test("identified: a response saved after the read makes the insert a duplicate (nothing written); the update submits it", async () => {
    const { surveyId, caseIds } = surveys.get("identified")!;
    const caseId = caseIds[1]!;
    const respondentId = await ensureCaseRespondent(database.db, { surveyId, caseId, at });
    const savedId = await insertResponse(database.db, {
      surveyId,
      respondentId,
      origin: "invitation",
      instrumentVersion: 1,
      answers: { q1: "saved" },
      progress: 0.5,
      resumeKeyHash: null,
      idempotencyKey: null,
      at,
      completed: false,
    });
    const stale = { table: "identified" as const, respondentId, updateId: null };
    expect(await submitCaseResponse(database.db, submission(surveyId, caseId, stale, "key-c"))).toBe(
      "duplicate",
    );
    expect(await findCompletion(database.db, caseId)).toBeUndefined();
    const update = { table: "identified" as const, respondentId, updateId: savedId! };
    expect(await submitCaseResponse(database.db, submission(surveyId, caseId, update, "key-c"))).toEqual({
      completed: true,
      stored: true,
    });
    expect(await findSubmitTarget(database.db, "identified-3")).toMatchObject({
      respondentId,
      response: { id: savedId, completed: true },
      completedOn: "2026-04-01",
    });
    // The idempotency key of another response: refused as a duplicate, the case left open.
    const third = { table: "identified" as const, respondentId: null, updateId: null };
    expect(await submitCaseResponse(database.db, submission(surveyId, caseIds[2]!, third, "key-c"))).toBe(
      "duplicate",
    );
    expect(await findCompletion(database.db, caseIds[2]!)).toBeUndefined();
  });

  test("anonymous: the answers go to the anonymous table (dates only), the completion and event to the case", async () => {
    const { surveyId, caseIds } = surveys.get("anonymous")!;
    const target = { table: "anonymous" as const, updateId: null };
    expect(
      await submitCaseResponse(database.db, submission(surveyId, caseIds[0]!, target, "anon-a")),
    ).toEqual({
      completed: true,
      stored: true,
    });
    expect(
      await submitCaseResponse(database.db, submission(surveyId, caseIds[0]!, target, "anon-b")),
    ).toEqual({
      completed: false,
      stored: false,
    });
    expect(await count("survey_anonymous_responses", surveyId, sql`completed_on = '2026-04-01'`)).toBe(1);
    expect(await count("survey_respondents", surveyId)).toBe(0);
    expect(await findCompletion(database.db, caseIds[0]!)).toBe("2026-04-01");
  });

  test("open link: stored once per key, and only while the survey is live as it was read", async () => {
    for (const [anonymity, table] of [
      ["identified", "survey_responses"],
      ["anonymous", "survey_anonymous_responses"],
    ] as const) {
      const { surveyId } = surveys.get(anonymity)!;
      const survey = {
        id: surveyId,
        anonymity,
        openLink: "anonymous",
        openLinkKey: `open-key-${anonymity}`,
        liveVersion: 1,
      };
      const open = (key: string, read = survey) =>
        insertOpenLinkSubmission(database.db, {
          survey: read,
          answersJson: JSON.stringify({ q1: key }),
          idempotencyKey: key,
          at,
          on: "2026-04-01",
        });
      expect(await open("open-1")).toBe(true);
      expect(await open("open-1")).toBe(false);
      expect(await open("open-2", { ...survey, liveVersion: 2 })).toBe(false);
      expect(await open("open-2", { ...survey, openLink: "self-identified" })).toBe(false);
      expect(await count(table, surveyId, sql`origin = 'open-link'`)).toBe(1);
    }
    const { surveyId } = surveys.get("identified")!;
    await database.db.updateTable("surveys").set({ status: "closed" }).where("id", "=", surveyId).execute();
    expect(
      await insertOpenLinkSubmission(database.db, {
        survey: {
          id: surveyId,
          anonymity: "identified",
          openLink: "anonymous",
          openLinkKey: "open-key-identified",
          liveVersion: 1,
        },
        answersJson: "{}",
        idempotencyKey: "open-3",
        at,
        on: "2026-04-01",
      }),
    ).toBe(false);
  });

  test("anonymous release: none below the minimum while live, then all at once, rewritten; any number once closed", async () => {
    const { surveyId } = surveys.get("anonymous")!;
    const db = database.db;
    const live = {
      id: surveyId,
      anonymity: "anonymous",
      openLink: "anonymous",
      openLinkKey: "open-key-anonymous",
      liveVersion: 1,
    };
    const open = (key: string) =>
      insertOpenLinkSubmission(db, {
        survey: live,
        answersJson: JSON.stringify({ q1: key }),
        idempotencyKey: key,
        at,
        on: "2026-04-01",
      });
    // Answers the earlier tests stored go first, whatever their number (minimum 1).
    await releaseAnonymousResponses(db, { surveyId, on: "2026-04-02", minimum: 1 });
    expect(await countHeldAnonymousResponses(db, surveyId)).toBe(0);
    const before = new Set((await listAnonymousResponses(db, surveyId)).map((r) => r.id));
    for (const key of ["release-1", "release-2", "release-3", "release-4"])
      expect(await open(key)).toBe(true);
    const heldIds = (
      await sql<{
        id: string;
      }>`select id::text from survey_anonymous_responses where survey_id = ${surveyId} and not released`.execute(
        db,
      )
    ).rows.map((r) => r.id);
    expect(heldIds).toHaveLength(4);
    expect(await releaseAnonymousResponses(db, { surveyId, on: "2026-04-09", minimum: 5 })).toBe(0);
    expect(await countHeldAnonymousResponses(db, surveyId)).toBe(4);
    expect(await open("release-5")).toBe(true);
    expect(await releaseAnonymousResponses(db, { surveyId, on: "2026-04-09", minimum: 5 })).toBe(5);
    expect(await countHeldAnonymousResponses(db, surveyId)).toBe(0);
    const batch = (await listAnonymousResponses(db, surveyId)).filter((r) => !before.has(r.id));
    expect(batch.map((r) => r.answers.q1).sort()).toEqual([
      "release-1",
      "release-2",
      "release-3",
      "release-4",
      "release-5",
    ]);
    for (const r of batch) {
      expect(r).toMatchObject({
        idempotencyKey: null,
        startedOn: "2026-04-09",
        updatedOn: "2026-04-09",
        completedOn: "2026-04-09",
      });
      expect(heldIds).not.toContain(r.id);
    }
    const xmins = await sql<{ xmin: string }>`
      select distinct xmin::text as xmin from survey_anonymous_responses
      where survey_id = ${surveyId} and answers->>'q1' like 'release-%'`.execute(db);
    expect(xmins.rows).toHaveLength(1);
    // The receipts outlive the keys: a key is known after the release, and refused a second time.
    expect(await hasAnonymousReceipt(db, surveyId, "release-3")).toBe(true);
    expect(await hasAnonymousReceipt(db, surveyId, "release-6")).toBe(false);
    expect(await open("release-3")).toBe(false);
    expect(await insertAnonymousReceipt(db, surveyId, "release-3")).toBe(false);
    expect(await insertAnonymousReceipt(db, surveyId, "release-6")).toBe(true);
    // Closed: the one held answer is released alone.
    expect(await open("release-7")).toBe(true);
    await db.updateTable("surveys").set({ status: "closed" }).where("id", "=", surveyId).execute();
    expect(await releaseAnonymousResponses(db, { surveyId, on: "2026-04-10", minimum: 5 })).toBe(1);
    expect(await countHeldAnonymousResponses(db, surveyId)).toBe(0);
  });
});
