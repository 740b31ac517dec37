import { describeError } from "../api/api-error.ts";

/**
 * An error as one sentence in a role="alert" element, so screen readers announce it; nothing
 * when there is no error. `error` is any thrown value (ApiError gives the server's message).
 */
export function ErrorAlert({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  const message = typeof error === "string" ? error : describeError(error);
  return (
    <div role="alert" className="alert">
      {message}
    </div>
  );
}
