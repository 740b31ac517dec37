// Reads a text file (plain or gzip, detected by its magic bytes) as UTF-8 text in chunks that end
// at line ends, so a parser never sees half a line and a decoding error can name its line.
// Strict UTF-8: a byte sequence that is not UTF-8 stops the read with its line and column.
// Files that unpack to at most 128 MiB are read in one go (fastest: no stream machinery, one
// decode); larger ones are streamed, so memory stays bounded by the parsed columns.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import { promisify } from "node:util";
import { createGunzip, gunzip } from "node:zlib";
import { inputMessages } from "./input-messages.ts";
import { firstInvalidUtf8 } from "./utf8-validation.ts";

export interface TextChunk {
  /** Whole lines (the last chunk may lack its final newline); a leading BOM removed. */
  readonly text: string;
  /** 1-based line number of the chunk's first line. */
  readonly firstLine: number;
}

/** Facts about the bytes read, filled in once the whole file has been read. */
export interface SourceFacts {
  /** sha256 of the file's bytes as stored (compressed bytes for .gz), hex. */
  sha256: string;
  bytes: number;
  gzip: boolean;
  bom: boolean;
}

export interface ReadTextOptions {
  /** The file's name as the user should see it in messages. */
  readonly label: string;
  /**
   * Names the column in which a bad byte sits, from the text of its line before that byte (and
   * the valid text of the chunk before that line, which holds the header when none was read yet).
   */
  readonly columnAt?: (linePrefix: string, line: number, textBefore: string) => string | undefined;
  /** Unpacked size above which the file is streamed; default 128 MiB. */
  readonly wholeFileLimit?: number;
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const gunzipAsync = promisify(gunzip);

/** "no such file" instead of "ENOENT: no such file or directory, open '/x/y.csv'". */
export function describeSystemError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a folder";
  return error instanceof Error ? error.message : String(error);
}

/** Whether the file is gzip, and its unpacked size (gzip's ISIZE trailer: size mod 2^32). */
async function inspect(path: string, label: string): Promise<{ gzip: boolean; unpackedSize: number }> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, "r");
    const { size } = await handle.stat();
    const head = new Uint8Array(2);
    await handle.read(head, 0, 2, 0);
    const gzip = size >= 18 && head[0] === 0x1f && head[1] === 0x8b;
    if (!gzip) return { gzip, unpackedSize: size };
    const tail = Buffer.alloc(4);
    await handle.read(tail, 0, 4, size - 4);
    // ISIZE wraps at 4 GiB; a file that much larger than its packed size is treated as large.
    const unpackedSize = size > 1 << 30 ? Number.POSITIVE_INFINITY : tail.readUInt32LE(0);
    return { gzip, unpackedSize };
  } catch (error) {
    throw inputMessages.unreadableFile(label, describeSystemError(error));
  } finally {
    await handle?.close();
  }
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Cuts a byte stream at line ends and decodes each piece; `line` tracks the next piece's line. */
class LineAlignedDecoder {
  private carry: Uint8Array | undefined;
  private first = true;
  line = 1;

  constructor(
    private readonly options: ReadTextOptions,
    private readonly facts: SourceFacts,
  ) {}

  /** The complete lines so far (all that is left when `final`), or undefined when none yet. */
  take(piece: Uint8Array, final: boolean): TextChunk | undefined {
    let bytes = this.carry === undefined ? piece : Buffer.concat([this.carry, piece]);
    this.carry = undefined;
    if (this.first) {
      if (bytes.length < 3 && !final) {
        this.carry = bytes;
        return undefined;
      }
      this.first = false;
      this.facts.bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      if (this.facts.bom) bytes = bytes.subarray(3);
    }
    let end = bytes.length;
    if (!final) {
      end = bytes.lastIndexOf(0x0a) + 1;
      this.carry = bytes.subarray(end);
      if (end === 0) return undefined;
    }
    if (end === 0) return undefined;
    const text = this.decode(bytes.subarray(0, end));
    const chunk = { text, firstLine: this.line };
    this.line += countLines(text);
    return chunk;
  }

  private decode(bytes: Uint8Array): string {
    try {
      return decoder.decode(bytes);
    } catch {
      const bad = firstInvalidUtf8(bytes);
      const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
      const before = decoder.decode(bytes.subarray(0, lineStart));
      const line = this.line + countLines(before);
      const prefix = decoder.decode(bytes.subarray(lineStart, bad));
      const column = line === 1 ? undefined : this.options.columnAt?.(prefix, line, before);
      throw inputMessages.invalidUtf8(this.options.label, line, column, bytes[bad]!);
    }
  }
}

async function* streamPieces(path: string, gzip: boolean, facts: SourceFacts): AsyncGenerator<Uint8Array> {
  const hash = createHash("sha256");
  const raw = createReadStream(path, { highWaterMark: 4 << 20 });
  raw.on("data", (chunk) => {
    hash.update(chunk as Buffer);
    facts.bytes += (chunk as Buffer).length;
  });
  let stream: Readable = raw;
  if (gzip) {
    const unpack = createGunzip({ chunkSize: 1 << 20 });
    raw.on("error", (error) => unpack.destroy(error));
    stream = raw.pipe(unpack);
  }
  try {
    for await (const piece of stream) yield piece as Buffer;
  } finally {
    raw.destroy();
    stream.destroy();
  }
  facts.sha256 = hash.digest("hex");
}

/**
 * Reads `path` as line-aligned UTF-8 text chunks. `facts` is completed when the generator ends.
 * Throws `InputError` for an unreadable file, bad gzip data or bytes that are not UTF-8.
 */
export async function* readTextChunks(
  path: string,
  options: ReadTextOptions,
  facts: SourceFacts,
): AsyncGenerator<TextChunk> {
  const { label } = options;
  const { gzip, unpackedSize } = await inspect(path, label);
  facts.gzip = gzip;
  const lines = new LineAlignedDecoder(options, facts);
  try {
    if (unpackedSize <= (options.wholeFileLimit ?? 128 << 20)) {
      const stored = await readFile(path);
      facts.bytes = stored.length;
      facts.sha256 = createHash("sha256").update(stored).digest("hex");
      const chunk = lines.take(gzip ? await gunzipAsync(stored) : stored, true);
      if (chunk !== undefined) yield chunk;
      return;
    }
    for await (const piece of streamPieces(path, gzip, facts)) {
      const chunk = lines.take(piece, false);
      if (chunk !== undefined) yield chunk;
    }
    const last = lines.take(new Uint8Array(0), true);
    if (last !== undefined) yield last;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("Z_")) {
      throw inputMessages.invalidGzip(label, (error as Error).message);
    }
    if ((error as { syscall?: string }).syscall !== undefined) {
      throw inputMessages.unreadableFile(label, describeSystemError(error));
    }
    throw error;
  }
}
