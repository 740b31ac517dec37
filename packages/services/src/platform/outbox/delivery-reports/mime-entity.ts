// One MIME entity read as a "binary string" (one char per byte, latin1): its header fields and
// its body. RFC 5322 section 2.2: the header block ends at the first empty line, and a line that
// starts with a space or tab continues the field above it. Lines ending in CRLF or LF alike.

/** A header field; `name` lower-cased, `value` unfolded (each fold becomes one space) and trimmed. */
export interface HeaderField {
  readonly name: string;
  readonly value: string;
}

export interface MimeEntity {
  readonly headers: readonly HeaderField[];
  /** Everything after the empty line that ends the header block ("" when there is none). */
  readonly body: string;
}

/** A field name is printable ASCII without the colon (RFC 5322 section 3.6.8). */
const fieldStart = /^([!-9;-~]+)[ \t]*:/;

/**
 * Header fields of `lines` in order. A line that is neither a field nor a continuation (an mbox
 * "From " line, garbage) is skipped, and so are continuations of it.
 */
export function readHeaderFields(lines: readonly string[]): HeaderField[] {
  const fields: { name: string; value: string }[] = [];
  let current: { name: string; value: string } | undefined;
  for (const line of lines) {
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (current) current.value += ` ${line.trim()}`;
      continue;
    }
    const match = fieldStart.exec(line);
    current = match?.[1] ? { name: match[1].toLowerCase(), value: line.slice(match[0].length) } : undefined;
    if (current) fields.push(current);
  }
  return fields.map((f) => ({ name: f.name, value: f.value.trim() }));
}

/** Splits an entity into its header fields and its body. */
export function readEntity(text: string): MimeEntity {
  const lines: string[] = [];
  const newline = /\r?\n/g;
  let start = 0;
  for (let match = newline.exec(text); match !== null; match = newline.exec(text)) {
    const line = text.slice(start, match.index);
    start = newline.lastIndex;
    if (line === "") return { headers: readHeaderFields(lines), body: text.slice(start) };
    lines.push(line);
  }
  lines.push(text.slice(start));
  return { headers: readHeaderFields(lines), body: "" };
}

/** The value of the first field called `name` (any case), else undefined. */
export function headerValue(headers: readonly HeaderField[], name: string): string | undefined {
  const wanted = name.toLowerCase();
  return headers.find((h) => h.name === wanted)?.value;
}
