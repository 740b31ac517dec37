// The Content-Type field (RFC 2045 section 5.1): `type/subtype` and `; name=value` parameters, a
// value being a token or a quoted string with backslash escapes. RFC 2231 continuations are not
// read: the parameters a delivery report needs (boundary, report-type) are never split.

export interface ContentType {
  /** Lower-cased `type/subtype`; `text/plain` when the field is missing (RFC 2045 section 5.2). */
  readonly mediaType: string;
  /** Parameters by lower-cased name. */
  readonly parameters: ReadonlyMap<string, string>;
}

/** Characters of a token: printable ASCII without tspecials (RFC 2045 section 5.1). */
const tokenPattern = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Whether `text` is a token (so it can be shown in a message without carrying an address). */
export function isToken(text: string): boolean {
  return tokenPattern.test(text);
}

/** Parses a Content-Type value; an unreadable media type reads as `text/plain`. */
export function parseContentType(value: string | undefined): ContentType {
  const parameters = new Map<string, string>();
  if (value === undefined) return { mediaType: "text/plain", parameters };
  const semicolon = value.indexOf(";");
  const type = (semicolon === -1 ? value : value.slice(0, semicolon)).trim().toLowerCase();
  const [major, minor, ...extra] = type.split("/");
  const mediaType =
    major && minor && extra.length === 0 && isToken(major) && isToken(minor) ? type : "text/plain";
  let at = semicolon === -1 ? value.length : semicolon + 1;
  while (at < value.length) {
    const equals = value.indexOf("=", at);
    if (equals === -1) break;
    const name = value.slice(at, equals).trim().toLowerCase();
    at = equals + 1;
    while (value[at] === " " || value[at] === "\t") at += 1;
    let parameter = "";
    if (value[at] === '"') {
      for (at += 1; at < value.length && value[at] !== '"'; at += 1) {
        if (value[at] === "\\") at += 1;
        parameter += value[at] ?? "";
      }
      const next = value.indexOf(";", at);
      at = next === -1 ? value.length : next + 1;
    } else {
      const next = value.indexOf(";", at);
      parameter = value.slice(at, next === -1 ? value.length : next).trim();
      at = next === -1 ? value.length : next + 1;
    }
    if (name !== "" && !parameters.has(name)) parameters.set(name, parameter);
  }
  return { mediaType, parameters };
}
