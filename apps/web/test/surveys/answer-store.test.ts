import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  createAnswerStore,
  type KeyValueStorage,
  startingAnswers,
  storageKey,
} from "../../src/surveys/respondent/answer-store.ts";

function memoryStorage(): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const link = { kind: "personal", token: "tok-123" } as const;

describe("storageKey", () => {
  it("is the first 32 hex digits of SHA-256(kind:id), never the token (reference: node:crypto)", () => {
    const expected = createHash("sha256").update("personal:tok-123").digest("hex").slice(0, 32);
    expect(storageKey(link)).toBe(`smartspec.respond.${expected}`);
    expect(storageKey(link)).not.toContain("tok-123");
    expect(storageKey({ kind: "open", key: "tok-123" })).not.toBe(storageKey(link));
  });
});

describe("createAnswerStore", () => {
  it("keeps answers and page, merging later writes into earlier ones", () => {
    const storage = memoryStorage();
    const store = createAnswerStore(storage, link);
    expect(store.read()).toEqual({ answers: {}, pageNo: 0, idempotencyKey: null, resumeKey: null });
    store.write({ answers: { q1: "a" }, pageNo: 1 });
    store.write({ resumeKey: "r1" });
    expect(createAnswerStore(storage, link).read()).toEqual({
      answers: { q1: "a" },
      pageNo: 1,
      idempotencyKey: null,
      resumeKey: "r1",
    });
  });

  it("makes the idempotency key once and returns the same key afterwards", () => {
    const store = createAnswerStore(memoryStorage(), link);
    let made = 0;
    const make = () => `key-${++made}`;
    expect(store.idempotencyKey(make)).toBe("key-1");
    expect(store.idempotencyKey(make)).toBe("key-1");
    expect(made).toBe(1);
  });

  it("forgets everything on clear", () => {
    const storage = memoryStorage();
    const store = createAnswerStore(storage, link);
    store.write({ answers: { q1: "a" } });
    store.clear();
    expect(storage.items.size).toBe(0);
  });

  it("reads damaged or foreign values as empty, and survives a storage that throws", () => {
    const storage = memoryStorage();
    storage.items.set(storageKey(link), "{not json");
    expect(createAnswerStore(storage, link).read().answers).toEqual({});
    storage.items.set(storageKey(link), JSON.stringify({ answers: 3, pageNo: -1, idempotencyKey: 5 }));
    expect(createAnswerStore(storage, link).read()).toEqual({
      answers: {},
      pageNo: 0,
      idempotencyKey: null,
      resumeKey: null,
    });
    const full: KeyValueStorage = {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {
        throw new Error("blocked");
      },
    };
    const store = createAnswerStore(full, link);
    expect(() => store.write({ answers: { q: 1 } })).not.toThrow();
    expect(store.read().answers).toEqual({});
    expect(() => store.clear()).not.toThrow();
  });
});

describe("startingAnswers", () => {
  it("prefers the browser's copy when it has answers, else the server's", () => {
    expect(startingAnswers({ q1: "server" }, { q1: "local", q2: 2 })).toEqual({ q1: "local", q2: 2 });
    expect(startingAnswers({ q1: "server" }, {})).toEqual({ q1: "server" });
  });
});
