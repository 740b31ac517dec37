// The submit hot path (issue 6 load goal) keeps the contract of the full path: an open-link submit
// in one statement stores once per idempotency key and never after the survey closes; a personal
// submit refused by a unique constraint (another response's key) writes nothing and leaves the case
// open; a saved response is submitted in place; the live instrument is read once per database.
import { findCompletion } from "@smartspec/storage";
import { testDialects } from "@smartspec/storage/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  closeSurvey,
  saveProgress,
  submitOpenLinkResponse,
  submitResponse,
} from "../../src/surveys/index.ts";
import { cachedInstrumentVersion } from "../../src/surveys/respondent/instrument-cache.ts";
import { launchedSurvey } from "./launched-survey.ts";
import { instrument, type SurveyFixture, slug, surveyFixture } from "./survey-fixture.ts";

describe.each(testDialects())("submit hot path on %s", (dialect) => {
  let fixture: SurveyFixture;
  beforeAll(async () => {
    fixture = await surveyFixture(dialect);
  });
  afterAll(() => fixture?.close());

  const count = async (table: string, surveyId: string) =>
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.table(table)} where survey_id = ${surveyId}`.execute(
        fixture.database.db,
      )
    ).rows[0]?.n;

  test.each([
    ["identified", "survey_responses"],
    ["anonymous", "survey_anonymous_responses"],
  ])(
    "%s open link: once per key, 'already-stored' on a retry, refused once closed",
    async (anonymity, table) => {
      const { survey } = await launchedSurvey(fixture, {
        title: `Open ${anonymity}`,
        anonymity,
        openLink: "anonymous",
        rows: 1,
      });
      const key = /\/s\/open\/([A-Za-z0-9_-]+)$/.exec(survey.openLinkUrl ?? "")?.[1] ?? "";
      const submit = (idempotencyKey: string) =>
        submitOpenLinkResponse(fixture.ctx, { key, answers: { q1: idempotencyKey }, idempotencyKey });
      // The first submit reads the survey (full path); the next ones take one statement.
      expect(await submit("open-submit-0000001")).toEqual({ status: "stored", completedOn: "2026-03-01" });
      expect(await submit("open-submit-0000002")).toEqual({ status: "stored", completedOn: "2026-03-01" });
      expect(await submit("open-submit-0000002")).toEqual({
        status: "already-stored",
        completedOn: "2026-03-01",
      });
      await expect(
        submitOpenLinkResponse(fixture.ctx, { key, answers: {}, idempotencyKey: "open-submit-0000003" }),
      ).rejects.toMatchObject({ code: "validation", field: "answers" });
      await closeSurvey(fixture.ctx, { userId: fixture.ownerId, slug, surveyId: survey.id });
      await expect(submit("open-submit-0000004")).rejects.toMatchObject({
        code: "invalid-token",
        message: "This survey is closed",
      });
      expect(await count(table, survey.id)).toBe(2);
    },
  );

  test("personal link: another response's key is a conflict that leaves the case open; a saved response is submitted in place", async () => {
    const { survey, tokens } = await launchedSurvey(fixture, {
      title: "Personal",
      anonymity: "identified",
      rows: 3,
    });
    const ctx = fixture.ctx;
    const used = "personal-key-000001";
    expect(
      await submitResponse(ctx, { token: tokens.get(2)!, answers: { q1: "a" }, idempotencyKey: used }),
    ).toEqual({ status: "stored", completedOn: "2026-03-01" });
    await expect(
      submitResponse(ctx, { token: tokens.get(3)!, answers: { q1: "b" }, idempotencyKey: used }),
    ).rejects.toMatchObject({
      code: "conflict",
      message: "This idempotency key was already used for another response",
    });
    const cases = await fixture.database.db
      .selectFrom("survey_cases as c")
      .innerJoin("survey_frame_units as u", "u.id", "c.frame_unit_id")
      .select(["c.id", "u.row_number as rowNumber"])
      .where("c.survey_id", "=", survey.id)
      .execute();
    const caseOf = new Map(cases.map((c) => [c.rowNumber, c.id]));
    expect(await findCompletion(fixture.database.db, caseOf.get(3)!)).toBeUndefined();
    await saveProgress(ctx, { token: tokens.get(3)!, answers: { q1: "draft" } });
    expect(
      await submitResponse(ctx, {
        token: tokens.get(3)!,
        answers: { q1: "final" },
        idempotencyKey: "personal-key-000002",
      }),
    ).toEqual({ status: "stored", completedOn: "2026-03-01" });
    const stored = await fixture.database.db
      .selectFrom("survey_responses")
      .select([sql<Record<string, unknown>>`answers`.as("answers"), "progress"])
      .where("survey_id", "=", survey.id)
      .orderBy("started_at")
      .execute();
    expect(stored).toEqual([
      { answers: { q1: "a" }, progress: 1 },
      { answers: { q1: "final" }, progress: 1 },
    ]);
    expect(await findCompletion(fixture.database.db, caseOf.get(3)!)).toBe("2026-03-01");
  });

  test("the live instrument is read once per database and version: the same object every time", async () => {
    const { survey } = await launchedSurvey(fixture, { title: "Cache", anonymity: "identified", rows: 1 });
    const { database } = fixture;
    const first = await cachedInstrumentVersion(database, database.db, survey.id, 1);
    expect(first).toMatchObject({ version: 1, json: instrument });
    expect(await cachedInstrumentVersion(database, database.db, survey.id, 1)).toBe(first);
    expect(await cachedInstrumentVersion(database, database.db, survey.id, 2)).toBeUndefined();
    const other = await fixture.another();
    try {
      const again = await cachedInstrumentVersion(other.ctx.database, other.ctx.database.db, survey.id, 1);
      expect(again).toEqual(first);
      expect(again).not.toBe(first);
    } finally {
      await other.close();
    }
  });
});
