// R source text for names and strings: every non-ASCII character escaped (\uXXXX, \U{XXXXX}) so the
// script runs the same in any R locale, and names in backticks so any variable name is a symbol.

/** `text` as an R string literal in double quotes. */
export function rString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '"' || char === "\\") out += `\\${char}`;
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else if (code > 0xffff) out += `\\U{${code.toString(16)}}`;
    else if (code > 0x7e) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += char;
  }
  return `${out}"`;
}

/** A variable name as an R symbol (`name`). */
export function rName(name: string): string {
  return `\`${name.replaceAll("\\", "\\\\").replaceAll("`", "\\`")}\``;
}

/** A number as R reads it back exactly (shortest round-trip form). */
export function rNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : value > 0 ? "Inf" : value < 0 ? "-Inf" : "NA";
}

/** One line of comment text (newlines flattened). */
export function rComment(text: string): string {
  return text.replace(/[\r\n]+/g, " ");
}
