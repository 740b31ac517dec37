// A CSV file as a RowSource: gzip (by its magic bytes), BOM, encoding and delimiter found from the
// start of the file unless given, then decoded and split into records chunk by chunk, so a file
// of any size streams through in bounded memory.
//
//   file -> [gunzip] -> BOM / UTF-16 check -> ChunkDecoder -> guessDelimiter (first chunk)
//        -> CsvTokenizer -> batches of SourceRow
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { InputError } from "../../input/input-error.ts";
import { inputMessages } from "../../input/input-messages.ts";
import { describeSystemError } from "../../input/read-byte-chunks.ts";
import type { RowSource, SourceRow } from "../row-source.ts";
import { SourceRestart } from "../source-restart.ts";
import { CsvTokenizer, countLineEnds } from "./csv-tokenizer.ts";
import { guessDelimiter, type ImportDelimiter } from "./guess-delimiter.ts";
import {
  ChunkDecoder,
  encodingOfBom,
  guessUtf16,
  type TextEncodingName,
  UndecodableBytes,
} from "./text-decoding.ts";

export interface CsvSourceOptions {
  /** The file as messages show it (default: the path). */
  readonly label?: string;
  /** Default: guessed from the first records. */
  readonly delimiter?: ImportDelimiter;
  /** Default: from a BOM, else UTF-8 when the whole file is valid UTF-8, else Windows-1252. */
  readonly encoding?: TextEncodingName;
  /** Bytes per read; default 1 MiB (tests use small ones to cross chunk ends). */
  readonly chunkBytes?: number;
}

/** The CSV row source, with what it found out about the file. */
export interface CsvRowSource extends RowSource {
  readonly format: "csv";
  /** Known once the first batch has been yielded. */
  readonly delimiter: ImportDelimiter | undefined;
}

const headBytes = 64 << 10;
const batchChars = 64 << 10;
const delimiterNames: Record<ImportDelimiter, string> = { ",": ",", ";": ";", "\t": "tab", "|": "|" };

/** Opens `path` as CSV rows; throws `InputError` when it cannot be read. Example: `openCsvRows("data.csv")`. */
export async function openCsvRows(path: string, options: CsvSourceOptions = {}): Promise<CsvRowSource> {
  const label = options.label ?? path;
  const gzip = await startsLikeGzip(path, label);
  const facts: Record<string, string> = {};
  let encoding = options.encoding;
  let encodingNote = options.encoding === undefined ? "" : "given";
  let delimiter = options.delimiter;
  /** Given, or announced by a BOM: bytes that do not fit are an error, not a reason to guess again. */
  let fixedEncoding = options.encoding !== undefined;
  const source: CsvRowSource = {
    label,
    format: "csv",
    facts,
    get delimiter() {
      return delimiter;
    },
    async *rows() {
      let yielded = false;
      for (;;) {
        try {
          for await (const batch of readRows()) {
            yielded = true;
            yield batch;
          }
          return;
        } catch (error) {
          if (!(error instanceof SourceRestart) || yielded) throw error;
        }
      }
    },
  };

  async function* readRows(): AsyncGenerator<SourceRow[]> {
    let decoder: ChunkDecoder | undefined;
    let tokenizer: CsvTokenizer | undefined;
    const locate = (textBefore: string) =>
      tokenizer === undefined
        ? 1 + countLineEnds(textBefore, 0, textBefore.length)
        : tokenizer.line +
          countLineEnds(tokenizer.pending + textBefore, 0, tokenizer.pending.length + textBefore.length);
    let first = true;
    for await (const [piece, final] of pieces(path, gzip, label, options.chunkBytes ?? 1 << 20)) {
      let bytes = piece;
      if (first) {
        first = false;
        const bom = encodingOfBom(bytes);
        if (bom !== undefined) bytes = bytes.subarray(bom.length);
        fixedEncoding ||= bom !== undefined;
        if (encoding === undefined) {
          encoding = bom?.encoding ?? guessUtf16(bytes) ?? "utf-8";
          encodingNote =
            bom !== undefined ? "byte order mark" : encoding === "utf-8" ? "valid UTF-8" : "guessed";
        }
        facts.encoding = `${encoding} (${encodingNote})`;
        if (gzip) facts.compression = "gzip";
        decoder = new ChunkDecoder(encoding);
      }
      let text: string;
      try {
        text = decoder!.decode(bytes, final);
      } catch (error) {
        if (!(error instanceof UndecodableBytes)) throw error;
        const line = locate(error.textBefore);
        if (error.kind === "nul") throw nulByte(label, line);
        if (fixedEncoding) throw inputMessages.invalidUtf8(label, line, undefined, error.byte);
        // Not UTF-8 after all: read the whole file again as Windows-1252.
        encoding = "windows-1252";
        encodingNote = `guessed: line ${line} is not valid UTF-8`;
        throw new SourceRestart();
      }
      if (tokenizer === undefined) {
        if (delimiter === undefined) delimiter = guessDelimiter(text.slice(0, headBytes), final);
        facts.delimiter = `${delimiterNames[delimiter]} (${options.delimiter === undefined ? "guessed" : "given"})`;
        tokenizer = new CsvTokenizer(delimiter, label);
      }
      // Small batches: rows die young (a scavenge) instead of surviving into the old generation.
      for (let from = 0; from < text.length || from === 0; from += batchChars) {
        const rows: SourceRow[] = [];
        const last = from + batchChars >= text.length;
        try {
          tokenizer.push(text.slice(from, from + batchChars), final && last, rows);
        } catch (error) {
          // The rows before an unreadable spot are still checked (and their problems reported).
          if (rows.length > 0) yield rows;
          throw error;
        }
        if (rows.length > 0) yield rows;
      }
    }
  }
  return source;
}

