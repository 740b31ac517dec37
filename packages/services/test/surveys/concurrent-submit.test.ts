// Idempotent submit under concurrent retries: six copies of one submit (same idempotency key),
// three on each of two connections, store exactly one response, one completion and one event.

import { testDialects } from "@smartspec/storage/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { submitResponse } from "../../src/surveys/index.ts";
import { launchedSurvey } from "./launched-survey.ts";
import { type SurveyFixture, surveyFixture } from "./survey-fixture.ts";

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
});
