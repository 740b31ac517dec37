// Sends a file's raw bytes to a survey route (an XLSForm workbook, a frame CSV / XLSX) and reads
// the answer as the pages need it: the created resource, or the message and every problem of a
// refused file (422). Same conventions as the API client: same-origin cookie, X-CSRF-Token.
import { describeError } from "./api-error.ts";
import type { SurveyProblem } from "./survey-types.ts";

export type SurveyUploadResult<T> =
  | { readonly ok: true; readonly body: T }
  | { readonly ok: false; readonly message: string; readonly problems: readonly SurveyProblem[] };

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The Content-Type for an upload: CSV and XLSX by file name, else the browser's type. */
export function surveyUploadType(file: { readonly name: string; readonly type: string }): string {
  if (/\.csv$/i.test(file.name)) return "text/csv";
  if (/\.xlsx$/i.test(file.name)) return xlsxType;
  if (/\.json$/i.test(file.name)) return "application/json";
  return file.type || "application/octet-stream";
}

/** Reads a JSON answer into the upload result; `problems` from a 422 body are kept as they come. */
export function readUploadAnswer<T>(status: number, text: string): SurveyUploadResult<T> {
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's error page): the status says what happened.
  }
  if (status >= 200 && status < 300) return { ok: true, body: body as T };
  const error = body.error as { message?: unknown } | undefined;
  const problems = Array.isArray(body.problems) ? (body.problems as SurveyProblem[]) : [];
  const message =
    status === 413
      ? "The file is too large to upload."
      : typeof error?.message === "string"
        ? error.message
        : `The upload failed (HTTP ${status}).`;
  return { ok: false, message, problems };
}

async function csrfToken(): Promise<string> {
  const response = await fetch("/api/session", {
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  });
  const session = (await response.json()) as { csrfToken?: string };
  if (!session.csrfToken) throw new Error("The server did not provide a security token. Reload the page.");
  return session.csrfToken;
}

/**
 * Sends `body` to `path` (already carrying its query string) with the session's CSRF token. Never
 * throws: a dropped connection is a failed result with a readable message.
 * Example: `await sendSurveyBody("POST", "/api/workspaces/acme/surveys/s1/frame?name=SMEs", file, "text/csv")`.
 */
export async function sendSurveyBody<T>(
  method: "POST" | "PUT",
  path: string,
  body: string | Blob,
  contentType: string,
): Promise<SurveyUploadResult<T>> {
  try {
    const response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: { Accept: "application/json", "Content-Type": contentType, "X-CSRF-Token": await csrfToken() },
      body,
    });
    return readUploadAnswer<T>(response.status, await response.text());
  } catch (error) {
    return {
      ok: false,
      message:
        error instanceof TypeError ? "The upload failed: no answer from the server." : describeError(error),
      problems: [],
    };
  }
}

/** POSTs a file's bytes with the Content-Type its name implies (see `surveyUploadType`). */
export function uploadSurveyFile<T>(path: string, file: File): Promise<SurveyUploadResult<T>> {
  return sendSurveyBody<T>("POST", path, file, surveyUploadType(file));
}
