// Anonymous answers are released in shuffled batches (decision 0011): a submitted answer is held,
// invisible to results, exports, coding and listings, until at least `anonymousBatchSize` are held;
// then a transaction of its own (never the submit's) rewrites them all in random order, dated the
// release day, so no answer shares its transaction id (xmin) with the completion record that names
// its case, and a member reading results after each completion cannot tell which answer came.
// Closing the survey releases the rest, however few. Each release is followed by a VACUUM of the
// table (in the background: a submit is acknowledged once its answer is stored, held or not), so
// the dead row versions that still carry the submit's xmin are removed.
import {
  type Database,
  type Queryable,
  releaseAnonymousResponses,
  vacuumAnonymousResponses,
} from "@smartspec/storage";
import type { SurveyContext } from "../survey-context.ts";
import { dayOf } from "./response-store.ts";

/** k: answers are released together, at least this many at a time while the survey is live. */
export const anonymousBatchSize = 5;

/**
 * Releases the survey's held answers when `anonymousBatchSize` are held (any number once it is
 * closed); call after the transaction that stored an answer has committed. Never throws: the
 * answer is stored either way, and the next submit (or the close) releases what is held.
 */
export async function releaseHeldAnswers(ctx: SurveyContext, surveyId: string): Promise<void> {
  try {
    const released = await releaseAnonymousResponses(ctx.database.db, {
      surveyId,
      on: dayOf(ctx.now()),
      minimum: anonymousBatchSize,
    });
    if (released === 0) return;
    ctx.log("survey.answers.released", { surveyId, answers: released });
    void vacuumAnswers(ctx);
  } catch (error) {
    ctx.log("survey.answers.release-failed", { surveyId, error: errorText(error) });
  }
}

/** Releases every held answer of a survey being closed, in the closing transaction; returns how many. */
export async function releaseAllHeldAnswers(
  ctx: SurveyContext,
  trx: Queryable,
  surveyId: string,
): Promise<number> {
  const released = await releaseAnonymousResponses(trx, {
    surveyId,
    on: dayOf(ctx.now()),
    minimum: anonymousBatchSize,
  });
  if (released > 0) ctx.log("survey.answers.released", { surveyId, answers: released });
  return released;
}

interface VacuumRun {
  /** A release committed while this run's VACUUM was under way: run once more. */
  again: boolean;
  done: Promise<void>;
}

const vacuumRuns = new WeakMap<Database, VacuumRun>();

/**
 * Vacuums the anonymous answers table; one run at a time per database handle, and a release during
 * a run queues one more, so the returned promise settles after a VACUUM that began after this call.
 * Never throws (a failure is logged; the next release vacuums again).
 */
export function vacuumAnswers(ctx: SurveyContext): Promise<void> {
  const { database } = ctx;
  const current = vacuumRuns.get(database);
  if (current) {
    current.again = true;
    return current.done;
  }
  const run: VacuumRun = { again: false, done: Promise.resolve() };
  run.done = (async () => {
    try {
      do {
        run.again = false;
        await vacuumAnonymousResponses(database.db);
      } while (run.again);
    } catch (error) {
      ctx.log("survey.answers.vacuum-failed", { error: errorText(error) });
    } finally {
      vacuumRuns.delete(database);
    }
  })();
  vacuumRuns.set(database, run);
  return run.done;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
