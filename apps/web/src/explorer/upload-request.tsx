// Uploads a data file with XMLHttpRequest, which (unlike fetch) reports upload progress.
// Same conventions as the API client: same-origin cookie, X-CSRF-Token from GET /api/session.
import type { UploadedDataset, UploadProblem } from "../api/explorer-types.ts";
import { uploadContentType } from "./upload-content-type.ts";

export type UploadResult =
  | { readonly ok: true; readonly dataset: UploadedDataset }
  | {
      readonly ok: false;
      readonly message: string;
      readonly problems: readonly UploadProblem[];
      readonly total: number;
    };

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
 * POSTs the file to /api/workspaces/:slug/datasets?name=...; `onProgress` gets 0-100. Resolves
 * the stored data set, or the problems of a rejected file (422), or a message for other errors.
 */
export async function uploadDataset(
  slug: string,
  file: File,
  name: string,
  onProgress: (percent: number) => void,
): Promise<UploadResult> {
  const token = await csrfToken();
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open(
      "POST",
      `/api/workspaces/${encodeURIComponent(slug)}/datasets?name=${encodeURIComponent(name)}`,
    );
    request.setRequestHeader("Content-Type", uploadContentType(file));
    request.setRequestHeader("X-CSRF-Token", token);
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () =>
      resolve({
        ok: false,
        message: "The upload failed: no answer from the server.",
        problems: [],
        total: 0,
      });
    request.onload = () => {
      onProgress(100);
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(request.responseText) as Record<string, unknown>;
      } catch {
        // Not JSON (a proxy's error page): fall through to the status message.
      }
      if (request.status === 201) return resolve({ ok: true, dataset: body as unknown as UploadedDataset });
      const error = body.error as { message?: string } | undefined;
      const message =
        request.status === 413
          ? "The file is larger than 50 MiB."
          : (error?.message ?? `The upload failed (HTTP ${request.status}).`);
      const problems = Array.isArray(body.problems) ? (body.problems as UploadProblem[]) : [];
      resolve({
        ok: false,
        message,
        problems,
        total: typeof body.total === "number" ? body.total : problems.length,
      });
    };
    request.send(file);
  });
}
