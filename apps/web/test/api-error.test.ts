import { describe, expect, it } from "vitest";
import { ApiError, describeError, errorFromResponse, formatWait, shouldRetry } from "../src/api/api-error.ts";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

describe("errorFromResponse", () => {
  it("takes code and message from the API's error body", async () => {
    const error = await errorFromResponse(
      json(401, { error: { code: "invalid-credentials", message: "Email or password is incorrect." } }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.message]).toEqual([
      401,
      "invalid-credentials",
      "Email or password is incorrect.",
    ]);
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  it("reads Retry-After seconds on a 429", async () => {
    const body = { error: { code: "rate-limited", message: "Too many sign-in attempts." } };
    const error = await errorFromResponse(json(429, body, { "Retry-After": "900" }));
    expect(error.retryAfterSeconds).toBe(900);
    expect(describeError(error)).toBe("Too many sign-in attempts. Try again in 15 minutes.");
  });

  it("ignores a Retry-After given as an HTTP date", async () => {
    const body = { error: { code: "rate-limited", message: "Too many attempts." } };
    const error = await errorFromResponse(
      json(429, body, { "Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT" }),
    );
    expect(error.retryAfterSeconds).toBeUndefined();
    expect(describeError(error)).toBe("Too many attempts.");
  });

  it("maps a proxy's HTML error page by status", async () => {
    const error = await errorFromResponse(new Response("<html>Bad gateway</html>", { status: 502 }));
    expect([error.code, error.message]).toEqual([
      "unavailable",
      "The smartspec server is not available right now. Try again in a minute.",
    ]);
  });

  it("maps an empty 413 to payload-too-large", async () => {
    const error = await errorFromResponse(new Response(null, { status: 413 }));
    expect([error.code, error.message]).toEqual([
      "payload-too-large",
      "That is too much data to send at once.",
    ]);
  });

  it("falls back to the status for an unknown status and a malformed body", async () => {
    const error = await errorFromResponse(json(418, { error: { code: 7 } }));
    expect([error.code, error.message]).toEqual(["http-418", "The server answered 418. Try again later."]);
  });
});

describe("describeError", () => {
  it("never shows a stack trace or raw exception text for non-API errors", () => {
    expect(describeError(new TypeError("x is undefined"))).toBe(
      "Something went wrong. Reload the page and try again.",
    );
  });
});

describe("formatWait", () => {
  it("says seconds under a minute and rounds minutes up", () => {
    expect([1, 30, 60, 61, 900].map(formatWait)).toEqual([
      "1 second",
      "30 seconds",
      "1 minute",
      "2 minutes",
      "15 minutes",
    ]);
  });
});

describe("shouldRetry", () => {
  it("retries unreachable and 5xx answers twice, never 4xx or non-API errors", () => {
    const unreachable = new ApiError(0, "network", "offline");
    const serverError = new ApiError(503, "unavailable", "down");
    const notFound = new ApiError(404, "not-found", "gone");
    expect([0, 1, 2].map((count) => shouldRetry(count, unreachable))).toEqual([true, true, false]);
    expect(shouldRetry(0, serverError)).toBe(true);
    expect(shouldRetry(0, notFound)).toBe(false);
    expect(shouldRetry(0, new Error("boom"))).toBe(false);
  });
});
