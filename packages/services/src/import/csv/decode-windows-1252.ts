// Windows-1252 (the "ANSI" code page of Western-European Windows, which Excel uses for "CSV") as
// the WHATWG Encoding Standard defines it. Node 20's TextDecoder("windows-1252") decodes it as
// ISO-8859-1 instead (0x93 -> U+0093 rather than U+201C), so the 0x80-0x9F block is mapped here.

/** Code points of bytes 0x80-0x9F (WHATWG index-windows-1252; the five unassigned bytes map to themselves). */
const high = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

const c1Controls = /[\x80-\x9f]/g;

/** Decodes Windows-1252 bytes. Example: bytes 0x93 0x41 0x94 decode to "\u201CA\u201D". */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  c1Controls.lastIndex = 0;
  if (!c1Controls.test(text)) return text;
  return text.replace(c1Controls, (c) => String.fromCharCode(high[c.charCodeAt(0) - 0x80]!));
}