function nulByte(label: string, line: number): InputError {
  return new InputError(
    "invalid-data",
    `${label}, line ${line}: the file holds a NUL byte (0x00), so it is not a CSV text file (a UTF-16 file needs a byte order mark, or give --encoding utf-16le).`,
    { file: label, line },
  );
}

/** Whether the file starts with the gzip magic bytes; throws `InputError` when it cannot be opened. */
async function startsLikeGzip(path: string, label: string): Promise<boolean> {
  try {
    const handle = await open(path, "r");
    try {
      const head = new Uint8Array(2);
      const { bytesRead } = await handle.read(head, 0, 2, 0);
      return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw inputMessages.unreadableFile(label, describeSystemError(error));
  }
}

/** The file's (unpacked) bytes in pieces, each with whether it is the last; an empty file gives one empty last piece. */
async function* pieces(
  path: string,
  gzip: boolean,
  label: string,
  chunkBytes: number,
): AsyncGenerator<[Uint8Array, boolean]> {
  const raw = createReadStream(path, { highWaterMark: chunkBytes });
  let stream: Readable = raw;
  if (gzip) {
    const unpack = createGunzip({ chunkSize: Math.max(64, Math.min(chunkBytes, 1 << 20)) });
    raw.on("error", (error) => unpack.destroy(error));
    stream = raw.pipe(unpack);
  }
  let previous: Uint8Array | undefined;
  // The first piece is at least `headBytes` long (or the whole file): BOM, UTF-16 and the
  // delimiter are judged on it.
  const head: Uint8Array[] = [];
  let headLength = 0;
  try {
    for await (const piece of stream) {
      if (headLength < headBytes) {
        head.push(piece as Buffer);
        headLength += (piece as Buffer).length;
        if (headLength < headBytes) continue;
        previous = Buffer.concat(head);
        continue;
      }
      if (previous !== undefined) yield [previous, false];
      previous = piece as Buffer;
    }
    if (headLength < headBytes) previous = Buffer.concat(head);
    yield [previous ?? new Uint8Array(0), true];
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("Z_")) {
      throw inputMessages.invalidGzip(label, (error as Error).message);
    }
    if ((error as { syscall?: string }).syscall !== undefined) {
      throw inputMessages.unreadableFile(label, describeSystemError(error));
    }
    throw error;
  } finally {
    raw.destroy();
    stream.destroy();
  }
}
