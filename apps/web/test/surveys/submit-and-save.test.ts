import { describe, expect, it } from "vitest";
import { ApiError } from "../../src/api/api-error.ts";
import { createProgressSaver, type SaveState } from "../../src/surveys/respondent/progress-saver.ts";
import { isRetryable, submitWithRetry } from "../../src/surveys/respondent/submit-with-retry.ts";

describe("submitWithRetry", () => {
  it("retries when the server was not reached or failed, waiting the given delays", async () => {
    const waits: number[] = [];
    const retries: number[] = [];
    let tries = 0;
    const result = await submitWithRetry(
      async () => {
        tries += 1;
        if (tries === 1) throw new ApiError(0, "network", "offline");
        if (tries === 2) throw new ApiError(503, "unavailable", "busy");
        return "stored";
      },
      {
        delays: [10, 20, 40],
        sleep: async (ms) => void waits.push(ms),
        onRetry: (attempt) => retries.push(attempt),
      },
    );
    expect(result).toBe("stored");
    expect(waits).toEqual([10, 20]);
    expect(retries).toEqual([1, 2]);
  });

  it("gives up after the last delay with the last error", async () => {
    let tries = 0;
    const failing = submitWithRetry(
      async () => {
        tries += 1;
        throw new ApiError(0, "network", `offline ${tries}`);
      },
      { delays: [1, 1], sleep: async () => {} },
    );
    await expect(failing).rejects.toThrow("offline 3");
    expect(tries).toBe(3);
  });

  it("never retries a final answer (422 problems, 404 invalid link, 409 conflict)", async () => {
    for (const status of [422, 404, 409]) {
      let tries = 0;
      await expect(
        submitWithRetry(
          async () => {
            tries += 1;
            throw new ApiError(status, "x", "final");
          },
          { sleep: async () => {} },
        ),
      ).rejects.toThrow("final");
      expect(tries).toBe(1);
    }
    expect(isRetryable(new Error("not an ApiError"))).toBe(false);
  });
});

describe("createProgressSaver", () => {
  it("sends only when answers changed, the newest answers, one request at a time", async () => {
    const sent: unknown[] = [];
    const states: SaveState[] = [];
    let release: () => void = () => {};
    const saver = createProgressSaver(
      (answers) => {
        sent.push(answers);
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
      (state) => states.push(state),
    );
    await saver.flush();
    expect(sent).toEqual([]);
    saver.changed({ q1: 1 });
    const first = saver.flush();
    saver.changed({ q1: 2 });
    expect(saver.flush()).toBe(first);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await first;
    expect(sent).toEqual([{ q1: 1 }, { q1: 2 }]);
    expect(states).toEqual(["unsaved", "saving", "saved"]);
    await saver.flush();
    expect(sent).toHaveLength(2);
  });

  it("keeps unsent answers after a failure and sends them on the next flush", async () => {
    let fail = true;
    const sent: unknown[] = [];
    const saver = createProgressSaver(async (answers) => {
      if (fail) throw new ApiError(0, "network", "offline");
      sent.push(answers);
    });
    saver.changed({ q1: "a" });
    await saver.flush();
    expect(saver.state()).toBe("offline");
    fail = false;
    await saver.flush();
    expect(sent).toEqual([{ q1: "a" }]);
    expect(saver.state()).toBe("saved");
  });
});
