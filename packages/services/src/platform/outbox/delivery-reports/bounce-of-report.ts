// What a delivery report means for the outbox mail it is about. A recipient whose Action is
// `failed` was given up on: a 5.x.x status is a hard bounce (the address does not work), any other
// a soft one (the relay's retries ran out on a temporary failure, e.g. 4.4.7 expired). `delayed`
// means the relay is still trying, and `delivered` / `relayed` / `expanded` are no failure: nothing
// to record. The mail is named by the first outbox id found: the returned Message-ID's left part
// (`<outbox-id@host>`, decision 0010), the Original-Envelope-Id, or the X-Smartspec-Outbox-ID header.
import { isUuid } from "../../validate.ts";
import type { DeliveryStatusReport } from "./read-delivery-report.ts";

export type BounceOfReport =
  | { readonly bounce: true; readonly outboxId: string; readonly kind: "hard" | "soft" }
  /** `reason` names no address: it is fit for a log. */
  | { readonly bounce: false; readonly reason: string };

/** The outbox id in `<id@host>`, `id@host` or a bare id, when it is one (a UUID). */
function outboxIdIn(value: string | null): string | undefined {
  const id = value?.replace(/^<|>$/g, "").split("@")[0]?.trim().toLowerCase();
  return id !== undefined && isUuid(id) ? id : undefined;
}

/** The outbox mail `report` is about, else undefined. */
export function outboxIdOfReport(report: DeliveryStatusReport): string | undefined {
  return outboxIdIn(report.messageId) ?? outboxIdIn(report.envelopeId) ?? outboxIdIn(report.outboxIdHeader);
}

/** The bounce a report records (hard before soft when it names several recipients), or why none. */
export function bounceOfReport(report: DeliveryStatusReport): BounceOfReport {
  const failed = report.recipients.filter((r) => r.action === "failed");
  if (failed.length === 0) {
    const delayed = report.recipients.some((r) => r.action === "delayed");
    return {
      bounce: false,
      reason: delayed
        ? "delivery is delayed, not failed: the relay is still trying"
        : "no recipient failed (the report tells of delivery or relaying)",
    };
  }
  const outboxId = outboxIdOfReport(report);
  if (outboxId === undefined) {
    return {
      bounce: false,
      reason:
        "the report names no outbox mail (no Message-ID, Original-Envelope-Id or X-Smartspec-Outbox-ID of ours)",
    };
  }
  const hard = failed.some((r) => r.status?.startsWith("5.") === true);
  return { bounce: true, outboxId, kind: hard ? "hard" : "soft" };
}
