// Submitting on a shaky connection: the same request (same idempotency key) is sent again when the
// server was not reached or failed (status 0 or 5xx), after growing waits; any other answer (stored,
// already stored, a 422 with problems, an expired link) is final. The key makes the retries safe:
// the server stores the answers at most once.
import { ApiError } from "../../api/api-error.ts";

/** Waits before the 2nd, 3rd, ... try, in milliseconds. */
export const submitRetryDelays = [1_000, 2_000, 4_000, 8_000, 15_000] as const;

/** True for failures worth another try: no answer from the server, or a server error. */
export function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

export interface RetryOptions {
  readonly delays?: readonly number[];
  readonly sleep?: (ms: number) => Promise<void>;
  /** Told before each wait, with the try that failed (1-based), e.g. to say "Retrying...". */
  readonly onRetry?: (attempt: number, error: unknown) => void;
}

/**
 * Runs `send` until it resolves or fails for good; rethrows the last error once the delays are used
 * up. Example: `await submitWithRetry(() => api.submit(answers, key, null))`.
 */
export async function submitWithRetry<T>(send: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const delays = options.delays ?? submitRetryDelays;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const delay = delays[attempt - 1];
      if (!isRetryable(error) || delay === undefined) throw error;
      options.onRetry?.(attempt, error);
      await sleep(delay);
    }
  }
}
