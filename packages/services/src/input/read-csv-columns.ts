// Reads chosen columns of a CSV file (plain or gzip) into columnar arrays.
//
//   file -> read-byte-chunks (gzip by magic bytes, BOM, strict UTF-8, line-aligned chunks)
//        -> header: first non-blank line; delimiter guessed from it unless given
//        -> fast parser (simple quoting) ... or, when a row needs more, csv-parse from the start
//        -> ColumnSink (typed arrays, every field checked, errors name file, line and column)
import { ColumnSink, type CsvColumnRequest, type CsvColumnsData } from "./column-sink.ts";
import { type CsvDelimiter, detectDelimiter } from "./detect-delimiter.ts";
import { NeedsGeneralParser } from "./fast-csv-parser.ts";
import { inputMessages } from "./input-messages.ts";
import { type ParseHelper, parseChunk } from "./parallel-parse.ts";
import {
  type ByteChunk,
  type ReadBytesOptions,
  readByteChunks,
  type SourceFacts,
} from "./read-byte-chunks.ts";
import { splitCsvLine } from "./split-csv-line.ts";

export interface ReadCsvColumnsProps {
  readonly path: string;
  /** The file as the user should see it in messages (default: `path`). */
  readonly label?: string;
  readonly columns: readonly CsvColumnRequest[];
  /** Default: guessed from the header line. */
  readonly delimiter?: CsvDelimiter;
  /** "auto" (default): the fast parser, csv-parse when a row needs it; "csv-parse": always csv-parse. */
  readonly parser?: "auto" | "csv-parse";
  /** Reading limits (tests use small ones to exercise streaming). */
  readonly reading?: Pick<ReadBytesOptions, "wholeFileLimit" | "streamChunkBytes">;
  /** A helper thread that parses the second half of a big file (the fast parser only). */
  readonly parallel?: ParseHelper;
}

export interface CsvColumnsResult extends CsvColumnsData {
  readonly delimiter: CsvDelimiter;
  readonly facts: Readonly<SourceFacts>;
  /** Which parser read the file: the fast path, or csv-parse for the harder quoting. */
  readonly parser: "fast" | "csv-parse";
}

