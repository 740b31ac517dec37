// The coding use cases' common first step: the survey as the member may see it, the coded field
// (it must be a text or "other" field of the survey's live, else newest, instrument), its codebook
// when one exists, and the completed answers that hold a text in the field. Also the blind rule:
// coders see each other's codes only once the codebook is revealed (both finished, or an owner).
import type { Instrument, Permission } from "@smartspec/domain";
import {
  type CodebookRecord,
  type CoderRecord,
  findCodebook,
  findInstrumentVersion,
  listAnonymousResponses,
  listResponses,
  type Queryable,
  type SurveyRecord,
} from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import type { WorkspaceView } from "../../platform/views.ts";
import { type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import { type CodableAnswer, type CodingField, codableAnswers, codingFields } from "./coding-fields.ts";

export interface CodingProps extends SurveyAccessProps {
  /** The coded field: a text question's name, or `<name>-Comment`. */
  readonly field: string;
}

export interface CodingScope {
  readonly workspace: WorkspaceView;
  readonly survey: SurveyRecord;
  readonly field: CodingField;
  readonly codebook: CodebookRecord | undefined;
}

/** The codable fields of the survey's live (else newest) instrument; none without one. */
export async function surveyCodingFields(db: Queryable, survey: SurveyRecord): Promise<CodingField[]> {
  const version = await findInstrumentVersion(db, survey.id, survey.liveVersion ?? undefined);
  return version ? codingFields(version.instrument as Instrument) : [];
}

/** Checks access and finds the field; `not-found` for a field that is not codable. */
export async function codingScope(
  db: Queryable,
  props: CodingProps,
  permission: Permission,
): Promise<CodingScope> {
  const { workspace, survey } = await surveyForMember(db, props, permission);
  const field = (await surveyCodingFields(db, survey)).find((f) => f.field === props.field);
  if (!field) {
    throw new PlatformError("not-found", `No text question or "other" text "${props.field}" in this survey`);
  }
  return { workspace, survey, field, codebook: await findCodebook(db, survey.id, field.field) };
}

/** The codebook, or `conflict` when no code has been added yet. */
export function requireCodebook(scope: CodingScope): CodebookRecord {
  if (scope.codebook) return scope.codebook;
  throw new PlatformError("conflict", `"${scope.field.title}" has no codebook yet: add a code first`);
}

/** Completed answers with a text in `field` (identified, confidential and anonymous alike). */
export async function surveyAnswers(
  db: Queryable,
  survey: SurveyRecord,
  field: string,
): Promise<CodableAnswer[]> {
  if (survey.anonymity === "anonymous") {
    const done = (await listAnonymousResponses(db, survey.id)).filter((r) => r.completedOn !== null);
    return codableAnswers(done, field);
  }
  const done = (await listResponses(db, survey.id)).filter((r) => r.completedAt !== null);
  return codableAnswers(done, field);
}

/** Whether coders may see each other's codes: an owner revealed them, or both coders finished. */
export function isRevealed(codebook: CodebookRecord, coders: readonly CoderRecord[]): boolean {
  return codebook.revealedAt !== null || (coders.length === 2 && coders.every((c) => c.finishedAt !== null));
}

/** `conflict` until the codes are revealed (agreement, adjudication and results need both sets). */
export function requireRevealed(codebook: CodebookRecord, coders: readonly CoderRecord[]): void {
  if (isRevealed(codebook, coders)) return;
  throw new PlatformError(
    "conflict",
    "The coders' codes are hidden until both coders have finished or an owner reveals them",
  );
}
