// Resolves a personal link's token to its survey and case (the case row locked for the rest of the
// transaction, so a respondent's concurrent requests run one after another), and checks the input
// shapes every respondent use case shares.
import {
  type CaseRecord,
  findMailingByTokenHash,
  findSurveyById,
  lockCase,
  type Queryable,
  type SurveyRecord,
} from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { hashToken } from "../../platform/tokens.ts";
import { isTokenShaped } from "../survey-links.ts";

export interface PersonalLink {
  readonly survey: SurveyRecord;
  readonly surveyCase: CaseRecord;
}

/**
 * The survey and locked case of `token`. Throws `invalid-token` for an unknown token, an expired
 * link, or a survey not live (unless `anyStatus`, for unsubscribing, which always works).
 */
export async function resolvePersonalLink(
  trx: Queryable,
  token: string,
  now: Date,
  options: { readonly anyStatus?: boolean } = {},
): Promise<PersonalLink> {
  const invalid = new PlatformError("invalid-token", "This survey link is not valid");
  if (!isTokenShaped(token)) throw invalid;
  const mailing = await findMailingByTokenHash(trx, hashToken(token));
  if (!mailing) throw invalid;
  const survey = await findSurveyById(trx, mailing.surveyId);
  const surveyCase = await lockCase(trx, mailing.caseId);
  if (!survey || !surveyCase) throw invalid;
  if (!options.anyStatus) checkLinkOpen(survey, mailing.expiresAt, now);
  return { survey, surveyCase };
}

/** `invalid-token` when the survey is not live or the link expired at `now`. */
export function checkLinkOpen(survey: Pick<SurveyRecord, "status">, expiresAt: Date, now: Date): void {
  if (survey.status !== "live") throw new PlatformError("invalid-token", "This survey is closed");
  if (expiresAt.getTime() <= now.getTime()) {
    throw new PlatformError("invalid-token", "This survey link has expired");
  }
}

/** The answers as a plain JSON object, or `validation` (field `answers`). */
export function checkAnswers(answers: unknown): Record<string, unknown> {
  if (answers === null || typeof answers !== "object" || Array.isArray(answers)) {
    throw new PlatformError("validation", "answers: must be a JSON object", { field: "answers" });
  }
  if (JSON.stringify(answers).length > 1_000_000) {
    throw new PlatformError("validation", "answers: must be at most 1 MB of JSON", { field: "answers" });
  }
  return answers as Record<string, unknown>;
}

const idempotencyKeyPattern = /^[A-Za-z0-9_-]{16,100}$/;

/** The client's idempotency key (16-100 of A-Z a-z 0-9 _ -, e.g. a UUID without braces), or `validation`. */
export function checkIdempotencyKey(key: string): string {
  if (!idempotencyKeyPattern.test(key)) {
    throw new PlatformError(
      "validation",
      "idempotencyKey: must be 16 to 100 characters of A-Z, a-z, 0-9, _ or -",
      {
        field: "idempotencyKey",
      },
    );
  }
  return key;
}

/** A resume key from the client, when it has the shape of one; anything else counts as none. */
export function resumeKeyOrNull(key: string | null | undefined): string | null {
  return key && isTokenShaped(key) ? key : null;
}
