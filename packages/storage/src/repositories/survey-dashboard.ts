// The fieldwork dashboard's counts: cases reaching each event per day (UTC) and stratum, and
// cases, invitations and completions per stratum. Each case counts once per event kind, on the
// day it first reached it.
import { sql } from "kysely";
import type { Queryable } from "../database.ts";
import type { CaseEventKind } from "./survey-events.ts";

export interface DailyEventCount {
  readonly kind: CaseEventKind;
  /** YYYY-MM-DD (UTC) */
  readonly day: string;
  readonly stratum: string;
  readonly cases: number;
}

/** Cases first reaching each event kind, per day and stratum, by kind, day, stratum. */
export async function countCaseEventsByDay(db: Queryable, surveyId: string): Promise<DailyEventCount[]> {
  const firsts = db
    .selectFrom("survey_case_events as e")
    .innerJoin("survey_cases as c", "c.id", "e.case_id")
    .select(["e.case_id", "e.kind", "c.stratum", sql<Date>`min(e.at)`.as("first_at")])
    .where("e.survey_id", "=", surveyId)
    .groupBy(["e.case_id", "e.kind", "c.stratum"])
    .as("f");
  return db
    .selectFrom(firsts)
    .select([
      sql<CaseEventKind>`f.kind`.as("kind"),
      sql<string>`((f.first_at at time zone 'UTC')::date)::text`.as("day"),
      "f.stratum",
      sql<number>`count(*)::int`.as("cases"),
    ])
    .groupBy([sql`f.kind`, sql`((f.first_at at time zone 'UTC')::date)`, "f.stratum"])
    .orderBy(sql`f.kind`)
    .orderBy(sql`2`)
    .orderBy("f.stratum")
    .execute();
}

export interface StratumProgress {
  readonly stratum: string;
  readonly cases: number;
  readonly invited: number;
  readonly completed: number;
}

/** Cases, invited cases and completed cases per stratum, by stratum. */
export async function countCasesByStratum(db: Queryable, surveyId: string): Promise<StratumProgress[]> {
  return db
    .selectFrom("survey_cases as c")
    .leftJoin("survey_mailings as m", (join) => join.onRef("m.case_id", "=", "c.id").on("m.wave", "=", 0))
    .leftJoin("survey_completions as k", "k.case_id", "c.id")
    .select([
      "c.stratum",
      sql<number>`count(*)::int`.as("cases"),
      sql<number>`count(m.case_id)::int`.as("invited"),
      sql<number>`count(k.case_id)::int`.as("completed"),
    ])
    .where("c.survey_id", "=", surveyId)
    .groupBy("c.stratum")
    .orderBy("c.stratum")
    .execute();
}
