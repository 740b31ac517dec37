// A canonical JSON text: object keys sorted by UTF-16 code units, no whitespace, numbers in
// JSON.stringify's shortest round-trip form, `undefined` members left out (RFC 8785's shape for the
// values an instrument holds). Equal values give equal texts, so the text can be hashed.

/**
 * The canonical JSON text of a JSON-like value. Throws `TypeError` for a value JSON cannot hold
 * (a function, a symbol, a bigint, a non-finite number), naming the path.
 * Example: `canonicalJson({ b: 1, a: [true, null] })` is `'{"a":[true,null],"b":1}'`.
 */
export function canonicalJson(value: unknown): string {
  return write(value, "$");
}

function write(value: unknown, path: string): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value))
        throw new TypeError(`canonicalJson: ${path} is ${value}, not a JSON number`);
      return JSON.stringify(value);
    case "object": {
      if (Array.isArray(value)) {
        return `[${value.map((item, i) => (item === undefined ? "null" : write(item, `${path}[${i}]`))).join(",")}]`;
      }
      const keys = Object.keys(value).sort();
      const members: string[] = [];
      for (const key of keys) {
        const member = (value as Record<string, unknown>)[key];
        if (member !== undefined) members.push(`${JSON.stringify(key)}:${write(member, `${path}.${key}`)}`);
      }
      return `{${members.join(",")}}`;
    }
    default:
      throw new TypeError(`canonicalJson: ${path} is a ${typeof value}, which JSON cannot hold`);
  }
}
