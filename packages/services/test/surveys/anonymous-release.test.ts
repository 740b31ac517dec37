// Anonymous answers released in shuffled batches (decision 0011), on each dialect. Held answers
// share their transaction id (xmin) with the completion record that names their case - the link
// the release removes, shown first so the xmin check below is known to catch it. Four held answers
// show in no result; a retry of one is "already stored"; the close releases them in one batch
// that no other row shares an xmin with, dated the close day, and vacuums the table. Five open-link
// answers are released as soon as the fifth is stored, and a retry after that stores nothing.
import { testDialects } from "@smartspec/storage/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  closeSurvey,
  listSurveyResponses,
  submitOpenLinkResponse,
  submitResponse,
  surveyResults,
} from "../../src/surveys/index.ts";
import { launchedSurvey } from "./launched-survey.ts";
import { dayMs, type SurveyFixture, slug, surveyFixture } from "./survey-fixture.ts";

/** The fixture's instrument with the settings results read. */
const instrument = {
  settings: { title: "SME needs" },
  pages: [{ name: "p1", elements: [{ type: "text", name: "q1", title: "What do you need?" }] }],
};

/** Every table a submit writes to, but the answers' own. */
const submitTables = [
  "survey_cases",
  "survey_completions",
  "survey_case_events",
  "survey_respondents",
  "survey_anonymous_receipts",
  "survey_mailings",
  "outbox",
] as const;

