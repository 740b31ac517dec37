// The codebook use cases: the survey's codable fields with their coding state, one codebook with
// every code's versions, adding a code and editing one (a new version: the id, and so every coding
// of it, is kept). Codes have two levels: a parent must be a top-level code of the same codebook.
import {
  type CodeRecord,
  ensureCodebook,
  insertCode,
  listCodebooks,
  listCoders,
  listCodes,
  listCodeVersions,
  lockCodebook,
  updateCode,
  withTransaction,
} from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { isUuid } from "../../platform/validate.ts";
import { type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";
import {
  type CodingProps,
  codingScope,
  isRevealed,
  surveyAnswers,
  surveyCodingFields,
} from "./coding-scope.ts";
import { codersWithProgress } from "./coding-state.ts";
import type { CodebookView, CodeView, CodingFieldView } from "./coding-views.ts";

/** Each codable field of the survey with its answers, codes, coders' progress (any member). */
export async function listCodingFields(
  ctx: SurveyContext,
  props: SurveyAccessProps,
): Promise<CodingFieldView[]> {
  const db = ctx.database.db;
  const { survey } = await surveyForMember(db, props, "read-data");
  const codebooks = new Map((await listCodebooks(db, survey.id)).map((c) => [c.field, c]));
  const views: CodingFieldView[] = [];
  for (const field of await surveyCodingFields(db, survey)) {
    const codebook = codebooks.get(field.field);
    const answers = await surveyAnswers(db, survey, field.field);
    views.push({
      field: field.field,
      title: field.title,
      kind: field.kind,
      answers: answers.length,
      codes: codebook ? (await listCodes(db, codebook.id)).length : 0,
      coders: await codersWithProgress(db, codebook, answers),
      revealed: codebook ? isRevealed(codebook, await listCoders(db, codebook.id)) : false,
    });
  }
  return views;
}

/** The field's codebook: codes with their history, coders and their progress (any member). */
export async function codingCodebook(ctx: SurveyContext, props: CodingProps): Promise<CodebookView> {
  const db = ctx.database.db;
  const scope = await codingScope(db, props, "read-data");
  const { codebook, field } = scope;
  const answers = await surveyAnswers(db, scope.survey, field.field);
  const coders = await codersWithProgress(db, codebook, answers);
  const codes = codebook ? await listCodes(db, codebook.id) : [];
  const versions = codebook ? await listCodeVersions(db, codebook.id) : [];
  return {
    field: field.field,
    title: field.title,
    kind: field.kind,
    answers: answers.length,
    codes: codes.map((code) => ({
      ...codeView(code),
      history: versions
        .filter((v) => v.id === code.id)
        .map((v) => ({
          version: v.version,
          label: v.label,
          description: v.description,
          parentId: v.parentId,
          editedAt: v.editedAt.toISOString(),
        })),
    })),
    coders,
    revealed: codebook ? isRevealed(codebook, await listCoders(db, codebook.id)) : false,
    yourSlot: coders.find((c) => c.userId === props.userId)?.slot ?? null,
  };
}

export interface AddCodeProps extends CodingProps {
  readonly label: string;
  readonly description?: string;
  readonly parentId?: string | null;
}

/** Adds a code to the field's codebook (made on first use); owners and analysts. */
export async function addCode(ctx: SurveyContext, props: AddCodeProps): Promise<CodeView> {
  return withTransaction(ctx.database, async (trx) => {
    const scope = await codingScope(trx, props, "write-data");
    const codebook = await ensureCodebook(trx, {
      surveyId: scope.survey.id,
      field: scope.field.field,
      at: ctx.now(),
    });
    await lockCodebook(trx, codebook.id);
    const codes = await listCodes(trx, codebook.id);
    const change = checkedChange(codes, undefined, props);
    const code = await insertCode(trx, {
      ...change,
      codebookId: codebook.id,
      editedBy: props.userId,
      at: ctx.now(),
    });
    return codeView(code);
  });
}

export interface EditCodeProps extends CodingProps {
  readonly codeId: string;
  readonly label?: string;
  readonly description?: string;
  /** null makes it a top-level code; undefined keeps its parent. */
  readonly parentId?: string | null;
}

/** Renames / redescribes / moves a code: a new version; its codings are kept (owners and analysts). */
export async function editCode(ctx: SurveyContext, props: EditCodeProps): Promise<CodeView> {
  return withTransaction(ctx.database, async (trx) => {
    const scope = await codingScope(trx, props, "write-data");
    const codes = scope.codebook ? await listCodes(trx, scope.codebook.id) : [];
    const current = codes.find((c) => c.id === props.codeId);
    if (!current) throw new PlatformError("not-found", `No code "${props.codeId}" in this codebook`);
    const change = checkedChange(codes, current, {
      label: props.label ?? current.label,
      description: props.description ?? current.description,
      parentId: props.parentId === undefined ? current.parentId : props.parentId,
    });
    const code = await updateCode(trx, current.id, { ...change, editedBy: props.userId, at: ctx.now() });
    return codeView(code);
  });
}

/** The change, trimmed and checked against the codebook: label, description and two levels. */
function checkedChange(
  codes: readonly CodeRecord[],
  current: CodeRecord | undefined,
  change: { readonly label: string; readonly description?: string; readonly parentId?: string | null },
): { label: string; description: string; parentId: string | null } {
  const label = change.label.trim();
  const description = (change.description ?? "").trim();
  const parentId = change.parentId ?? null;
  const invalid = (field: string, message: string) =>
    new PlatformError("validation", `${field}: ${message}`, { field });
  if (label === "" || label.length > 100) throw invalid("label", "give a label of 1 to 100 characters");
  if (description.length > 1000) throw invalid("description", "at most 1,000 characters");
  if (codes.some((c) => c.id !== current?.id && c.label.toLowerCase() === label.toLowerCase())) {
    throw new PlatformError("conflict", `The codebook already has a code "${label}"`);
  }
  if (parentId !== null) {
    const parent = isUuid(parentId) ? codes.find((c) => c.id === parentId) : undefined;
    if (!parent) throw invalid("parentId", `no code "${parentId}" in this codebook`);
    if (parent.id === current?.id) throw invalid("parentId", "a code cannot be its own parent");
    if (parent.parentId !== null)
      throw invalid("parentId", `"${parent.label}" is a sub-code: codes have two levels`);
    if (current && codes.some((c) => c.parentId === current.id)) {
      throw invalid("parentId", `"${current.label}" has sub-codes, so it stays a top-level code`);
    }
  }
  return { label, description, parentId };
}

function codeView(code: CodeRecord): CodeView {
  return {
    id: code.id,
    label: code.label,
    description: code.description,
    parentId: code.parentId,
    version: code.version,
  };
}
