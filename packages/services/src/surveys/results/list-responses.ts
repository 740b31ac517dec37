// Responses as members may read them. Identified: with who answered. Confidential: respondent ids
// only; the identities are a separate, owner-only read. Anonymous: answers and dates only, of
// released answers only (held ones wait for their batch: decision 0011).

import type { RespondentIdentity, ResponseView } from "@smartspec/domain";
import {
  listAnonymousResponses,
  listRespondentIdentities,
  listResponses as listStoredResponses,
} from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";

export type { ResponseView };

/** Every response of the survey (any member). */
export async function listSurveyResponses(
  ctx: SurveyContext,
  props: SurveyAccessProps,
): Promise<ResponseView[]> {
  const db = ctx.database.db;
  const { survey } = await surveyForMember(db, props, "read-data");
  if (survey.anonymity === "anonymous") {
    return (await listAnonymousResponses(db, survey.id)).map((r) => ({
      id: r.id,
      respondentId: null,
      origin: r.origin,
      instrumentVersion: r.instrumentVersion,
      answers: r.answers,
      completed: r.completedOn !== null,
      completedOn: r.completedOn,
      identity: null,
    }));
  }
  const identities =
    survey.anonymity === "identified"
      ? new Map((await listRespondentIdentities(db, survey.id)).map((i) => [i.respondentId, i]))
      : null;
  return (await listStoredResponses(db, survey.id)).map((r) => {
    const who = r.respondentId ? identities?.get(r.respondentId) : undefined;
    return {
      id: r.id,
      respondentId: r.respondentId,
      origin: r.origin,
      instrumentVersion: r.instrumentVersion,
      answers: r.answers,
      completed: r.completedAt !== null,
      completedOn: r.completedAt ? r.completedAt.toISOString().slice(0, 10) : null,
      identity: who ? { organisationName: who.organisationName, email: who.email } : null,
    };
  });
}

export type RespondentIdentityView = RespondentIdentity;

/**
 * Who each respondent is (identified and confidential surveys). Confidential: owners only
 * (`forbidden` otherwise). Anonymous: `conflict`, there is nothing to read.
 */
export async function listRespondentIdentitiesForOwner(
  ctx: SurveyContext,
  props: SurveyAccessProps,
): Promise<RespondentIdentityView[]> {
  const db = ctx.database.db;
  const { workspace, survey } = await surveyForMember(db, props, "read-data");
  if (survey.anonymity === "anonymous")
    throw new PlatformError("conflict", "An anonymous survey keeps no identities");
  // Confidential identities are for owners: the role that also reads the outbox (and so the links).
  if (survey.anonymity === "confidential" && workspace.role !== "owner") {
    throw new PlatformError("forbidden", "Only owners can see who answered a confidential survey");
  }
  return (await listRespondentIdentities(db, survey.id)).map((i) => ({
    respondentId: i.respondentId,
    organisationName: i.organisationName,
    name: i.name,
    email: i.email,
  }));
}
