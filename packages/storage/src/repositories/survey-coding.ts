// Open-text coding: codebooks (one per coded field of a survey), codes and their versions, the two
// coders of a codebook, each coder's codes per answer, and the adjudicated final codes. Codings
// name the answer row only (migration 0004). Use cases lock the codebook (`lockCodebook`) before
// taking a coder slot, so two members starting at once cannot both become the second coder.
import { sql } from "kysely";
import type { Queryable } from "../database.ts";

export interface CodebookRecord {
  readonly id: string;
  readonly surveyId: string;
  readonly field: string;
  readonly revealedAt: Date | null;
}

export interface CodeRecord {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly parentId: string | null;
  readonly version: number;
}

export interface CodeVersionRecord extends CodeRecord {
  readonly editedBy: string | null;
  readonly editedAt: Date;
}

export interface CoderRecord {
  readonly userId: string;
  readonly name: string;
  readonly slot: number;
  readonly finishedAt: Date | null;
}

export interface CodingRecord {
  readonly responseId: string;
  readonly coderId: string;
  readonly codeId: string;
}

export interface FinalCodeRecord {
  readonly responseId: string;
  readonly codeId: string;
}

export interface CodeChange {
  readonly label: string;
  readonly description: string;
  readonly parentId: string | null;
  readonly editedBy: string;
  readonly at: Date;
}

const codebookColumns = ["id", "survey_id as surveyId", "field", "revealed_at as revealedAt"] as const;
const codeColumns = ["id", "label", "description", "parent_id as parentId", "version"] as const;

/** The survey's codebooks, by field. */
export async function listCodebooks(db: Queryable, surveyId: string): Promise<CodebookRecord[]> {
  return db
    .selectFrom("survey_codebooks")
    .select(codebookColumns)
    .where("survey_id", "=", surveyId)
    .orderBy("field")
    .execute();
}

/** The codebook of `field`, else undefined. */
export async function findCodebook(
  db: Queryable,
  surveyId: string,
  field: string,
): Promise<CodebookRecord | undefined> {
  return db
    .selectFrom("survey_codebooks")
    .select(codebookColumns)
    .where("survey_id", "=", surveyId)
    .where("field", "=", field)
    .executeTakeFirst();
}

/** The codebook of `field`, created when missing. */
export async function ensureCodebook(
  db: Queryable,
  codebook: { readonly surveyId: string; readonly field: string; readonly at: Date },
): Promise<CodebookRecord> {
  await db
    .insertInto("survey_codebooks")
    .values({ survey_id: codebook.surveyId, field: codebook.field, created_at: codebook.at })
    .onConflict((oc) => oc.columns(["survey_id", "field"]).doNothing())
    .execute();
  return (await findCodebook(db, codebook.surveyId, codebook.field))!;
}

/** The codebook row locked FOR UPDATE until the transaction ends (call inside one). */
export async function lockCodebook(db: Queryable, codebookId: string): Promise<void> {
  await db.selectFrom("survey_codebooks").select("id").where("id", "=", codebookId).forUpdate().execute();
}

/** Marks the codebook revealed (coders see each other's codes); keeps the first reveal's time. */
export async function markCodebookRevealed(db: Queryable, codebookId: string, at: Date): Promise<void> {
  await db
    .updateTable("survey_codebooks")
    .set({ revealed_at: sql<Date>`coalesce(revealed_at, ${at})` })
    .where("id", "=", codebookId)
    .execute();
}

/** The codebook's codes, in the order they were made. */
export async function listCodes(db: Queryable, codebookId: string): Promise<CodeRecord[]> {
  return db
    .selectFrom("survey_codes")
    .select(codeColumns)
    .where("codebook_id", "=", codebookId)
    .orderBy("position")
    .execute();
}

/** Every version of every code of the codebook, oldest first per code. */
export async function listCodeVersions(db: Queryable, codebookId: string): Promise<CodeVersionRecord[]> {
  return db
    .selectFrom("survey_code_versions as v")
    .innerJoin("survey_codes as c", "c.id", "v.code_id")
    .select([
      "v.code_id as id",
      "v.label",
      "v.description",
      "v.parent_id as parentId",
      "v.version",
      "v.edited_by as editedBy",
      "v.edited_at as editedAt",
    ])
    .where("c.codebook_id", "=", codebookId)
    .orderBy("c.position")
    .orderBy("v.version")
    .execute();
}

/** A new code, last in the codebook (version 1, recorded in the history); lock the codebook first. */
export async function insertCode(
  db: Queryable,
  code: CodeChange & { readonly codebookId: string },
): Promise<CodeRecord> {
  const last = await db
    .selectFrom("survey_codes")
    .select(sql<number>`coalesce(max(position), 0)::int`.as("position"))
    .where("codebook_id", "=", code.codebookId)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto("survey_codes")
    .values({
      codebook_id: code.codebookId,
      label: code.label,
      description: code.description,
      parent_id: code.parentId,
      position: last.position + 1,
      created_at: code.at,
    })
    .returning(codeColumns)
    .executeTakeFirstOrThrow();
  await insertVersion(db, row, code);
  return row;
}

