// Reads a text file (plain or gzip, detected by its magic bytes) as UTF-8 bytes in chunks that end
// at line ends, so a parser never sees half a line and an encoding error can name its line.
// Strict UTF-8 is checked on the bytes (node:buffer isUtf8, SIMD) instead of decoding the file
// into one big string: the parsers read bytes, and only new codes become strings.
// Files that unpack to at most 128 MiB are read in one go (no stream machinery); larger ones are
// streamed, so memory stays bounded by the parsed columns.
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
import type { Readable } from "node:stream";
import { createGunzip, gunzipSync } from "node:zlib";
import { inputMessages } from "./input-messages.ts";
import { firstInvalidUtf8 } from "./utf8-validation.ts";

export interface ByteChunk {
  /** Whole lines of valid UTF-8 (the last chunk may lack its final newline); no BOM. */
  readonly bytes: Uint8Array;
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

export interface ReadBytesOptions {
  /** The file's name as the user should see it in messages. */
  readonly label: string;
  /**
   * Names the column in which a bad byte sits, from the text of its line before that byte (and
   * the valid text of the chunk before that line, which holds the header when none was read yet).
   */
  readonly columnAt?: (linePrefix: string, line: number, textBefore: string) => string | undefined;
  /** Unpacked size above which the file is streamed; default 128 MiB. */
  readonly wholeFileLimit?: number;
  /** Bytes per read when streaming; default 4 MiB. */
  readonly streamChunkBytes?: number;
  /**
   * Read a whole plain (not gzip) file into shared memory, so that a helper thread can parse part
   * of it in place (parallel-parse.ts).
   */
  readonly shared?: boolean;
}

/** The whole file in a SharedArrayBuffer. */
function readFileShared(path: string): Uint8Array {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let done = 0;
    while (done < size) {
      const n = readSync(fd, bytes, done, size - done, done);
      if (n === 0) break;
      done += n;
    }
    return done === size ? bytes : bytes.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

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

/** Number of line feeds in `bytes`. */
export function countLineFeeds(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

/** Cuts a byte stream at line ends and checks each piece is UTF-8; `line` is the next piece's line. */
class LineAlignedBytes {
  private carry: Uint8Array | undefined;
  private first = true;
  line = 1;

  constructor(
    private readonly options: ReadBytesOptions,
    private readonly facts: SourceFacts,
  ) {}

  /** The complete lines so far (all that is left when `final`), or undefined when none yet. */
  take(piece: Uint8Array, final: boolean): ByteChunk | undefined {
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
      end = bytes.lastIndexOf(10) + 1;
      this.carry = bytes.subarray(end);
    }
    if (end === 0) return undefined;
    const whole = bytes.subarray(0, end);
    this.check(whole);
    const chunk = { bytes: whole, firstLine: this.line };
    if (!final) this.line += countLineFeeds(whole);
    return chunk;
  }

  private check(bytes: Uint8Array): void {
    if (isUtf8(bytes)) return;
    const bad = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(10, bad - 1) + 1;
    const before = decoder.decode(bytes.subarray(0, lineStart));
    const line = this.line + countLineFeeds(bytes.subarray(0, lineStart));
    const prefix = decoder.decode(bytes.subarray(lineStart, bad));
    const column = line === 1 ? undefined : this.options.columnAt?.(prefix, line, before);
    throw inputMessages.invalidUtf8(this.options.label, line, column, bytes[bad]!);
  }
}

async function* streamPieces(
  path: string,
  gzip: boolean,
  facts: SourceFacts,
  chunkBytes: number,
): AsyncGenerator<Uint8Array> {
  const hash = createHash("sha256");
  const raw = createReadStream(path, { highWaterMark: chunkBytes });
  raw.on("data", (chunk) => {
    hash.update(chunk as Buffer);
    facts.bytes += (chunk as Buffer).length;
  });
  let stream: Readable = raw;
  if (gzip) {
    const unpack = createGunzip({ chunkSize: Math.max(64, Math.min(chunkBytes, 1 << 20)) });
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
 * Reads `path` as line-aligned chunks of UTF-8 bytes. `facts` is complete when the generator
 * ends. Throws `InputError` for an unreadable file, bad gzip data or bytes that are not UTF-8.
 */
export async function* readByteChunks(
  path: string,
  options: ReadBytesOptions,
  facts: SourceFacts,
): AsyncGenerator<ByteChunk> {
  const { label } = options;
  const { gzip, unpackedSize } = await inspect(path, label);
  facts.gzip = gzip;
  const lines = new LineAlignedBytes(options, facts);
  try {
    if (unpackedSize <= (options.wholeFileLimit ?? 128 << 20)) {
      // Synchronous on purpose: for one file that fits in memory it is the fastest way (no thread
      // pool round trips), and the CLI has nothing else to do meanwhile.
      const stored = options.shared && !gzip ? readFileShared(path) : readFileSync(path);
      facts.bytes = stored.length;
      facts.sha256 = createHash("sha256").update(stored).digest("hex");
      const chunk = lines.take(gzip ? gunzipSync(stored) : stored, true);
      if (chunk !== undefined) yield chunk;
      return;
    }
    for await (const piece of streamPieces(path, gzip, facts, options.streamChunkBytes ?? 4 << 20)) {
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
