// Bytes -> text for the CSV importer, one chunk at a time. UTF-8 is checked on the bytes with
// node:buffer isUtf8 (SIMD) and a sequence cut by the chunk end is carried to the next chunk,
// so the first invalid byte is found exactly; Windows-1252 decodes any byte; UTF-16 goes through
// a streaming TextDecoder. A NUL byte (or U+0000) stops the import: no text file holds one.
import { isAscii, isUtf8 } from "node:buffer";
import { firstInvalidUtf8 } from "../../input/utf8-validation.ts";
import { decodeWindows1252 } from "./decode-windows-1252.ts";

export const textEncodings = ["utf-8", "windows-1252", "utf-16le", "utf-16be"] as const;
export type TextEncodingName = (typeof textEncodings)[number];

/** Bytes that the chosen encoding cannot read: `textBefore` is the decoded text of the chunk before them. */
export class UndecodableBytes extends Error {
  constructor(
    readonly kind: "invalid-utf8" | "nul",
    readonly byte: number,
    readonly textBefore: string,
  ) {
    super(`${kind} byte 0x${byte.toString(16)}`);
  }
}

/** Length of the longest prefix of `bytes` that does not end inside a UTF-8 sequence. */
function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back]!;
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return back < need ? n - back : n;
    }
  }
  return n;
}

export class ChunkDecoder {
  private readonly decoder: InstanceType<typeof TextDecoder>;
  private carry: Uint8Array | undefined;

  constructor(readonly encoding: TextEncodingName) {
    // ignoreBOM: the source strips a BOM itself (and records that it saw one).
    this.decoder = new TextDecoder(encoding === "windows-1252" ? "utf-8" : encoding, { ignoreBOM: true });
  }

  /** The text of `piece` (after any carried bytes); throws `UndecodableBytes`. */
  decode(piece: Uint8Array, final: boolean): string {
    if (this.encoding === "utf-16le" || this.encoding === "utf-16be") {
      const text = this.decoder.decode(piece, { stream: !final });
      const nul = text.indexOf("\0");
      if (nul !== -1) throw new UndecodableBytes("nul", 0, text.slice(0, nul));
      return text;
    }
    let bytes = piece;
    if (this.carry !== undefined) {
      bytes = Buffer.concat([this.carry, piece]);
      this.carry = undefined;
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      // Checked before the encoding: a binary file is "not text", not "not UTF-8". Line ends are
      // the same bytes in every encoding read here, so Latin-1 is enough to count them.
      throw new UndecodableBytes("nul", 0, Buffer.from(bytes.subarray(0, nul)).toString("latin1"));
    }
    if (this.encoding === "windows-1252") return decodeWindows1252(bytes);
    const end = final ? bytes.length : completeUtf8Length(bytes);
    const whole = bytes.subarray(0, end);
    if (!isUtf8(whole)) {
      const bad = firstInvalidUtf8(bytes);
      throw new UndecodableBytes("invalid-utf8", bytes[bad]!, this.decoder.decode(bytes.subarray(0, bad)));
    }
    if (end < bytes.length) this.carry = bytes.slice(end);
    // ASCII (most data files) decodes fastest as Latin-1, and gives one-byte strings, which split
    // and compare faster than the two-byte strings of other text.
    const buffer = Buffer.from(whole.buffer, whole.byteOffset, whole.byteLength);
    return buffer.toString(isAscii(whole) ? "latin1" : "utf8");
  }
}

/** The encoding a BOM announces and its length, or undefined. */
export function encodingOfBom(head: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/**
 * UTF-16 without a BOM, guessed from NUL bytes in alternate positions of ASCII-heavy text (at least
 * 90% of the first 512 code units), or undefined. Example: "r\0e\0g\0" is utf-16le.
 */
export function guessUtf16(head: Uint8Array): TextEncodingName | undefined {
  const units = Math.min(256, Math.floor(head.length / 2));
  if (units < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < units; i++) {
    if (head[2 * i] === 0) evenNul++;
    if (head[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul >= units * 0.9 && evenNul === 0) return "utf-16le";
  if (evenNul >= units * 0.9 && oddNul === 0) return "utf-16be";
  return undefined;
}
