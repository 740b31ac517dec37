// Reads a delivery status notification (DSN, RFC 3464): the report a relay mails back when it
// gives up on (or delays) a mail it had accepted. Pure: raw message bytes in, the report's fields
// out, or why the message is not one. Written for the shapes Postfix, Exim, Exchange / Office 365
// and Gmail send: a multipart/report (report-type=delivery-status) holding a human-readable part,
// a message/delivery-status part, and the returned message (message/rfc822) or its headers
// (text/rfc822-headers); the RFC 6533 "global" (UTF-8) types alike. The report is looked for in
// nested multiparts too (a gateway may wrap it), never inside a returned or forwarded message.
import { type ContentType, isToken, parseContentType } from "./content-type.ts";
import { type RecipientStatus, readDeliveryStatusFields } from "./delivery-status-fields.ts";
import { headerValue, type MimeEntity, readEntity } from "./mime-entity.ts";
import { decodeTransferEncoding, multipartBodies } from "./multipart.ts";

export type { RecipientStatus } from "./delivery-status-fields.ts";

export interface DeliveryStatusReport {
  /**
   * The Message-ID of the mail the report is about, from the returned message's headers, else
   * from the report's X-Original-Message-ID (Gmail writes one); null when neither came back.
   */
  readonly messageId: string | null;
  /** Original-Envelope-Id: the ENVID the sender gave (outbox mail sets its id); null without one. */
  readonly envelopeId: string | null;
  /** X-Smartspec-Outbox-ID of the returned headers, for a relay that rewrites the Message-ID. */
  readonly outboxIdHeader: string | null;
  readonly recipients: readonly RecipientStatus[];
}

export type DeliveryStatusReading =
  | { readonly ok: true; readonly report: DeliveryStatusReport }
  /** `reason` is written here, never copied from the message, so it carries no address. */
  | { readonly ok: false; readonly reason: string };

const statusTypes = new Set(["message/delivery-status", "message/global-delivery-status"]);
const returnedTypes = new Set([
  "message/rfc822",
  "text/rfc822-headers",
  "message/global",
  "message/global-headers",
]);
/** Multiparts nested deeper than this are not opened (a report sits at the top or one level down). */
const maxDepth = 4;

interface Part {
  readonly entity: MimeEntity;
  readonly type: ContentType;
}

function partOf(text: string): Part {
  const entity = readEntity(text);
  return { entity, type: parseContentType(headerValue(entity.headers, "content-type")) };
}

function decodedBody(part: Part): string {
  return decodeTransferEncoding(
    part.entity.body,
    headerValue(part.entity.headers, "content-transfer-encoding"),
  );
}

type Found = { readonly status: Part; readonly returned: Part | undefined };

/** The delivery-status part of the first multipart (depth first) that has one, and its returned message. */
function findReport(part: Part, depth: number, seen: string[]): Found | undefined {
  if (!part.type.mediaType.startsWith("multipart/") || depth > maxDepth) return undefined;
  const boundary = part.type.parameters.get("boundary");
  if (!boundary) return undefined;
  const reportType = part.type.parameters.get("report-type");
  seen.push(
    part.type.mediaType === "multipart/report" && reportType !== undefined && isToken(reportType)
      ? `multipart/report (report-type ${reportType.toLowerCase()})`
      : part.type.mediaType,
  );
  const children = multipartBodies(part.entity.body, boundary).map(partOf);
  const statusAt = children.findIndex((child) => statusTypes.has(child.type.mediaType));
  const status = children[statusAt];
  if (status !== undefined) {
    const returned =
      children.slice(statusAt + 1).find((child) => returnedTypes.has(child.type.mediaType)) ??
      children.find((child) => returnedTypes.has(child.type.mediaType));
    return { status, returned };
  }
  for (const child of children) {
    const found = findReport(child, depth + 1, seen);
    if (found) return found;
  }
  return undefined;
}

/** A message identifier as written (`<id@host>`), angle brackets kept; null when empty. */
function identifier(value: string | undefined): string | null {
  const text = value?.replace(/\([^()]*\)/g, "").trim();
  if (!text) return null;
  return /<[^<>]*>/.exec(text)?.[0] ?? text.split(/\s/)[0] ?? null;
}

/** The xtext of RFC 3461 section 4 (`+2B` for "+"), which an Original-Envelope-Id may still carry. */
function unxtext(value: string | null): string | null {
  return (
    value?.replace(/\+([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) ??
    null
  );
}

/** Reads the report in a raw message (bytes, or text already decoded). */
export function readDeliveryReport(raw: Uint8Array | string): DeliveryStatusReading {
  const text =
    typeof raw === "string"
      ? Buffer.from(raw, "utf8").toString("latin1")
      : Buffer.from(raw).toString("latin1");
  const top = partOf(text);
  if (top.entity.headers.length === 0)
    return { ok: false, reason: "not a mail message: it has no header fields" };
  const seen: string[] = [];
  const found = findReport(top, 0, seen);
  if (found === undefined) {
    const what = seen.length > 0 ? seen.join(", ") : top.type.mediaType;
    return {
      ok: false,
      reason: `not a delivery status notification: no message/delivery-status part in ${what}`,
    };
  }
  const fields = readDeliveryStatusFields(decodedBody(found.status));
  if (fields.recipients.length === 0)
    return { ok: false, reason: "the delivery status notification names no recipient" };
  const returned = found.returned && readEntity(decodedBody(found.returned)).headers;
  return {
    ok: true,
    report: {
      messageId:
        identifier(returned && headerValue(returned, "message-id")) ??
        identifier(headerValue(fields.message, "x-original-message-id")),
      envelopeId: unxtext(identifier(headerValue(fields.message, "original-envelope-id"))),
      outboxIdHeader: identifier(returned && headerValue(returned, "x-smartspec-outbox-id")),
      recipients: fields.recipients,
    },
  };
}
