// A big chunk of a CSV file parsed on two threads: the helper thread parses the second half with
// `parseRowsKernel` (the fast parser's common case) while this thread parses the first half with
// `parseFastChunk`; then the helper's rows are appended to the sink, its codes interned here in
// its order of first appearance (so the ids are those of one pass). Where the helper stopped (a
// row it is not sure of), this thread parses on with the full fast parser, so every message and
// every rule is that parser's, and the first error in the file is the one reported.
import type { ColumnSink } from "./column-sink.ts";
import { parseFastChunk } from "./fast-csv-parser.ts";
import type { ParseRowsJob } from "./parse-rows-kernel.ts";
import { type ByteChunk, countLineFeeds } from "./read-byte-chunks.ts";

/** A thread that runs `parseRowsKernel` (ParallelFormatter). */
export interface ParseHelper {
  /** Starts the kernel on `job`; the returned function waits for it (throws if it failed). */
  startParse(job: ParseRowsJob): () => void;
}

/** Chunks smaller than this are parsed on this thread alone (the split costs more than it saves). */
const parallelFromBytes = 4 << 20;

function shared<T extends Int32Array | Float64Array>(
  make: new (buffer: SharedArrayBuffer) => T,
  bytes: number,
): T {
  return new make(new SharedArrayBuffer(bytes));
}

/**
 * `parseFastChunk` of `chunk`, on two threads when it is big (`minBytes`, tests lower it) and in
 * shared memory.
 */
export function parseChunk(
  chunk: ByteChunk,
  delimiter: number,
  sink: ColumnSink,
  headerLine: number,
  helper: ParseHelper | undefined,
  minBytes = parallelFromBytes,
): void {
  const bytes = chunk.bytes;
  const lf = bytes.indexOf(10, bytes.length >> 1);
  const split = lf + 1;
  if (
    helper === undefined ||
    bytes.length < minBytes ||
    !(bytes.buffer instanceof SharedArrayBuffer) ||
    lf === -1 ||
    split >= bytes.length
  ) {
    parseFastChunk(chunk, delimiter, sink, headerLine);
    return;
  }
  const fields = sink.header.length;
  // A row takes at least 2 bytes per field (a character and a delimiter or the line feed).
  const maxRows = Math.ceil((bytes.length - split) / (2 * fields)) + 1;
  const slots = sink.ids.length;
  const kinds = Array.from({ length: slots }, (_, slot) => sink.kindOfField[sink.headerIndex[slot]!]!);
  const codeSlot = (slot: number) => kinds[slot] === 1;
  const job: ParseRowsJob = {
    bytes,
    from: split,
    to: bytes.length,
    delimiter,
    kindOfField: sink.kindOfField,
    slotOfField: sink.slotOfField,
    ids: kinds.map((_, s) => (codeSlot(s) ? shared(Int32Array, 4 * maxRows) : null)),
    values: kinds.map((_, s) => (codeSlot(s) ? null : shared(Float64Array, 8 * maxRows))),
    lines: shared(Int32Array, 4 * maxRows),
    codeStart: kinds.map((_, s) => (codeSlot(s) ? shared(Int32Array, 4 * maxRows) : null)),
    codeEnd: kinds.map((_, s) => (codeSlot(s) ? shared(Int32Array, 4 * maxRows) : null)),
    codeHash: kinds.map((_, s) => (codeSlot(s) ? shared(Int32Array, 4 * maxRows) : null)),
    result: shared(Int32Array, 4 * (3 + slots)),
  };
  const wait = helper.startParse(job);
  // Room for the whole chunk's rows up front (from the rows of its first 64 KiB), so that adding the
  // helper's rows does not copy the first half's into new arrays.
  const sample = bytes.subarray(0, Math.min(bytes.length, 1 << 16));
  const sampleRows = Math.max(1, countLineFeeds(sample));
  sink.reserve(Math.ceil((1.05 * bytes.length * sampleRows) / sample.length));
  let lastLine: number;
  let helperFailed = false;
  try {
    lastLine = parseFastChunk(
      { bytes: bytes.subarray(0, split), firstLine: chunk.firstLine },
      delimiter,
      sink,
      headerLine,
    );
  } finally {
    // Waited for even when the first half failed (its error is the one to report). A helper that
    // failed itself is not an error in the data: this thread then parses the second half alone.
    try {
      wait();
    } catch {
      helperFailed = true;
    }
  }
  const base = lastLine + 1;
  if (helperFailed || base <= headerLine) {
    // The helper failed, or the header is in the second half (blank lines before it): nothing of
    // the helper's is usable.
    parseFastChunk({ bytes: bytes.subarray(split), firstLine: base }, delimiter, sink, headerLine);
    return;
  }
  const [rows = 0, stopByte = 0, stopLine = 0] = job.result;
  const first = sink.rows;
  sink.reserve(rows);
  for (let slot = 0; slot < slots; slot++) {
    if (codeSlot(slot)) {
      const count = job.result[3 + slot]!;
      const starts = job.codeStart[slot]!;
      const ends = job.codeEnd[slot]!;
      const hashes = job.codeHash[slot]!;
      const remap = new Int32Array(count);
      for (let k = 0; k < count; k++)
        remap[k] = sink.code(slot, bytes, starts[k]!, ends[k]!, hashes[k]!, base);
      const target = sink.ids[slot]!;
      const ids = job.ids[slot]!;
      for (let i = 0; i < rows; i++) target[first + i] = remap[ids[i]!]!;
    } else {
      sink.numbers[slot]!.set(job.values[slot]!.subarray(0, rows), first);
    }
  }
  const lines = sink.lines;
  const helperLines = job.lines;
  for (let i = 0; i < rows; i++) lines[first + i] = base + helperLines[i]!;
  sink.rows = first + rows;
  if (stopByte < bytes.length) {
    parseFastChunk(
      { bytes: bytes.subarray(stopByte), firstLine: base + stopLine },
      delimiter,
      sink,
      headerLine,
    );
  }
}
