// Conformance of the survey repositories (migration 0003) on every dialect under test. Expected
// values are written out by hand from what each test inserts.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  claimDueReminderWaves,
  findAnonymousResponseByResumeKey,
  findCompletion,
  findInstrumentVersion,
  findMailingByTokenHash,
  insertAnonymousResponse,
  insertCompletion,
  insertFrame,
  insertInstrumentVersion,
  insertMailing,
  insertSurvey,
  insertWorkspace,
  listCases,
  listCasesToMail,
  listFrameUnits,
  markReminderWaveEnqueued,
  replaceSample,
  upsertReminderWave,
  withTransaction,
} from "../src/index.ts";
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