describe.each(testDialects())("anonymous batches on %s", (dialect) => {
  let fixture: SurveyFixture;
  beforeAll(async () => {
    fixture = await surveyFixture(dialect);
  });
  afterAll(() => fixture?.close());

  const rows = async <Row>(query: ReturnType<typeof sql<Row>>) =>
    (await query.execute(fixture.database.db)).rows;

  /** The xmin of each anonymous answer of `surveyId`, with its dates. */
  const answerRows = (surveyId: string) =>
    rows(sql<{ xmin: string; dates: string; released: boolean; q1: string }>`
      select xmin::text as xmin, concat_ws(' ', started_on, updated_on, completed_on) as dates, released,
        answers->>'q1' as q1
      from survey_anonymous_responses where survey_id = ${surveyId} order by q1`);

  /** How many rows of `table` the transaction `xmin` wrote. */
  const writtenBy = async (table: string, xmin: string) =>
    (
      await rows(
        sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where xmin::text = ${xmin}`,
      )
    )[0]!.n;

  test("four answers are held until the close releases them together, dated the close day, then vacuumed", async () => {
    const { survey, tokens } = await launchedSurvey(fixture, {
      title: "Held",
      anonymity: "anonymous",
      openLink: "anonymous",
      rows: 4,
      instrument,
    });
    const ctx = fixture.ctx;
    const member = { userId: fixture.ownerId, slug, surveyId: survey.id };
    const key = survey.openLinkUrl!.split("/").pop()!;
    const personal = (row: number, idempotencyKey: string) =>
      submitResponse(ctx, { token: tokens.get(row)!, answers: { q1: `row ${row}` }, idempotencyKey });
    const open = (q1: string, idempotencyKey: string) =>
      submitOpenLinkResponse(ctx, { key, answers: { q1 }, idempotencyKey });
    const stored = { status: "stored", completedOn: "2026-03-01" };
    expect(await personal(2, "held-personal-2-000000")).toEqual(stored);
    expect(await personal(3, "held-personal-3-000000")).toEqual(stored);
    // The first open-link submit reads the survey (full path); the second takes one statement.
    expect(await open("open 1", "held-open-1-0000000000")).toEqual(stored);
    expect(await open("open 2", "held-open-2-0000000000")).toEqual(stored);

    // The known limit while held: each personal answer was written with its completion.
    const held = await answerRows(survey.id);
    expect(held.map((r) => [r.q1, r.dates, r.released])).toEqual([
      ["open 1", "2026-03-01 2026-03-01 2026-03-01", false],
      ["open 2", "2026-03-01 2026-03-01 2026-03-01", false],
      ["row 2", "2026-03-01 2026-03-01 2026-03-01", false],
      ["row 3", "2026-03-01 2026-03-01 2026-03-01", false],
    ]);
    for (const row of held.filter((r) => r.q1.startsWith("row"))) {
      expect(await writtenBy("survey_completions", row.xmin)).toBe(1);
    }
    expect(await surveyResults(ctx, member)).toMatchObject({
      responses: 0,
      excluded: 0,
      anonymousHeld: 4,
      anonymousBatchSize: 5,
    });
    expect(await listSurveyResponses(ctx, member)).toEqual([]);
    // Retries of held answers: "already stored"; another key on a completed case: conflict.
    const already = { status: "already-stored", completedOn: "2026-03-01" };
    expect(await personal(2, "held-personal-2-000000")).toEqual(already);
    expect(await open("open 2", "held-open-2-0000000000")).toEqual(already);
    await expect(personal(2, "held-personal-2-another")).rejects.toMatchObject({ code: "conflict" });

    const vacuums = async () =>
      (
        await rows(sql<{ n: number }>`
          select vacuum_count::int as n from pg_stat_user_tables
          where relid = 'survey_anonymous_responses'::regclass`)
      )[0]!.n;
    const vacuumsBefore = await vacuums();
    fixture.clock.advance(3 * dayMs);
    await closeSurvey(ctx, member);
    const released = await answerRows(survey.id);
    expect(released.map((r) => [r.q1, r.dates, r.released])).toEqual([
      ["open 1", "2026-03-04 2026-03-04 2026-03-04", true],
      ["open 2", "2026-03-04 2026-03-04 2026-03-04", true],
      ["row 2", "2026-03-04 2026-03-04 2026-03-04", true],
      ["row 3", "2026-03-04 2026-03-04 2026-03-04", true],
    ]);
    const batch = [...new Set(released.map((r) => r.xmin))];
    expect(batch).toHaveLength(1);
    for (const table of submitTables) expect(await writtenBy(table, batch[0]!), table).toBe(0);
    expect(await vacuums()).toBeGreaterThan(vacuumsBefore);
    expect(await surveyResults(ctx, member)).toMatchObject({
      // The open-link answers are outside the sample's design: released, not estimated.
      responses: 2,
      excluded: 2,
      anonymousHeld: 0,
    });
    expect((await listSurveyResponses(ctx, member)).map((r) => r.answers.q1).sort()).toEqual([
      "open 1",
      "open 2",
      "row 2",
      "row 3",
    ]);
  });

  test("five open-link answers are released when the fifth is stored; a retry after that stores nothing", async () => {
    const { survey } = await launchedSurvey(fixture, {
      title: "Open batch",
      anonymity: "anonymous",
      openLink: "anonymous",
      rows: 1,
      instrument,
    });
    const key = survey.openLinkUrl!.split("/").pop()!;
    const open = (n: number) =>
      submitOpenLinkResponse(fixture.ctx, {
        key,
        answers: { q1: `open ${n}` },
        idempotencyKey: `open-batch-${n}`.padEnd(20, "0"),
      });
    const { completedOn } = await open(1);
    for (const n of [2, 3, 4]) expect(await open(n)).toEqual({ status: "stored", completedOn });
    expect((await answerRows(survey.id)).map((r) => r.released)).toEqual([false, false, false, false]);
    expect(await open(5)).toEqual({ status: "stored", completedOn });
    const released = await answerRows(survey.id);
    expect(released.map((r) => [r.q1, r.released])).toEqual([1, 2, 3, 4, 5].map((n) => [`open ${n}`, true]));
    expect(new Set(released.map((r) => r.xmin)).size).toBe(1);
    for (const table of submitTables) expect(await writtenBy(table, released[0]!.xmin), table).toBe(0);
    expect(await open(3)).toEqual({ status: "already-stored", completedOn });
    expect(await answerRows(survey.id)).toEqual(released);
  });
});
