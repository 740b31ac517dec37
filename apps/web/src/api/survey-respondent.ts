// The respondent side of the survey API (no session: the token or open-link key in the path is
// the credential). JSON bodies only, so no CSRF header; errors are ApiError as everywhere else,
// with status 0 when the server was not reached (which the form treats as "offline, retry").
import type { ProgressSaved, RespondentForm, SubmitReply } from "@smartspec/domain";
import { ApiError, errorFromResponse, networkError } from "./api-error.ts";
import type { SurveyProblem } from "./survey-types.ts";

/** A 422 answer to a submit: the answers that need attention, each with its path and message. */
export class AnswerProblemsError extends ApiError {
  readonly problems: readonly SurveyProblem[];

  constructor(error: ApiError, problems: readonly SurveyProblem[]) {
    super(error.status, error.code, error.message);
    this.name = "AnswerProblemsError";
    this.problems = problems;
  }
}

async function problemsOf(response: Response): Promise<readonly SurveyProblem[]> {
  try {
    const body = (await response.json()) as { problems?: unknown };
    return Array.isArray(body.problems) ? (body.problems as SurveyProblem[]) : [];
  } catch {
    return [];
  }
}

/** Which link the respondent opened: a personal invitation token or a survey's open-link key. */
export type RespondentLink =
  | { readonly kind: "personal"; readonly token: string }
  | { readonly kind: "open"; readonly key: string };

/** `stored` is true when this call stored the answers, false when an earlier try had. */
export type SubmitAnswer = SubmitReply;

/** The API path of a link: `/api/respond/{token}` or `/api/respond/open/{key}`. */
export function respondentPath(link: RespondentLink): string {
  return link.kind === "personal"
    ? `/api/respond/${encodeURIComponent(link.token)}`
    : `/api/respond/open/${encodeURIComponent(link.key)}`;
}

async function call<T>(
  method: string,
  path: string,
  body?: unknown,
  fetcher: typeof fetch = fetch,
): Promise<T> {
  let response: Response;
  try {
    response = await fetcher(path, {
      method,
      credentials: "omit",
      headers:
        body === undefined
          ? { Accept: "application/json" }
          : { Accept: "application/json", "Content-Type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw networkError();
  }
  if (response.status === 422) {
    const problems = await problemsOf(response.clone());
    throw new AnswerProblemsError(await errorFromResponse(response), problems);
  }
  if (!response.ok) throw await errorFromResponse(response);
  const text = await response.text();
  if (text === "") return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(response.status, "unavailable", "The server sent an answer the page cannot read.");
  }
}

/** The respondent routes for one link. Example: `createRespondentApi({ kind: "personal", token }).open()`. */
export function createRespondentApi(
  link: RespondentLink,
  fetcher: typeof fetch = (input, init) => fetch(input, init),
) {
  const path = respondentPath(link);
  // Open links and anonymous surveys find saved answers by a resume key the browser keeps (the
  // server stores only its hash); other links ignore it.
  const withKey = (resumeKey: string | null, rest: Record<string, unknown>) => ({ ...rest, resumeKey });
  return {
    open: (resumeKey: string | null = null) =>
      call<RespondentForm>(
        "GET",
        resumeKey === null ? path : `${path}?resumeKey=${encodeURIComponent(resumeKey)}`,
        undefined,
        fetcher,
      ),
    /** Saves answers so far; may answer with the resume key to keep (the first save creates it). */
    saveProgress: (answers: Record<string, unknown>, resumeKey: string | null) =>
      call<ProgressSaved | undefined>("PUT", `${path}/progress`, withKey(resumeKey, { answers }), fetcher),
    submit: (answers: Record<string, unknown>, idempotencyKey: string, resumeKey: string | null) =>
      call<SubmitAnswer>("POST", `${path}/submit`, withKey(resumeKey, { answers, idempotencyKey }), fetcher),
    refuse: () => call<void>("POST", `${path}/refuse`, {}, fetcher),
    unsubscribe: () => call<void>("POST", `${path}/unsubscribe`, {}, fetcher),
  };
}

export type RespondentApi = ReturnType<typeof createRespondentApi>;
