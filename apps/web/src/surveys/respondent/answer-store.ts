// What a respondent's browser keeps between visits, per link: the answers typed so far (so a
// reload or a dropped connection loses nothing), the page they were on, the submit's idempotency
// key (made once per form, so a retried or repeated submit is recognised) and, for open links,
// the resume key the server gave. Stored under a hash of the link, never the token itself.
import { sha256Hex, utf8Bytes } from "@smartspec/domain";
import type { RespondentLink } from "../../api/survey-respondent.ts";

/** The slice of the Web Storage API the store uses (localStorage in the browser). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface StoredForm {
  readonly answers: Record<string, unknown>;
  readonly pageNo: number;
  readonly idempotencyKey: string | null;
  readonly resumeKey: string | null;
}

const empty: StoredForm = { answers: {}, pageNo: 0, idempotencyKey: null, resumeKey: null };

/** The storage key of a link: "smartspec.respond." + the first 32 hex digits of SHA-256(kind:id). */
export function storageKey(link: RespondentLink): string {
  const id = link.kind === "personal" ? link.token : link.key;
  return `smartspec.respond.${sha256Hex(utf8Bytes(`${link.kind}:${id}`)).slice(0, 32)}`;
}

function parse(text: string | null): StoredForm {
  if (text === null) return empty;
  try {
    const value = JSON.parse(text) as Partial<StoredForm>;
    return {
      answers: typeof value.answers === "object" && value.answers !== null ? value.answers : {},
      pageNo: typeof value.pageNo === "number" && value.pageNo >= 0 ? value.pageNo : 0,
      idempotencyKey: typeof value.idempotencyKey === "string" ? value.idempotencyKey : null,
      resumeKey: typeof value.resumeKey === "string" ? value.resumeKey : null,
    };
  } catch {
    return empty;
  }
}

export interface AnswerStore {
  read(): StoredForm;
  /** Keeps the answers and page; a full or blocked storage is ignored (the server copy remains). */
  write(change: Partial<StoredForm>): void;
  /** The form's idempotency key, made with `make` the first time and kept from then on. */
  idempotencyKey(make: () => string): string;
  /** Forgets the answers after a stored submit (the server has them); nothing else is kept. */
  clear(): void;
}

/** A store for one link. Example: `createAnswerStore(localStorage, { kind: "personal", token })`. */
export function createAnswerStore(storage: KeyValueStorage, link: RespondentLink): AnswerStore {
  const key = storageKey(link);
  const read = () => {
    try {
      return parse(storage.getItem(key));
    } catch {
      return empty;
    }
  };
  const write = (change: Partial<StoredForm>) => {
    try {
      storage.setItem(key, JSON.stringify({ ...read(), ...change }));
    } catch {
      // Private mode or a full quota: saving to the server still works.
    }
  };
  return {
    read,
    write,
    idempotencyKey: (make) => {
      const known = read().idempotencyKey;
      if (known !== null) return known;
      const made = make();
      write({ idempotencyKey: made });
      return made;
    },
    clear: () => {
      try {
        storage.removeItem(key);
      } catch {
        // Nothing to do: the answers are on the server.
      }
    },
  };
}

/**
 * The answers to start from: the browser's copy when it holds any (it is at least as new as the
 * server's, which it feeds), else the server's saved partial answers.
 */
export function startingAnswers(
  server: Record<string, unknown>,
  local: Record<string, unknown>,
): Record<string, unknown> {
  return Object.keys(local).length > 0 ? { ...local } : { ...server };
}
