// Receipts of anonymous submits (migration 0006): the sha256 of each idempotency key an anonymous
// answer was submitted with, per survey, and nothing else. The answer row keeps no key (a release
// rewrites it without one), so "was this submit stored?" is answered here, before and after the
// release, and the primary key refuses a second answer under the same key.
import { sql } from "kysely";
import type { Queryable } from "../database.ts";

/** The SQL text of a key's receipt hash: sha256 of its UTF-8 bytes, hex (as services' hashToken). */
export function receiptHashSql(parameter: string): string {
  return `encode(sha256(convert_to(${parameter}::text, 'UTF8')), 'hex')`;
}

const receiptHash = (idempotencyKey: string) =>
  sql<string>`encode(sha256(convert_to(${idempotencyKey}::text, 'UTF8')), 'hex')`;

/** Records that an answer of `surveyId` was submitted with `idempotencyKey`; false when one already was. */
export async function insertAnonymousReceipt(
  db: Queryable,
  surveyId: string,
  idempotencyKey: string,
): Promise<boolean> {
  const result = await sql<{ survey_id: string }>`
    insert into survey_anonymous_receipts (survey_id, key_hash)
    values (${surveyId}, ${receiptHash(idempotencyKey)})
    on conflict (survey_id, key_hash) do nothing
    returning survey_id`.execute(db);
  return result.rows.length > 0;
}

/** Whether an answer of `surveyId` was submitted with `idempotencyKey` (held or released). */
export async function hasAnonymousReceipt(
  db: Queryable,
  surveyId: string,
  idempotencyKey: string,
): Promise<boolean> {
  const result = await sql<{ found: boolean }>`
    select exists (
      select 1 from survey_anonymous_receipts
      where survey_id = ${surveyId} and key_hash = ${receiptHash(idempotencyKey)}
    ) as found`.execute(db);
  return result.rows[0]?.found === true;
}
