// Blind double coding: a coder's sheet (every answer with the caller's own codes, never another
// coder's), coding one answer (the first member to code a field is coder 1, the second coder 2,
// nobody else), finishing (every answer coded), and an owner revealing the codes early. Once the
// codes are revealed coding is closed: differences are settled by adjudication, not by recoding.
import {
  insertCoder,
  listCoders,
  listCodes,
  listCodings,
  lockCodebook,
  markCodebookRevealed,
  replaceCodings,
  setCoderFinished,
  withTransaction,
} from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import type { SurveyContext } from "../survey-context.ts";
import { checkedCodeIds, requireAnswer } from "./coded-answer.ts";
import { type CodingProps, codingScope, isRevealed, requireCodebook, surveyAnswers } from "./coding-scope.ts";
import { codersWithProgress, codeSets } from "./coding-state.ts";
import type { CodesRevealed, CodingProgressView, CodingSheetView } from "./coding-views.ts";

/** The caller's coding sheet: each answer's text and the caller's own codes only (owners and analysts). */
export async function codingSheet(ctx: SurveyContext, props: CodingProps): Promise<CodingSheetView> {
  const db = ctx.database.db;
  const scope = await codingScope(db, props, "write-data");
  const answers = await surveyAnswers(db, scope.survey, scope.field.field);
  const coder = scope.codebook
    ? (await listCoders(db, scope.codebook.id)).find((c) => c.userId === props.userId)
    : undefined;
  // Only the caller's rows are read: the other coder's codes never enter this view.
  const mine =
    scope.codebook && coder ? codeSets(await listCodings(db, scope.codebook.id, props.userId)) : new Map();
  return {
    field: scope.field.field,
    title: scope.field.title,
    yourSlot: coder?.slot ?? null,
    finished: coder?.finishedAt != null,
    answers: answers.map((a) => ({
      responseId: a.responseId,
      text: a.text,
      codeIds: [...(mine.get(a.responseId) ?? [])],
    })),
  };
}

export interface CodeAnswerProps extends CodingProps {
  readonly responseId: string;
  /** The caller's codes for the answer (at least one). */
  readonly codeIds: readonly string[];
}

/** Sets the caller's codes for one answer; returns the caller's progress (owners and analysts). */
export async function codeAnswer(ctx: SurveyContext, props: CodeAnswerProps): Promise<CodingProgressView> {
  return withTransaction(ctx.database, async (trx) => {
    const scope = await codingScope(trx, props, "write-data");
    const codebook = requireCodebook(scope);
    await lockCodebook(trx, codebook.id);
    const coders = await listCoders(trx, codebook.id);
    if (isRevealed(codebook, coders)) {
      throw new PlatformError(
        "conflict",
        "The codes are revealed, so coding is closed: adjudicate the final codes instead",
      );
    }
    const answers = await surveyAnswers(trx, scope.survey, scope.field.field);
    requireAnswer(answers, props.responseId);
    if (props.codeIds.length === 0)
      throw new PlatformError("validation", "codeIds: give at least one code", { field: "codeIds" });
    const codeIds = checkedCodeIds(await listCodes(trx, codebook.id), props.codeIds);
    let coder = coders.find((c) => c.userId === props.userId);
    if (!coder) {
      if (coders.length >= 2) {
        throw new PlatformError(
          "conflict",
          `${coders.map((c) => c.name).join(" and ")} already code this field: it is double coded`,
        );
      }
      const slot = coders.some((c) => c.slot === 1) ? 2 : 1;
      await insertCoder(trx, { codebookId: codebook.id, userId: props.userId, slot, at: ctx.now() });
      coder = { userId: props.userId, name: "", slot, finishedAt: null };
    }
    if (coder.finishedAt !== null) throw new PlatformError("conflict", "You have finished coding this field");
    await replaceCodings(trx, {
      codebookId: codebook.id,
      coderId: props.userId,
      responseId: props.responseId,
      codeIds,
      at: ctx.now(),
    });
    return progressOf(await codersWithProgress(trx, codebook, answers), props.userId, answers.length);
  });
}

/** The caller has coded every answer and is done (owners and analysts who code the field). */
export async function finishCoding(ctx: SurveyContext, props: CodingProps): Promise<CodingProgressView> {
  return withTransaction(ctx.database, async (trx) => {
    const scope = await codingScope(trx, props, "write-data");
    const codebook = requireCodebook(scope);
    await lockCodebook(trx, codebook.id);
    const answers = await surveyAnswers(trx, scope.survey, scope.field.field);
    const progress = progressOf(
      await codersWithProgress(trx, codebook, answers),
      props.userId,
      answers.length,
    );
    if (progress.coded < answers.length) {
      throw new PlatformError(
        "conflict",
        `You have coded ${progress.coded} of ${answers.length} answers: code them all to finish`,
      );
    }
    await setCoderFinished(trx, codebook.id, props.userId, ctx.now());
    return { ...progress, finished: true };
  });
}

/** Lets the coders see each other's codes before both have finished (owners only). */
export async function revealCodes(ctx: SurveyContext, props: CodingProps): Promise<CodesRevealed> {
  return withTransaction(ctx.database, async (trx) => {
    const scope = await codingScope(trx, props, "read-data");
    if (scope.workspace.role !== "owner")
      throw new PlatformError("forbidden", "Only owners can reveal the coders' codes");
    const codebook = requireCodebook(scope);
    await markCodebookRevealed(trx, codebook.id, ctx.now());
    return { revealed: true };
  });
}

function progressOf(
  coders: readonly {
    readonly userId: string;
    readonly slot: number;
    readonly coded: number;
    readonly finished: boolean;
  }[],
  userId: string,
  answers: number,
): CodingProgressView {
  const coder = coders.find((c) => c.userId === userId);
  if (!coder) throw new PlatformError("conflict", "You have not coded this field");
  return { slot: coder.slot, coded: coder.coded, answers, finished: coder.finished };
}