interface HeaderState {
  line: number;
  delimiter: CsvDelimiter;
  names: string[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** Finds the header (first non-blank line) in a chunk, or undefined when the chunk is blank. */
function findHeader(chunk: ByteChunk, delimiter: CsvDelimiter | undefined): HeaderState | undefined {
  const bytes = chunk.bytes;
  let line = chunk.firstLine;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    const content = decoder.decode(bytes.subarray(start, end)).replace(/\r$/, "");
    if (content.trim() !== "") {
      const chosen = delimiter ?? detectDelimiter(content);
      return { line, delimiter: chosen, names: splitCsvLine(content, chosen) };
    }
    start = end + 1;
    line++;
  }
  return undefined;
}

/** The header name of the field that `prefix` (the start of a line) ends in. */
function columnOfPrefix(header: HeaderState | undefined, prefix: string): string | undefined {
  return header ? header.names[splitCsvLine(prefix, header.delimiter).length - 1] : undefined;
}

function newFacts(): SourceFacts {
  return { sha256: "", bytes: 0, gzip: false, bom: false };
}

async function readFast(props: ReadCsvColumnsProps, label: string): Promise<CsvColumnsResult> {
  const facts = newFacts();
  let header: HeaderState | undefined;
  let sink: ColumnSink | undefined;
  const columnAt = (prefix: string, _line: number, before: string) =>
    columnOfPrefix(
      header ?? findHeader({ bytes: encoder.encode(before), firstLine: 1 }, props.delimiter),
      prefix,
    );
  const shared = props.parallel !== undefined;
  for await (const chunk of readByteChunks(
    props.path,
    { ...props.reading, label, columnAt, shared },
    facts,
  )) {
    if (header === undefined) {
      header = findHeader(chunk, props.delimiter);
      if (header === undefined) continue;
      sink = new ColumnSink(label, header.names, props.columns);
    }
    parseChunk(chunk, header.delimiter.charCodeAt(0), sink!, header.line, props.parallel);
  }
  return finish(label, header, sink, facts, "fast");
}

function finish(
  label: string,
  header: HeaderState | undefined,
  sink: ColumnSink | undefined,
  facts: SourceFacts,
  parser: CsvColumnsResult["parser"],
): CsvColumnsResult {
  if (header === undefined || sink === undefined) throw inputMessages.emptyFile(label);
  if (sink.rows === 0) throw inputMessages.noDataRows(label);
  return { ...sink.finish(), delimiter: header.delimiter, facts, parser };
}

async function readGeneral(props: ReadCsvColumnsProps, label: string): Promise<CsvColumnsResult> {
  const facts = newFacts();
  let header: HeaderState | undefined;
  let sink: ColumnSink | undefined;
  const columnAt = (prefix: string, _line: number, before: string) =>
    columnOfPrefix(
      header ?? findHeader({ bytes: encoder.encode(before), firstLine: 1 }, props.delimiter),
      prefix,
    );
  const chunks = readByteChunks(props.path, { ...props.reading, label, columnAt }, facts);
  // The delimiter must be known before csv-parse starts: take it from the first non-blank chunk.
  const buffered: Uint8Array[] = [];
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    buffered.push(next.value.bytes);
    header = findHeader(next.value, props.delimiter);
    if (header !== undefined) break;
  }
  if (header === undefined) throw inputMessages.emptyFile(label);
  // Loaded here: most files never need it, and every run would pay for loading it (~10 ms).
  const { parse } = await import("csv-parse");
  // The line of the last record csv-parse completed (it may not have reached the loop below yet):
  // an unclosed quote opens after it.
  let lastLine = header.line;
  const parser = parse({
    delimiter: header.delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    on_record: (record: string[], context: { lines: number }) => {
      lastLine = context.lines;
      return record;
    },
  });
  const feed = (async () => {
    for (const bytes of buffered) if (!parser.write(bytes)) await new Promise((r) => parser.once("drain", r));
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      if (!parser.write(next.value.bytes)) await new Promise((r) => parser.once("drain", r));
    }
    parser.end();
  })();
  feed.catch((error: unknown) => parser.destroy(error as Error));
  const fields = header.names.length;
  let first = true;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (first) {
        first = false;
        header.names = record;
        sink = new ColumnSink(label, record, props.columns);
        continue;
      }
      const line = info.lines;
      if (record.length < fields) throw inputMessages.tooFewFields(label, line, record.length, header.names);
      if (record.length > fields) throw inputMessages.tooManyFields(label, line, header.names);
      const target = sink!;
      target.reserve(1);
      for (let f = 0; f < fields; f++) {
        const slot = target.slotOfField[f]!;
        if (slot >= 0) target.fieldText(slot, record[f]!, line);
      }
      target.endRow(line);
    }
    await feed;
  } catch (error) {
    throw csvParseError(error, label, lastLine);
  }
  return finish(label, header, sink, facts, "csv-parse");
}

/** csv-parse's own errors (code "CSV_...") as messages naming file and line; others unchanged. */
function csvParseError(error: unknown, label: string, lastLine: number): unknown {
  const { code, lines, message } = error as { code?: unknown; lines?: unknown; message?: unknown };
  if (typeof code !== "string" || !code.startsWith("CSV_")) return error;
  if (code === "CSV_QUOTE_NOT_CLOSED") return inputMessages.unclosedQuoteAfter(label, lastLine + 1);
  const line = typeof lines === "number" && lines > 0 ? lines : lastLine + 1;
  return inputMessages.unreadableCsv(label, line, String(message));
}

/**
 * Reads the requested columns of a CSV file: codes as text (`0011` stays `0011`), numbers as
 * non-negative doubles. Throws `InputError` naming file, line and column for every problem.
 */
export async function readCsvColumns(props: ReadCsvColumnsProps): Promise<CsvColumnsResult> {
  const label = props.label ?? props.path;
  if (props.parser === "csv-parse") return readGeneral(props, label);
  try {
    return await readFast(props, label);
  } catch (error) {
    if (!(error instanceof NeedsGeneralParser)) throw error;
    return await readGeneral(props, label);
  }
}