/** The next version of code `codeId` (the id, and so its codings, unchanged); returns it. */
export async function updateCode(db: Queryable, codeId: string, change: CodeChange): Promise<CodeRecord> {
  const row = await db
    .updateTable("survey_codes")
    .set({
      label: change.label,
      description: change.description,
      parent_id: change.parentId,
      version: sql<number>`version + 1`,
    })
    .where("id", "=", codeId)
    .returning(codeColumns)
    .executeTakeFirstOrThrow();
  await insertVersion(db, row, change);
  return row;
}

async function insertVersion(db: Queryable, code: CodeRecord, change: CodeChange): Promise<void> {
  await db
    .insertInto("survey_code_versions")
    .values({
      code_id: code.id,
      version: code.version,
      label: code.label,
      description: code.description,
      parent_id: code.parentId,
      edited_by: change.editedBy,
      edited_at: change.at,
    })
    .execute();
}

/** The codebook's coders with their names, slot 1 first. */
export async function listCoders(db: Queryable, codebookId: string): Promise<CoderRecord[]> {
  return db
    .selectFrom("survey_coders as c")
    .innerJoin("users as u", "u.id", "c.user_id")
    .select(["c.user_id as userId", "u.name", "c.slot", "c.finished_at as finishedAt"])
    .where("c.codebook_id", "=", codebookId)
    .orderBy("c.slot")
    .execute();
}

/** Makes `userId` the coder in `slot` (lock the codebook first). */
export async function insertCoder(
  db: Queryable,
  coder: { readonly codebookId: string; readonly userId: string; readonly slot: number; readonly at: Date },
): Promise<void> {
  await db
    .insertInto("survey_coders")
    .values({
      codebook_id: coder.codebookId,
      user_id: coder.userId,
      slot: coder.slot,
      created_at: coder.at,
    })
    .execute();
}

/** Records that the coder has finished (or, with `at` null, has reopened their coding). */
export async function setCoderFinished(
  db: Queryable,
  codebookId: string,
  userId: string,
  at: Date | null,
): Promise<void> {
  await db
    .updateTable("survey_coders")
    .set({ finished_at: at })
    .where("codebook_id", "=", codebookId)
    .where("user_id", "=", userId)
    .execute();
}

/** The codes every coder (or, with `coderId`, one coder) gave in the codebook. */
export async function listCodings(
  db: Queryable,
  codebookId: string,
  coderId?: string,
): Promise<CodingRecord[]> {
  let query = db
    .selectFrom("survey_codings")
    .select(["response_id as responseId", "coder_id as coderId", "code_id as codeId"])
    .where("codebook_id", "=", codebookId);
  if (coderId !== undefined) query = query.where("coder_id", "=", coderId);
  return query.orderBy("response_id").orderBy("code_id").execute();
}

/** Replaces one coder's codes for one answer with `codeIds` (none: the answer is uncoded again). */
export async function replaceCodings(
  db: Queryable,
  coding: {
    readonly codebookId: string;
    readonly coderId: string;
    readonly responseId: string;
    readonly codeIds: readonly string[];
    readonly at: Date;
  },
): Promise<void> {
  await db
    .deleteFrom("survey_codings")
    .where("codebook_id", "=", coding.codebookId)
    .where("coder_id", "=", coding.coderId)
    .where("response_id", "=", coding.responseId)
    .execute();
  if (coding.codeIds.length === 0) return;
  await db
    .insertInto("survey_codings")
    .values(
      coding.codeIds.map((codeId) => ({
        codebook_id: coding.codebookId,
        coder_id: coding.coderId,
        response_id: coding.responseId,
        code_id: codeId,
        coded_at: coding.at,
      })),
    )
    .execute();
}

/** The adjudicated final codes of the codebook. */
export async function listFinalCodes(db: Queryable, codebookId: string): Promise<FinalCodeRecord[]> {
  return db
    .selectFrom("survey_final_codes")
    .select(["response_id as responseId", "code_id as codeId"])
    .where("codebook_id", "=", codebookId)
    .orderBy("response_id")
    .orderBy("code_id")
    .execute();
}

/** Replaces the adjudicated final codes of one answer (none: back to the coders' agreement). */
export async function replaceFinalCodes(
  db: Queryable,
  final: {
    readonly codebookId: string;
    readonly responseId: string;
    readonly codeIds: readonly string[];
    readonly adjudicatedBy: string;
    readonly at: Date;
  },
): Promise<void> {
  await db
    .deleteFrom("survey_final_codes")
    .where("codebook_id", "=", final.codebookId)
    .where("response_id", "=", final.responseId)
    .execute();
  if (final.codeIds.length === 0) return;
  await db
    .insertInto("survey_final_codes")
    .values(
      final.codeIds.map((codeId) => ({
        codebook_id: final.codebookId,
        response_id: final.responseId,
        code_id: codeId,
        adjudicated_by: final.adjudicatedBy,
        adjudicated_at: final.at,
      })),
    )
    .execute();
}
