/**
 * Splits one CSV line into fields (RFC 4180 quoting: `"a,b"` is one field, `""` inside quotes is a
 * quote). Used for the header and for locating a field in a broken line, not for data rows.
 * Example: `splitCsvLine('"a,b",c', ",")` is `["a,b", "c"]`.
 */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      fields.push(field);
      field = "";
    } else field += c;
  }
  fields.push(field);
  return fields;
}
