// One error class for everything the API client can fail with, so pages show one kind of message.
// The server's errors are `{ "error": { "code", "message" } }`; anything else (a proxy's HTML page,
// an empty 413, a dropped connection) is mapped to a stable code here.

/** A failed API call: HTTP status (0 when the server was not reached), stable code, readable message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Seconds to wait before retrying, from the `Retry-After` header (429 only). */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, code: string, message: string, retryAfterSeconds?: number) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Fallback messages by code when the response carries none (server down, proxy page, empty body). */
const fallbackMessages: Readonly<Record<string, string>> = {
  network: "Could not reach the smartspec server. Check your connection and try again.",
  "payload-too-large": "That is too much data to send at once.",
  unavailable: "The smartspec server is not available right now. Try again in a minute.",
  "not-found": "That page or item does not exist, or you do not have access to it.",
  unauthenticated: "Your session has ended. Sign in again.",
  forbidden: "Your role in this workspace does not allow that.",
  "rate-limited": "Too many attempts. Wait a while and try again.",
  csrf: "The page was open too long to submit safely. Reload it and try again.",
};

const codeByStatus: Readonly<Record<number, string>> = {
  401: "unauthenticated",
  403: "forbidden",
  404: "not-found",
  413: "payload-too-large",
  429: "rate-limited",
  502: "unavailable",
  503: "unavailable",
  504: "unavailable",
};

/**
 * The ApiError for a non-2xx response: code and message from the JSON error body when present,
 * else from the status. `Retry-After` is read as whole seconds (an HTTP date is ignored).
 * Example: a 401 `{"error":{"code":"invalid-credentials","message":"Email or password is incorrect."}}`
 * gives `ApiError(401, "invalid-credentials", "Email or password is incorrect.")`.
 */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const retryHeader = response.headers.get("retry-after");
  const retryAfter =
    retryHeader !== null && /^\d+$/.test(retryHeader.trim()) ? Number(retryHeader) : undefined;
  const body = await response.text().catch(() => "");
  const parsed = parseErrorBody(body);
  const code = parsed?.code ?? codeByStatus[response.status] ?? `http-${response.status}`;
  const message =
    parsed?.message ?? fallbackMessages[code] ?? `The server answered ${response.status}. Try again later.`;
  return new ApiError(response.status, code, message, retryAfter);
}

/** The ApiError for a request that never got a response (offline, DNS, connection refused). */
export function networkError(): ApiError {
  return new ApiError(0, "network", fallbackMessages.network!);
}

/**
 * The sentence to show a person for any thrown value: the API's message, with the wait spelled out
 * for rate limits ("Try again in 15 minutes."). Never a stack trace.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return "Something went wrong. Reload the page and try again.";
  if (error.code === "rate-limited" && error.retryAfterSeconds !== undefined) {
    return `${error.message.replace(/\s*$/, "")} Try again in ${formatWait(error.retryAfterSeconds)}.`;
  }
  return error.message;
}

/** A wait in words, rounded up to whole minutes past one minute: 30 -> "30 seconds", 61 -> "2 minutes". */
export function formatWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/**
 * Retry a failed query only when the server was not reached or failed (status 0 or 5xx), at most
 * twice: a 401, 403 or 404 will not change by asking again.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return (error.status === 0 || error.status >= 500) && failureCount < 2;
}

function parseErrorBody(body: string): { code: string; message: string } | undefined {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== "object" || value === null || !("error" in value)) return undefined;
    const error: unknown = value.error;
    if (typeof error !== "object" || error === null) return undefined;
    const code = "code" in error && typeof error.code === "string" ? error.code : undefined;
    const message = "message" in error && typeof error.message === "string" ? error.message : undefined;
    return code !== undefined && message !== undefined ? { code, message } : undefined;
  } catch {
    return undefined;
  }
}
