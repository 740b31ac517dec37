// Just enough MIME to read what nodemailer sends: headers, multipart bodies, quoted-printable and
// base64 parts, RFC 2047 encoded subjects. The tests need the subject, the text and its links.

export interface ReceivedMail {
  /** Envelope recipients (RCPT TO), lower-cased. */
  readonly to: readonly string[];
  readonly subject: string;
  /** The text/plain part (or the html part with tags removed when there is no text part). */
  readonly text: string;
  readonly html: string | undefined;
  readonly raw: string;
}

interface MimePart {
  readonly headers: Map<string, string>;
  readonly body: string;
}

function splitPart(raw: string): MimePart {
  const normalised = raw.replace(/\r\n/g, "\n");
  const blank = normalised.indexOf("\n\n");
  const head = blank === -1 ? normalised : normalised.slice(0, blank);
  const body = blank === -1 ? "" : normalised.slice(blank + 2);
  const headers = new Map<string, string>();
  // Folded header lines start with white space and continue the previous header.
  for (const line of head.replace(/\n[ \t]+/g, " ").split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\n/g, "");
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index++) {
    const hex = joined.slice(index + 1, index + 3);
    if (joined[index] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(joined[index] ?? "", "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeBody(part: MimePart): string {
  const encoding = (part.headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (encoding === "base64") return Buffer.from(part.body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") return decodeQuotedPrintable(part.body);
  return part.body;
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?Q?...?=` / `=?UTF-8?B?...?=`) in a header value. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g, (_match, kind: string, data: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}

function leafParts(part: MimePart): MimePart[] {
  const type = part.headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!type.toLowerCase().startsWith("multipart/") || boundary === undefined) return [part];
  const pieces = part.body.split(`--${boundary}`).slice(1);
  return pieces
    .filter((piece) => !piece.startsWith("--"))
    .flatMap((piece) => leafParts(splitPart(piece.replace(/^\n/, ""))));
}

/**
 * Parses one raw RFC 5322 message as received by the SMTP server.
 * Example: `parseMail(raw, ["a@example.test"]).text` is the decoded plain-text body.
 */
export function parseMail(raw: string, to: readonly string[]): ReceivedMail {
  const message = splitPart(raw);
  const leaves = leafParts(message);
  const typeOf = (part: MimePart) => (part.headers.get("content-type") ?? "text/plain").toLowerCase();
  const textPart = leaves.find((part) => typeOf(part).startsWith("text/plain"));
  const htmlPart = leaves.find((part) => typeOf(part).startsWith("text/html"));
  const html = htmlPart === undefined ? undefined : decodeBody(htmlPart);
  const text =
    textPart !== undefined
      ? decodeBody(textPart)
      : (html ?? "").replace(/<[^>]*>/g, " ").replace(/\s+/g, " ");
  return {
    to: to.map((address) => address.toLowerCase()),
    subject: decodeHeader(message.headers.get("subject") ?? ""),
    text,
    html,
    raw,
  };
}

/** Every http(s) URL in a text, in order, without trailing punctuation. */
export function linksIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"')]+/g)].map((match) => match[0].replace(/[.,;:!?]+$/, ""));
}
