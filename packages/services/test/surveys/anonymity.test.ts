// Anonymity modes. Anonymous: every column of every survey table is listed from the catalogue, and
// no value of an anonymous response (id, resume key hash, idempotency key) appears in any other
// survey table or the outbox; the table has no case, respondent, token or email column, no
// timestamp (dates only) and no foreign key but its survey; respondent events are kept to the day;
// log lines and the response listing carry no token, hash or email. Answers are held until five
// can be released together (decision 0011): the release rewrites them with new ids, the release
// day and no keys, in one transaction whose id (xmin) no other row of any survey table shares.
// Confidential: identities are an owner-only read. Identified: members see who answered.
import { createHash } from "node:crypto";
import { insertMembership, insertUser, listAllMail } from "@smartspec/storage";
import { testDialects } from "@smartspec/storage/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  addCode,
  adjudicateAnswer,
  codeAnswer,
  codingSheet,
  listRespondentIdentitiesForOwner,
  listSurveyResponses,
  openByLink,
  openByToken,
  revealCodes,
  saveOpenLinkProgress,
  saveProgress,
  submitOpenLinkResponse,
  submitResponse,
  surveyResults,
} from "../../src/surveys/index.ts";
import { launchedSurvey } from "./launched-survey.ts";
import { dayMs, type SurveyFixture, slug, surveyFixture } from "./survey-fixture.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The fixture's instrument with the settings results read. */
const instrument = {
  settings: { title: "SME needs" },
  pages: [{ name: "p1", elements: [{ type: "text", name: "q1", title: "What do you need?" }] }],
};

