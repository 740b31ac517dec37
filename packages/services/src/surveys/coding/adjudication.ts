// Agreement and adjudication, once the codes are revealed: Cohen's kappa per code and overall,
// percent agreement, the answers the coders disagree on (with both sets and any adjudicated set),
// and setting an answer's final codes (an empty list withdraws the adjudication).
import { replaceFinalCodes, withTransaction } from "@smartspec/storage";
import type { SurveyContext } from "../survey-context.ts";
import { checkedCodeIds, requireAnswer } from "./coded-answer.ts";
import { revealedCoding } from "./coded-field-state.ts";
import { codingAgreement } from "./coding-agreement.ts";
import { type CodingProps, codingScope } from "./coding-scope.ts";
import type { AgreementView, AnswerAdjudicated } from "./coding-views.ts";

/** Agreement of the two coders and the disagreements to adjudicate (any member, once revealed). */
export async function codingAgreementReport(ctx: SurveyContext, props: CodingProps): Promise<AgreementView> {
  const db = ctx.database.db;
  const scope = await codingScope(db, props, "read-data");
  const state = await revealedCoding(db, scope);
  const agreement = codingAgreement(
    state.answers.map((a) => a.responseId),
    state.codes.map((c) => c.id),
    state.first,
    state.second,
  );
  const labels = new Map(state.codes.map((c) => [c.id, c.label]));
  const texts = new Map(state.answers.map((a) => [a.responseId, a.text]));
  const listed = (set: ReadonlySet<string> | undefined) =>
    state.codes.map((c) => c.id).filter((id) => set?.has(id));
  return {
    field: scope.field.field,
    title: scope.field.title,
    coders: state.coders,
    overall: agreement.overall,
    codes: agreement.codes.map((c) => ({ ...c, label: labels.get(c.codeId) ?? "" })),
    disagreements: agreement.disagreements.map((responseId) => {
      const decided = state.adjudicated.get(responseId);
      return {
        responseId,
        text: texts.get(responseId) ?? "",
        first: listed(state.first.get(responseId)),
        second: listed(state.second.get(responseId)),
        final: decided && decided.size > 0 ? listed(decided) : null,
      };
    }),
  };
}

export interface AdjudicateProps extends CodingProps {
  readonly responseId: string;
  /** The final codes; [] withdraws the adjudication (the coders' agreement applies again). */
  readonly codeIds: readonly string[];
}

/** Sets an answer's final codes (owners and analysts, once the codes are revealed). */
export async function adjudicateAnswer(
  ctx: SurveyContext,
  props: AdjudicateProps,
): Promise<AnswerAdjudicated> {
  return withTransaction(ctx.database, async (trx) => {
    const scope = await codingScope(trx, props, "write-data");
    const state = await revealedCoding(trx, scope);
    requireAnswer(state.answers, props.responseId);
    const codeIds = checkedCodeIds(state.codes, props.codeIds);
    await replaceFinalCodes(trx, {
      codebookId: state.codebook.id,
      responseId: props.responseId,
      codeIds,
      adjudicatedBy: props.userId,
      at: ctx.now(),
    });
    return {
      responseId: props.responseId,
      final: state.codes.map((c) => c.id).filter((id) => codeIds.includes(id)),
    };
  });
}
