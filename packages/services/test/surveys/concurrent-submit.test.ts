// Idempotent submit under concurrent retries: six copies of one submit (same idempotency key),
// three on each of two connections, store exactly one response, one completion and one event.
// Anonymous batches under racing submits: twelve cases submit at once, each twice, on two
// connections; the releases that follow (one per stored answer) neither lose nor repeat an answer,
// and every batch they release holds at least five.

import { testDialects } from "@smartspec/storage/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { anonymousBatchSize, closeSurvey, submitResponse } from "../../src/surveys/index.ts";
import { launchedSurvey } from "./launched-survey.ts";
import { type SurveyFixture, slug, surveyFixture } from "./survey-fixture.ts";

describe.each(testDialects())("concurrent submit retries on %s", (dialect) => {
  let fixture: SurveyFixture;
  beforeAll(async () => {
    fixture = await surveyFixture(dialect);
  });
  afterAll(() => fixture?.close());

  test.each(["identified", "anonymous"])(
    "%s: one stored, five acknowledged as already stored",
    async (anonymity) => {
      const { survey, tokens } = await launchedSurvey(fixture, {
        title: `Retry ${anonymity}`,
        anonymity,
        rows: 2,
      });
      const other = await fixture.another();
      try {
        const submit = (ctx: typeof fixture.ctx) =>
          submitResponse(ctx, {
            token: tokens.get(2)!,
            answers: { q1: "yes" },
            idempotencyKey: "b3f1c9e2-7a4d-4c1e-9f00-5a6b7c8d9e0f",
          });
        const results = await Promise.all(
          [fixture.ctx, other.ctx, fixture.ctx, other.ctx, fixture.ctx, other.ctx].map(submit),
        );
        expect(results.map((r) => r.status).sort()).toEqual([
          "already-stored",
          "already-stored",
          "already-stored",
          "already-stored",
          "already-stored",
          "stored",
        ]);
      } finally {
        await other.close();
      }
      const db = fixture.database.db;
      const table = anonymity === "anonymous" ? "survey_anonymous_responses" : "survey_responses";
      const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
        (await query.execute(db)).rows[0]?.n;
      expect(
        await count(
          sql<{
            n: number;
          }>`select count(*)::int as n from ${sql.table(table)} where survey_id = ${survey.id}`,
        ),
      ).toBe(1);
      expect(
        await count(
          sql<{
            n: number;
          }>`select count(*)::int as n from survey_completions where survey_id = ${survey.id}`,
        ),
      ).toBe(1);
      expect(
        await count(
          sql<{
            n: number;
          }>`select count(*)::int as n from survey_case_events where survey_id = ${survey.id} and kind = 'completed'`,
        ),
      ).toBe(1);
    },
  );

  test("anonymous: racing submits release every answer once, in batches of at least five", async () => {
    const { survey, tokens } = await launchedSurvey(fixture, {
      title: "Racing",
      anonymity: "anonymous",
      rows: 12,
    });
    expect(tokens.size).toBe(12);
    const other = await fixture.another();
    let results: string[];
    try {
      const calls = [...tokens].flatMap(([row, token]) =>
        [fixture.ctx, other.ctx].map((ctx) =>
          submitResponse(ctx, {
            token,
            answers: { q1: `row ${row}` },
            idempotencyKey: `racing-row-${row}`.padEnd(20, "0"),
          }),
        ),
      );
      results = (await Promise.all(calls)).map((r) => r.status);
    } finally {
      await other.close();
    }
    expect(results.filter((s) => s === "stored")).toHaveLength(12);
    expect(results.filter((s) => s === "already-stored")).toHaveLength(12);
    const answers = async () =>
      (
        await sql<{ q1: string; released: boolean; xmin: string }>`
          select answers->>'q1' as q1, released, xmin::text as xmin from survey_anonymous_responses
          where survey_id = ${survey.id}`.execute(fixture.database.db)
      ).rows;
    const rowNames = [...tokens.keys()].map((row) => `row ${row}`).sort();
    const racing = await answers();
    expect(racing.map((a) => a.q1).sort()).toEqual(rowNames);
    const batches = new Map<string, number>();
    for (const a of racing.filter((r) => r.released)) batches.set(a.xmin, (batches.get(a.xmin) ?? 0) + 1);
    for (const size of batches.values()) expect(size).toBeGreaterThanOrEqual(anonymousBatchSize);
    // The last release to run saw every stored answer: fewer than a batch can be left held.
    expect(racing.filter((r) => !r.released).length).toBeLessThan(anonymousBatchSize);
    expect(fixture.logLines.filter((line) => line.includes("-failed"))).toEqual([]);
    await closeSurvey(fixture.ctx, { userId: fixture.ownerId, slug, surveyId: survey.id });
    const closed = await answers();
    expect(closed.map((a) => a.q1).sort()).toEqual(rowNames);
    expect(closed.every((a) => a.released)).toBe(true);
  });
});
