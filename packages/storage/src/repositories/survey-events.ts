// The raw case event log (dispositions are derived from it, never stored) and the completion
// records reminders read. Completion records hold a date only and no response id, so in anonymous
// mode they say who completed without saying which response is theirs.
import { type CaseEventKind, caseEventKinds } from "@smartspec/domain";
import { sql } from "kysely";
import type { Queryable } from "../database.ts";

// Every event a case can record: the domain's list, so the dashboard's reply schema names the same kinds.
export { type CaseEventKind, caseEventKinds };

export interface NewCaseEvent {
  readonly surveyId: string;
  readonly caseId: string;
  readonly kind: CaseEventKind;
  readonly detail?: string | null;
  readonly progress?: number | null;
  readonly at: Date;
}

export interface CaseEventRecord {
  readonly caseId: string;
  readonly kind: CaseEventKind;
  readonly detail: string | null;
  readonly progress: number | null;
  readonly at: Date;
}

/** Rows per INSERT. */
const batchSize = 1000;

/** Appends events (any number, batched). */
export async function insertCaseEvents(db: Queryable, events: readonly NewCaseEvent[]): Promise<void> {
  for (let start = 0; start < events.length; start += batchSize) {
    await db
      .insertInto("survey_case_events")
      .values(
        events.slice(start, start + batchSize).map((e) => ({
          survey_id: e.surveyId,
          case_id: e.caseId,
          kind: e.kind,
          detail: e.detail ?? null,
          progress: e.progress ?? null,
          at: e.at,
        })),
      )
      .execute();
  }
}

/** Whether the case has recorded an event of `kind`. */
export async function hasCaseEvent(db: Queryable, caseId: string, kind: CaseEventKind): Promise<boolean> {
  const row = await db
    .selectFrom("survey_case_events")
    .select("id")
    .where("case_id", "=", caseId)
    .where("kind", "=", kind)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Every event of the survey's cases, by case then time. */
export async function listCaseEvents(db: Queryable, surveyId: string): Promise<CaseEventRecord[]> {
  return db
    .selectFrom("survey_case_events")
    .select(["case_id as caseId", sql<CaseEventRecord["kind"]>`kind`.as("kind"), "detail", "progress", "at"])
    .where("survey_id", "=", surveyId)
    .orderBy("case_id")
    .orderBy("at")
    .orderBy("kind")
    .execute();
}

/** Records that the case completed on `completedOn` (YYYY-MM-DD); false when it already had. */
export async function insertCompletion(
  db: Queryable,
  completion: { readonly caseId: string; readonly surveyId: string; readonly completedOn: string },
): Promise<boolean> {
  const row = await db
    .insertInto("survey_completions")
    .values({
      case_id: completion.caseId,
      survey_id: completion.surveyId,
      completed_on: completion.completedOn,
    })
    .onConflict((oc) => oc.column("case_id").doNothing())
    .returning("case_id")
    .executeTakeFirst();
  return row !== undefined;
}

/** The day (YYYY-MM-DD) the case completed, else undefined. */
export async function findCompletion(db: Queryable, caseId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("survey_completions")
    .select(sql<string>`completed_on::text`.as("completedOn"))
    .where("case_id", "=", caseId)
    .executeTakeFirst();
  return row?.completedOn;
}

/** The highest progress a `partial` event of the case recorded, else null. */
export async function maxPartialProgress(db: Queryable, caseId: string): Promise<number | null> {
  const row = await db
    .selectFrom("survey_case_events")
    .select(sql<number | null>`max(progress)`.as("progress"))
    .where("case_id", "=", caseId)
    .where("kind", "=", "partial")
    .executeTakeFirst();
  return row?.progress ?? null;
}
