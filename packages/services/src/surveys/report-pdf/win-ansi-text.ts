// Text for the PDF's standard Helvetica, which has no embedded font file and so only the
// WinAnsiEncoding repertoire (PDF 32000-1, Annex D): Latin-1 plus 27 typographic characters.
// pdfkit silently writes garbage for anything else (U+2264 came out as the two bytes `"d`), so
// every string is mapped first: a few look-alikes spelled out, the rest replaced by "?".

/** The characters of 0x80-0x9F in WinAnsiEncoding. */
const typographic = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

const spelledOut: Readonly<Record<string, string>> = {
  "≤": "<=",
  "≥": ">=",
  "≠": "!=",
  "−": "-",
  "‐": "-",
  "‑": "-",
  "′": "'",
  "″": '"',
  "→": "->",
  "←": "<-",
  "\u00a0": " ",
};

function mapCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff)) return character;
  if (typographic.has(character)) return character;
  const spelled = spelledOut[character];
  if (spelled !== undefined) return spelled;
  if (character === "\n" || character === "\r" || character === "\t") return " ";
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return "";
  return "?";
}

/**
 * `text` with every character Helvetica cannot show replaced, line breaks and tabs as spaces.
 * Example: `winAnsiText("n ≥ 30 – Ωmega")` is `"n >= 30 – ?mega"`.
 */
export function winAnsiText(text: string): string {
  let out = "";
  for (const character of text) out += mapCharacter(character);
  return out;
}
