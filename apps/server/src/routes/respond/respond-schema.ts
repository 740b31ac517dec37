// Schemas and helpers of the respondent routes: no session (the token or open-link key in the path
// is the credential), JSON bodies only, never cached, never leaking the URL as a referrer; errors of
// the respondent use cases as the contract has them (an unusable link: 404 `invalid-token`; answers
// that do not fit the instrument: 422 with every problem).
import { z } from "@hono/zod-openapi";
import {
  type AnswerProblemsReply,
  answerProblemsSchema,
  type Instrument,
  type RespondentForm,
  submitAlreadyStoredSchema,
  submitStoredSchema,
  toSurveyJs,
} from "@smartspec/domain";
import { isPlatformError, type RespondentView } from "@smartspec/services";
import type { Context, MiddlewareHandler } from "hono";
import { ApiError } from "../../http/api-error.ts";
import { errors } from "../common-schema.ts";
import { surveyReply } from "../surveys/survey-schema.ts";

export const respondTags = { tags: ["respond"] };

/** What any respondent link can answer besides success. */
export const linkErrors = { 400: errors[400], 404: errors[404], 409: errors[409], 415: errors[415] } as const;

/** The responses of both submit routes (personal and open link). */
export const submitResponses = {
  201: surveyReply("Stored", submitStoredSchema),
  200: surveyReply("Already stored by an earlier try", submitAlreadyStoredSchema),
  ...linkErrors,
  422: surveyReply("Answers that do not fit the instrument", answerProblemsSchema),
} as const;

export const tokenParam = z.object({
  token: z
    .string()
    .max(100)
    .openapi({ param: { name: "token", in: "path" } }),
});
export const keyParam = z.object({
  key: z
    .string()
    .max(100)
    .openapi({ param: { name: "key", in: "path" } }),
});
export const resumeQuery = z.object({
  resumeKey: z
    .string()
    .max(100)
    .optional()
    .openapi({ description: "Anonymous surveys: the key from the last save" }),
});

const answers = z.record(z.string(), z.unknown());
const resumeKey = z.string().max(100).nullable().optional();
const identity = { name: z.string().max(200).optional(), email: z.string().max(320).optional() };

export const progressSchema = z.strictObject({ answers, resumeKey }).openapi("RespondentProgress");
export const submitSchema = z
  .strictObject({ answers, idempotencyKey: z.string().max(100), resumeKey })
  .openapi("RespondentSubmit");
export const openProgressSchema = z
  .strictObject({ answers, resumeKey, ...identity })
  .openapi("OpenLinkProgress");
export const openSubmitSchema = z
  .strictObject({ answers, idempotencyKey: z.string().max(100), resumeKey, ...identity })
  .openapi("OpenLinkSubmit");
export const refuseSchema = z
  .strictObject({ reason: z.string().max(500).optional() })
  .openapi("RespondentRefuse");
export const emptySchema = z.strictObject({}).openapi("EmptyBody");

/**
 * Every respondent reply: Cache-Control: no-store and Referrer-Policy: no-referrer. Every change
 * must come as application/json (415 otherwise, bodiless requests included): with no session CSRF
 * check here, this is what keeps cross-site forms and no-cors requests out.
 */
export const respondentHeaders: MiddlewareHandler = async (c, next) => {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (c.req.method !== "GET" && c.req.method !== "HEAD" && type !== "application/json") {
    throw new ApiError(
      415,
      "unsupported-media-type",
      "Send the body as JSON (Content-Type: application/json).",
    );
  }
  await next();
  c.res.headers.set("cache-control", "no-store");
  c.res.headers.set("referrer-policy", "no-referrer");
};

/**
 * Runs a respondent use case, answering an unusable link with 404 `invalid-token` and answers
 * that do not fit the instrument with 422 `invalid-answers` and their problems.
 */
export async function asRespondent<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isPlatformError(error, "invalid-token")) throw new ApiError(404, "invalid-token", error.message);
    if (isPlatformError(error, "validation") && error.field === "answers" && Array.isArray(error.cause)) {
      throw new AnswerProblems(error.message, error.cause);
    }
    throw error;
  }
}

/** Answers refused by the instrument (422); the route replies with its problems. */
export class AnswerProblems extends Error {
  constructor(
    message: string,
    readonly problems: readonly unknown[],
  ) {
    super(message);
  }
}

/** Problems as the contract lists them: `{ path, code, message }` (path: the question name). */
export function answerProblemsBody(error: AnswerProblems): AnswerProblemsReply {
  return {
    error: { code: "invalid-answers" as const, message: error.message },
    problems: error.problems.map((p) => {
      const problem = p as { question?: string; code?: string; message?: string };
      return {
        path: problem.question ? [problem.question] : [],
        code: problem.code ?? null,
        message: problem.message ?? String(p),
      };
    }),
  };
}

/** The form a respondent receives: the frozen instrument as SurveyJS JSON and their saved answers. */
export function respondentBody(view: RespondentView): RespondentForm {
  return {
    survey: { title: view.surveyTitle, anonymity: view.anonymity, notice: view.anonymityNotice },
    instrument: toSurveyJs(view.instrument.json as Instrument),
    instrumentVersion: view.instrument.version,
    variant: view.variant,
    answers: view.answers,
    status: view.completed ? ("completed" as const) : ("open" as const),
    resumeKey: view.resumeKey,
  };
}

/** Runs a submit and replies as `submitResponses` says: 201 stored, 200 already stored, 422 problems. */
export async function submitReply(
  c: Context,
  submit: () => Promise<{ readonly status: "stored" | "already-stored" }>,
) {
  try {
    const result = await asRespondent(submit);
    return result.status === "stored"
      ? c.json({ stored: true as const }, 201)
      : c.json({ stored: false as const, alreadyStored: true as const }, 200);
  } catch (error) {
    if (error instanceof AnswerProblems) return c.json(answerProblemsBody(error), 422);
    throw error;
  }
}
