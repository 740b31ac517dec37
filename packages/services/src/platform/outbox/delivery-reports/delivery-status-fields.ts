// The body of a message/delivery-status part (RFC 3464 section 2.1): groups of header-like fields
// separated by empty lines, the first about the message (Reporting-MTA, Original-Envelope-Id ...),
// each further one about a recipient (Final-Recipient, Action, Status, Diagnostic-Code ...). Some
// MTAs leave the message group out; a group naming a recipient or an action is a recipient's.
import { type HeaderField, headerValue, readHeaderFields } from "./mime-entity.ts";

/** What a report says about one recipient; values as written, without address or diagnostic types. */
export interface RecipientStatus {
  /** Final-Recipient (else Original-Recipient) without its `rfc822;` type and angle brackets. */
  readonly address: string | null;
  /** Lower-cased: failed, delayed, delivered, relayed or expanded. */
  readonly action: string | null;
  /**
   * The enhanced status code (RFC 3463), e.g. "5.1.1"; when Status is missing, the one in the
   * diagnostic, else the class of its SMTP reply ("550 ..." -> "5.0.0").
   */
  readonly status: string | null;
  /** Diagnostic-Code without its `smtp;` type, folds joined by one space. */
  readonly diagnostic: string | null;
}

export interface DeliveryStatusFields {
  /** The message group's fields (empty when the report has none). */
  readonly message: readonly HeaderField[];
  readonly recipients: readonly RecipientStatus[];
}

/** The text after the `type;` of a typed field (`rfc822; a@b`, `smtp; 550 ...`). */
function untyped(value: string | undefined): string | null {
  if (value === undefined) return null;
  const semicolon = value.indexOf(";");
  const text = (semicolon === -1 ? value : value.slice(semicolon + 1)).trim();
  return text === "" ? null : text;
}

const enhancedCode = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/;

function statusOf(status: string | undefined, diagnostic: string | null): string | null {
  const written = status === undefined ? null : enhancedCode.exec(status);
  if (written) return written[0];
  const inDiagnostic = diagnostic === null ? null : enhancedCode.exec(diagnostic);
  if (inDiagnostic) return inDiagnostic[0];
  const reply = diagnostic === null ? null : /^([245])\d\d\b/.exec(diagnostic);
  return reply?.[1] ? `${reply[1]}.0.0` : null;
}

/** UTF-8 text of a binary string (message/global-delivery-status carries UTF-8). */
function utf8(binary: string): string {
  return Buffer.from(binary, "latin1").toString("utf8");
}

function recipientOf(fields: readonly HeaderField[]): RecipientStatus {
  const address = untyped(
    headerValue(fields, "final-recipient") ?? headerValue(fields, "original-recipient"),
  );
  const diagnostic = untyped(headerValue(fields, "diagnostic-code"));
  const action = headerValue(fields, "action")
    ?.split(/[\s(;]/)[0]
    ?.toLowerCase();
  return {
    address: address === null ? null : utf8(address.replace(/^<(.*)>$/, "$1")),
    action: action ? action : null,
    status: statusOf(headerValue(fields, "status"), diagnostic),
    diagnostic: diagnostic === null ? null : utf8(diagnostic),
  };
}

const namesRecipient = (fields: readonly HeaderField[]) =>
  fields.some((f) => f.name === "final-recipient" || f.name === "original-recipient" || f.name === "action");

/** Reads the groups of a delivery-status body (already transfer-decoded). */
export function readDeliveryStatusFields(body: string): DeliveryStatusFields {
  const groups = body
    .split(/\r?\n(?:[ \t]*\r?\n)+/)
    .map((group) => readHeaderFields(group.split(/\r?\n/)))
    .filter((fields) => fields.length > 0);
  const first = groups[0];
  const message = first !== undefined && !namesRecipient(first) ? first : [];
  const recipients = groups.filter(namesRecipient).map(recipientOf);
  return { message, recipients };
}
