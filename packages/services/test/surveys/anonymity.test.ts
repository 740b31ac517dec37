// Anonymity modes. Anonymous: every column of every survey table is listed from the catalogue, and
// no value of an anonymous response (id, resume key hash, idempotency key) appears in any other
// survey table or the outbox; the table has no case, respondent, token or email column, no
// timestamp (dates only) and no foreign key but its survey; respondent events are kept to the day;
// log lines and the response listing carry no token, hash or email. Confidential: identities are
// an owner-only read. Identified: members see who answered.
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
} from "../../src/surveys/index.ts";
import { launchedSurvey } from "./launched-survey.ts";
import { dayMs, type SurveyFixture, slug, surveyFixture } from "./survey-fixture.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

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
    const keys = ["anon-submit-row2-000000", "anon-submit-row3-000000", "anon-open-link-0000000"];
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

    // Open-text coding of an anonymous answer: codes name the answer row, and nothing else.
    const coding = { userId: fixture.ownerId, slug, surveyId: survey.id, field: "q1" };
    const code = await addCode(ctx, { ...coding, label: "Letter" });
    const sheet = await codingSheet(ctx, coding);
    expect(sheet.answers.map((a) => a.text).sort()).toEqual(["a", "c", "o"]);
    const coded = sheet.answers[0]!.responseId;
    await codeAnswer(ctx, { ...coding, responseId: coded, codeIds: [code.id] });
    await revealCodes(ctx, coding);
    await adjudicateAnswer(ctx, { ...coding, responseId: coded, codeIds: [code.id] });

    const db = fixture.database.db;
    const columns = (
      await sql<{ table_name: string; column_name: string; data_type: string }>`
        select table_name, column_name, data_type from information_schema.columns
        where table_schema = ${fixture.database.schema} and (table_name like 'survey%' or table_name = 'outbox')
        order by table_name collate "C", ordinal_position`.execute(db)
    ).rows;
    const tables = [...new Set(columns.map((c) => c.table_name))];
    expect(tables).toEqual([
      "outbox",
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
    ]);
    const foreignKeys = (
      await sql<{ source: string; target: string }>`
        select conrelid::regclass::text as source, confrelid::regclass::text as target from pg_constraint
        where contype = 'f' and (conrelid = 'survey_anonymous_responses'::regclass or confrelid = 'survey_anonymous_responses'::regclass)`.execute(
        db,
      )
    ).rows;
    expect(foreignKeys).toEqual([{ source: "survey_anonymous_responses", target: "surveys" }]);

    const anonymous = (
      await sql<{
        id: string;
        resume_key_hash: string | null;
        idempotency_key: string | null;
        started_on: string;
        completed_on: string | null;
      }>`
        select id::text, resume_key_hash, idempotency_key, started_on::text, completed_on::text
        from survey_anonymous_responses where survey_id = ${survey.id} order by started_on, id`.execute(db)
    ).rows;
    expect(anonymous).toHaveLength(4);
    expect(anonymous.map((r) => r.completed_on).sort()).toEqual([
      "2026-03-02",
      "2026-03-02",
      "2026-03-02",
      null,
    ]);
    // survey_id is shared by design (the survey, not the person); every other value must be unique to the row.
    const values = anonymous
      .flatMap((r) => [r.id, r.resume_key_hash, r.idempotency_key])
      .filter((v): v is string => v !== null);
    // 4 ids, 3 resume key hashes (rows 2 and 4, the open link), 3 idempotency keys.
    expect(values).toHaveLength(4 + 3 + 3);
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
    expect(new Set(events.map((e) => e.at))).toEqual(new Set(["2026-03-02T00:00:00"]));
    // Row 2: started + partial (save), opened, completed; row 3: completed; row 4: started + partial.
    expect(events.map((e) => e.kind)).toEqual([
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
    const forbidden = [...secrets, ...secrets.map(sha256), ...mails.map((m) => m.to)];
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
