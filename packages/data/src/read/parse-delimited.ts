// A small reader for the well-formed, quoted CSV / TSV files we ship (RFC 4180 quoting: fields in
// double quotes may hold the delimiter, newlines and doubled quotes). Not for user files: those go
// through the importer, which reports problems by line and column.

/**
 * Splits delimited text into rows of fields. A trailing newline does not make an empty row; CRLF
 * is accepted. Example: `parseDelimited('a,"b,c"\n1,2\n', ",")` is [["a", "b,c"], ["1", "2"]].
 */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  const separator = delimiter.charCodeAt(0);
  let row: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Each pass reads one field (slicing unquoted ones whole, which is what makes this fast) and
  // the character that ends it.
  while (i < text.length) {
    let field: string;
    if (text.charCodeAt(i) === 34) {
      field = "";
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) throw new Error("unterminated quoted field");
        field += text.slice(from, close);
        if (text.charCodeAt(close + 1) !== 34) {
          i = close + 1;
          break;
        }
        field += '"';
        from = close + 2;
      }
    } else {
      let end = i;
      while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === separator || c === 10 || c === 13) break;
        end++;
      }
      field = text.slice(i, end);
      i = end;
    }
    row.push(field);
    const c = text.charCodeAt(i);
    if (c === separator) {
      i++;
      if (i === text.length) row.push("");
    } else {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      i++;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}
