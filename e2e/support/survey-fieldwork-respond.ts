// A respondent over plain HTTP, as a form without JavaScript or a script would answer: open the
// personal link's form, save the first page, submit with an idempotency key. No session and no
// cookies: the token in the path is the credential.

export interface RespondReply {
  readonly status: number;
  readonly body: unknown;
}

/** One respondent request; rejects on a network error (the server gone), never on a status. */
export async function respondRequest(
  baseUrl: string,
  method: "GET" | "PUT" | "POST",
  path: string,
  body?: unknown,
): Promise<RespondReply> {
  const response = await fetch(`${baseUrl}/api/respond/${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  return { status: response.status, body: text === "" ? undefined : (JSON.parse(text) as unknown) };
}

function expectReply(what: string, reply: RespondReply, statuses: readonly number[]): void {
  if (!statuses.includes(reply.status)) {
    throw new Error(
      `${what}: expected ${statuses.join(" or ")}, got ${reply.status} ${JSON.stringify(reply.body)}`,
    );
  }
}

/** The personal-link token of a survey mail's text (`.../s/<token>` on its own line). */
export function tokenOfLink(link: string): string {
  const token = /\/s\/([A-Za-z0-9_-]{20,})$/.exec(link)?.[1];
  if (token === undefined) throw new Error(`Not a personal survey link: ${link}`);
  return token;
}

/** An idempotency key for respondent `row` (16-100 of A-Z a-z 0-9 _ -, unique per survey). */
export function idempotencyKey(row: number): string {
  return `fieldwork-row-${String(row).padStart(5, "0")}`;
}

/**
 * GET the form (it must be open), PUT the first page's answers as progress, then POST the
 * submit. Returns the submit's reply: 201 stored, or 200 already stored (a retry).
 */
export async function answerOverHttp(
  baseUrl: string,
  token: string,
  answers: Readonly<Record<string, unknown>>,
  key: string,
): Promise<RespondReply> {
  const form = await respondRequest(baseUrl, "GET", token);
  expectReply("open the form", form, [200]);
  const status = (form.body as { status?: unknown }).status;
  if (status !== "open")
    throw new Error(`The form of ${token.slice(0, 6)}... is ${String(status)}, not open`);
  const firstPage = { aware: answers.aware, benefits: answers.benefits };
  expectReply(
    "save progress",
    await respondRequest(baseUrl, "PUT", `${token}/progress`, { answers: firstPage }),
    [204],
  );
  return submitOverHttp(baseUrl, token, answers, key);
}

/** POST the submit alone (a retry of an earlier one sends the same key). */
export async function submitOverHttp(
  baseUrl: string,
  token: string,
  answers: Readonly<Record<string, unknown>>,
  key: string,
): Promise<RespondReply> {
  const reply = await respondRequest(baseUrl, "POST", `${token}/submit`, { answers, idempotencyKey: key });
  expectReply("submit", reply, [200, 201]);
  return reply;
}

/** Runs `work` over `items`, `width` at a time, started in order (concurrent respondents). */
export async function inParallel<T>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: width }, lane));
}