describe.each(testDialects())("anonymity modes on %s", (dialect) => {
  let fixture: SurveyFixture;
  beforeAll(async () => {
    fixture = await surveyFixture(dialect);
  });
  afterAll(() => fixture?.close());

  test("anonymous: no response can be joined to a case, invitation, frame unit or email", async () => {
    const { survey, tokens } = await launchedSurvey(fixture, {
      title: "Anonymous",
      anonymity: "anonymous",
      openLink: "anonymous",
      rows: 6,
      instrument,
    });
    const ctx = fixture.ctx;
    fixture.clock.advance(dayMs + 3_723_000); // 2026-03-02T10:02:03Z: not midnight.
    const secrets: string[] = [...tokens.values()];
    // Row 2: save, resume with the key, submit. Row 3: submit at once. Row 4: half done.
    const saved = await saveProgress(ctx, { token: tokens.get(2)!, answers: { q1: "a" } });
    expect(saved.resumeKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    secrets.push(saved.resumeKey!);
    expect(await openByToken(ctx, { token: tokens.get(2)!, resumeKey: saved.resumeKey })).toMatchObject({
      answers: { q1: "a" },
      resumeKey: saved.resumeKey,
      anonymity: "anonymous",
    });
    expect((await openByToken(ctx, { token: tokens.get(2)! })).answers).toEqual({});
    const keys = [
      "anon-submit-row2-000000",
      "anon-submit-row3-000000",
      "anon-open-link-0000000",
      "anon-submit-row5-000000",
      "anon-submit-row6-000000",
    ];
    await submitResponse(ctx, {
      token: tokens.get(2)!,
      answers: { q1: "a", q2: "b" },
      resumeKey: saved.resumeKey,
      idempotencyKey: keys[0]!,
    });
    await submitResponse(ctx, { token: tokens.get(3)!, answers: { q1: "c" }, idempotencyKey: keys[1]! });
    const half = await saveProgress(ctx, { token: tokens.get(4)!, answers: { q1: 1, q2: 2 } });
    secrets.push(half.resumeKey!);
    // The open link, anonymous too.
    const key = survey.openLinkUrl!.split("/").pop()!;
    expect((await openByLink(ctx, { key })).answers).toEqual({});
    const open = await saveOpenLinkProgress(ctx, { key, answers: { q1: "o" } });
    secrets.push(open.resumeKey!);
    expect(
      await submitOpenLinkResponse(ctx, {
        key,
        resumeKey: open.resumeKey,
        answers: { q1: "o" },
        idempotencyKey: keys[2]!,
      }),
    ).toEqual({
      status: "stored",
      completedOn: "2026-03-02",
    });

    // Three answers are stored and held: no listing, result or coding sheet shows them yet.
    const db = fixture.database.db;
    const member = { userId: fixture.ownerId, slug, surveyId: survey.id };
    const coding = { ...member, field: "q1" };
    expect(await listSurveyResponses(ctx, member)).toEqual([]);
    expect(await surveyResults(ctx, member)).toMatchObject({
      responses: 0,
      excluded: 0,
      anonymousHeld: 3,
      anonymousBatchSize: 5,
    });
    const code = await addCode(ctx, { ...coding, label: "Letter" });
    expect((await codingSheet(ctx, coding)).answers).toEqual([]);
    const held = (
      await sql<{ id: string; resume_key_hash: string | null }>`
        select id::text, resume_key_hash from survey_anonymous_responses
        where survey_id = ${survey.id} and completed_on is not null`.execute(db)
    ).rows;
    // 3 ids, 2 resume key hashes (row 2 and the open link): none may survive the release.
    const heldValues = held.flatMap((r) => [r.id, r.resume_key_hash]).filter((v): v is string => v !== null);
    expect(heldValues).toHaveLength(3 + 2);
    // The next day rows 5 and 6 submit: five are held, and released together, dated that day.
    fixture.clock.advance(dayMs);
    for (const [row, answer] of [
      [5, "d"],
      [6, "e"],
    ] as const) {
      expect(
        await submitResponse(ctx, {
          token: tokens.get(row)!,
          answers: { q1: answer },
          idempotencyKey: keys[row - 2]!,
        }),
      ).toEqual({ status: "stored", completedOn: "2026-03-03" });
    }
    expect(await surveyResults(ctx, member)).toMatchObject({
      // The open-link answer is outside the sample's design: released, but not estimated.
      responses: 4,
      excluded: 1,
      anonymousHeld: 0,
    });
    // A retry after the release is still told its answer was stored, and stores nothing more.
    expect(
      await submitResponse(ctx, {
        token: tokens.get(3)!,
        answers: { q1: "c" },
        idempotencyKey: keys[1]!,
      }),
    ).toEqual({ status: "already-stored", completedOn: "2026-03-02" });

    // Open-text coding of an anonymous answer: codes name the answer row, and nothing else.
    const sheet = await codingSheet(ctx, coding);
    expect(sheet.answers.map((a) => a.text).sort()).toEqual(["a", "c", "d", "e", "o"]);
    const coded = sheet.answers[0]!.responseId;
    await codeAnswer(ctx, { ...coding, responseId: coded, codeIds: [code.id] });
    await revealCodes(ctx, coding);
    await adjudicateAnswer(ctx, { ...coding, responseId: coded, codeIds: [code.id] });

    const columns = (
      await sql<{ table_name: string; column_name: string; data_type: string }>`
        select table_name, column_name, data_type from information_schema.columns
        where table_schema = ${fixture.database.schema} and (table_name like 'survey%' or table_name = 'outbox')
        order by table_name collate "C", ordinal_position`.execute(db)
    ).rows;
    const tables = [...new Set(columns.map((c) => c.table_name))];
    expect(tables).toEqual([
      "outbox",
      "survey_anonymous_receipts",
      "survey_anonymous_responses",
      "survey_case_events",
      "survey_cases",
      "survey_code_versions",
      "survey_codebooks",
      "survey_coders",
      "survey_codes",
      "survey_codings",
      "survey_completions",
      "survey_final_codes",
      "survey_frame_units",
      "survey_frames",
      "survey_instrument_versions",
      "survey_mailings",
      "survey_reminder_waves",
      "survey_respondents",
      "survey_responses",
      "survey_samples",
      "survey_suppressions",
      "surveys",
    ]);
    expect(
      columns
        .filter((c) => c.table_name === "survey_anonymous_responses")
        .map((c) => `${c.column_name} ${c.data_type}`),
    ).toEqual([
      "id uuid",
      "survey_id uuid",
      "origin text",
      "instrument_version integer",
      "answers jsonb",
      "resume_key_hash text",
      "idempotency_key text",
      "started_on date",
      "updated_on date",
      "completed_on date",
      // Deliberately (migration 0005): the split-ballot label, assigned from the random resume key,
      // never from the case (split-ballot.test.ts), so it joins the row to no one.
      "variant text",
      // Deliberately (migration 0006): held or released, the same for every answer of a batch.
      "released boolean",
    ]);
    // A receipt is a key's sha256 and its survey: nothing that names an answer, a case or a day.
    expect(
      columns
        .filter((c) => c.table_name === "survey_anonymous_receipts")
        .map((c) => `${c.column_name} ${c.data_type}`),
    ).toEqual(["survey_id uuid", "key_hash text"]);
    const receipts = await sql<{ key_hash: string }>`
      select key_hash from survey_anonymous_receipts where survey_id = ${survey.id} order by key_hash`.execute(
      db,
    );
    expect(receipts.rows.map((r) => r.key_hash)).toEqual(keys.map(sha256).sort());
    const foreignKeys = (
      await sql<{ source: string; target: string }>`
        select conrelid::regclass::text as source, confrelid::regclass::text as target from pg_constraint
        where contype = 'f' and (conrelid in ('survey_anonymous_responses'::regclass, 'survey_anonymous_receipts'::regclass)
          or confrelid in ('survey_anonymous_responses'::regclass, 'survey_anonymous_receipts'::regclass))
        order by 1`.execute(db)
    ).rows;
    expect(foreignKeys).toEqual([
      { source: "survey_anonymous_receipts", target: "surveys" },
      { source: "survey_anonymous_responses", target: "surveys" },
    ]);

    const anonymous = (
      await sql<{
        id: string;
        resume_key_hash: string | null;
        idempotency_key: string | null;
        started_on: string;
        updated_on: string;
        completed_on: string | null;
        released: boolean;
      }>`
        select id::text, resume_key_hash, idempotency_key, started_on::text, updated_on::text,
          completed_on::text, released
        from survey_anonymous_responses where survey_id = ${survey.id} order by started_on, id`.execute(db)
    ).rows;
    expect(anonymous).toHaveLength(6);
    // Five released answers, every date the release day; row 4's unsubmitted answers, still its own.
    expect(
      anonymous.map((r) => [r.started_on, r.updated_on, r.completed_on, r.released].join(" ")).sort(),
    ).toEqual([
      "2026-03-02 2026-03-02  false",
      "2026-03-03 2026-03-03 2026-03-03 true",
      "2026-03-03 2026-03-03 2026-03-03 true",
      "2026-03-03 2026-03-03 2026-03-03 true",
      "2026-03-03 2026-03-03 2026-03-03 true",
      "2026-03-03 2026-03-03 2026-03-03 true",
    ]);
    // survey_id is shared by design (the survey, not the person); every other value must be unique to the row.
    const values = anonymous
      .flatMap((r) => [r.id, r.resume_key_hash, r.idempotency_key])
      .filter((v): v is string => v !== null);
    // 6 ids, 1 resume key hash (row 4's); released answers keep no resume key or idempotency key.
    expect(values).toHaveLength(6 + 1);
    // Deliberately: a coding and a final code name the anonymous answer row (response_id, no
    // foreign key), and nothing that could lead to a case, a respondent, a token or an email.
    const answerReferences = ["survey_codings.response_id", "survey_final_codes.response_id"];
    for (const table of ["survey_codings", "survey_final_codes"]) {
      expect(columns.filter((c) => c.table_name === table).map((c) => c.column_name)).toEqual(
        table === "survey_codings"
          ? ["codebook_id", "response_id", "coder_id", "code_id", "coded_at"]
          : ["codebook_id", "response_id", "code_id", "adjudicated_by", "adjudicated_at"],
      );
      const references = await sql<{ id: string }>`
        select response_id::text as id from ${sql.table(table)}`.execute(db);
      expect(references.rows.map((r) => r.id)).toEqual([coded]);
    }
    const codingKeys = (
      await sql<{ source: string; target: string }>`
        select conrelid::regclass::text as source, confrelid::regclass::text as target from pg_constraint
        where contype = 'f' and conrelid::regclass::text in ('survey_codebooks', 'survey_codes', 'survey_code_versions',
          'survey_coders', 'survey_codings', 'survey_final_codes')
        order by 1, 2`.execute(db)
    ).rows.map((k) => `${k.source} -> ${k.target}`);
    expect([...new Set(codingKeys)]).toEqual([
      "survey_code_versions -> survey_codes",
      "survey_code_versions -> users",
      "survey_codebooks -> surveys",
      "survey_coders -> survey_codebooks",
      "survey_coders -> users",
      "survey_codes -> survey_codebooks",
      "survey_codes -> survey_codes",
      "survey_codings -> survey_codebooks",
      "survey_codings -> survey_codes",
      "survey_codings -> users",
      "survey_final_codes -> survey_codebooks",
      "survey_final_codes -> survey_codes",
      "survey_final_codes -> users",
    ]);
    for (const { table_name, column_name } of columns.filter(
      (c) =>
        c.table_name !== "survey_anonymous_responses" &&
        !answerReferences.includes(`${c.table_name}.${c.column_name}`),
    )) {
      const hits = await sql<{ n: number }>`
        select count(*)::int as n from ${sql.table(table_name)} where ${sql.ref(column_name)}::text = any(${values})`.execute(
        db,
      );
      expect(hits.rows[0]?.n, `${table_name}.${column_name}`).toBe(0);
    }
    // The held answers' ids and resume key hashes are gone from every table, this one included.
    for (const { table_name, column_name } of columns) {
      const hits = await sql<{ n: number }>`
        select count(*)::int as n from ${sql.table(table_name)} where ${sql.ref(column_name)}::text = any(${heldValues})`.execute(
        db,
      );
      expect(hits.rows[0]?.n, `held value in ${table_name}.${column_name}`).toBe(0);
    }
    // The batch's transaction wrote the five released answers and no row of any other table.
    const batch = await sql<{ xmin: string; n: number }>`
      select xmin::text as xmin, count(*)::int as n from survey_anonymous_responses
      where survey_id = ${survey.id} and released group by xmin`.execute(db);
    expect(batch.rows.map((r) => r.n)).toEqual([5]);
    for (const table of tables.filter((t) => t !== "survey_anonymous_responses")) {
      const shared = await sql<{ n: number }>`
        select count(*)::int as n from ${sql.table(table)} where xmin::text = ${batch.rows[0]!.xmin}`.execute(
        db,
      );
      expect(shared.rows[0]?.n, table).toBe(0);
    }
    // Nothing of an anonymous survey lands in the identified tables.
    const identified = await sql<{ n: number }>`
      select (select count(*) from survey_responses where survey_id = ${survey.id})
           + (select count(*) from survey_respondents where survey_id = ${survey.id}) as n`.execute(db);
    expect(Number(identified.rows[0]?.n)).toBe(0);
    // Respondent events are kept to the day; invitations keep their time (they are not answers).
    const events = (
      await sql<{ kind: string; at: string }>`
        select kind, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as at from survey_case_events
        where survey_id = ${survey.id} and kind <> 'invited' order by kind, at`.execute(db)
    ).rows;
    expect(new Set(events.map((e) => e.at))).toEqual(new Set(["2026-03-02T00:00:00", "2026-03-03T00:00:00"]));
    // Row 2: started + partial (save), opened, completed; rows 3, 5, 6: completed; row 4: started + partial.
    expect(events.map((e) => e.kind)).toEqual([
      "completed",
      "completed",
      "completed",
      "completed",
      "opened",
      "partial",
      "partial",
      "started",
      "started",
    ]);

    // Neither the log nor the members' listing carries a token, a token hash, a resume key or an email.
    const mails = await listAllMail(db);
    const forbidden = [...secrets, ...secrets.map(sha256), ...keys.map(sha256), ...mails.map((m) => m.to)];
    const listing = JSON.stringify(
      await listSurveyResponses(ctx, { userId: fixture.ownerId, slug, surveyId: survey.id }),
    );
    for (const text of [fixture.logLines.join("\n"), listing]) {
      for (const secret of forbidden) expect(text.includes(secret), secret).toBe(false);
    }
    expect(fixture.logLines.length).toBeGreaterThan(0);
    await expect(
      listRespondentIdentitiesForOwner(ctx, { userId: fixture.ownerId, slug, surveyId: survey.id }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
  });

  test("confidential: identities for owners only; identified: members see who answered", async () => {
    const db = fixture.database.db;
    const analyst = (await insertUser(db, {
      email: "ana@example.org",
      name: "Ana",
      passwordHash: "x",
      isAdmin: false,
    }))!;
    const workspaceId = (
      await sql<{ id: string }>`select id from workspaces where slug = ${slug}`.execute(db)
    ).rows[0]!.id;
    await insertMembership(db, { workspaceId, userId: analyst.id, role: "analyst" });
    for (const anonymity of ["confidential", "identified"] as const) {
      const { survey, tokens } = await launchedSurvey(fixture, {
        title: `Mode ${anonymity}`,
        anonymity,
        rows: 3,
      });
      await submitResponse(fixture.ctx, {
        token: tokens.get(3)!,
        answers: { q1: "x" },
        idempotencyKey: `mode-${anonymity}-000000000`,
      });
      const asAnalyst = { userId: analyst.id, slug, surveyId: survey.id };
      const [response] = await listSurveyResponses(fixture.ctx, asAnalyst);
      expect(response?.respondentId).toMatch(/^[0-9a-f-]{36}$/);
      if (anonymity === "confidential") {
        expect(response?.identity).toBeNull();
        await expect(listRespondentIdentitiesForOwner(fixture.ctx, asAnalyst)).rejects.toMatchObject({
          code: "forbidden",
        });
        const owners = await listRespondentIdentitiesForOwner(fixture.ctx, {
          ...asAnalyst,
          userId: fixture.ownerId,
        });
        expect(owners).toEqual([
          {
            respondentId: response?.respondentId,
            organisationName: "Organisation 3 Ltd",
            name: null,
            email: "org3@example.org",
          },
        ]);
      } else {
        expect(response?.identity).toEqual({
          organisationName: "Organisation 3 Ltd",
          email: "org3@example.org",
        });
      }
    }
  });
});
