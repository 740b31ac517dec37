// The body parts of a multipart entity (RFC 2046 section 5.1.1) and the content transfer encodings
// a delivery report's parts may carry (RFC 2045 section 6). A delimiter is a line of "--" and the
// boundary, then optional white space; the line break before it belongs to the delimiter, so a
// part ends without it. A body cut off before its closing delimiter keeps its last part.

/** Whether the rest of a delimiter line after "--boundary" is empty, "--" or white space. */
function delimiterKind(rest: string): "part" | "close" | undefined {
  const trimmed = rest.replace(/[ \t\r]+$/, "");
  if (trimmed === "") return "part";
  return trimmed === "--" ? "close" : undefined;
}

/** The bodies of the parts of `body`, split at `boundary`; the preamble and epilogue are dropped. */
export function multipartBodies(body: string, boundary: string): string[] {
  const dash = `--${boundary}`;
  const parts: string[] = [];
  let partStart = -1;
  let lineStart = 0;
  for (;;) {
    const newline = body.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    const kind = body.startsWith(dash, lineStart)
      ? delimiterKind(body.slice(lineStart + dash.length, lineEnd))
      : undefined;
    if (kind !== undefined) {
      if (partStart >= 0) {
        let end = lineStart - 1;
        if (end > 0 && body[end - 1] === "\r") end -= 1;
        parts.push(body.slice(partStart, Math.max(partStart, end)));
      }
      if (kind === "close") return parts;
      partStart = lineEnd === body.length ? body.length : lineEnd + 1;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (partStart >= 0) parts.push(body.slice(partStart));
  return parts;
}

/** Undoes base64 or quoted-printable; other encodings (7bit, 8bit, binary) are the body as it is. */
export function decodeTransferEncoding(body: string, encoding: string | undefined): string {
  switch (encoding?.trim().toLowerCase()) {
    case "base64":
      return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ""), "base64").toString("latin1");
    case "quoted-printable":
      return body
        .replace(/[ \t]+(?=\r?\n)/g, "")
        .replace(/=\r?\n/g, "")
        .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    default:
      return body;
  }
}
