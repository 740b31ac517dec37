// Replies worked out once per snapshot: a snapshot never changes once made, so a region's profile,
// opportunities or activity space is the same object for every request that names the same view.
// Keeping the object (not a copy) also lets the HTTP layer keep its serialised, compressed text
// (apps/server/src/http/json-reply.ts) and send that instead of re-serialising per request.
import type { ExplorerView } from "@smartspec/domain";
import type { EvidenceSnapshot } from "./snapshot-types.ts";

const memo = new WeakMap<EvidenceSnapshot, Map<string, unknown>>();

/**
 * `compute()` for (`snapshot`, `kind`, `summary`, `part`) the first time, then the same object.
 * Example: `perSnapshot(s, "opportunities", summary, "UKK1", () => opportunitiesOf(s, r))`.
 */
export function perSnapshot<T>(
  snapshot: EvidenceSnapshot,
  kind: string,
  summary: ExplorerView,
  part: string,
  compute: () => T,
): T {
  let replies = memo.get(snapshot);
  if (replies === undefined) {
    replies = new Map();
    memo.set(snapshot, replies);
  }
  const key = `${kind}\u0000${part}\u0000${summary.geography}\u0000${summary.profile}`;
  if (replies.has(key)) return replies.get(key) as T;
  const value = compute();
  replies.set(key, value);
  return value;
}
