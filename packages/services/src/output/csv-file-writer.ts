// Writes a CSV file through one reusable byte buffer: fields go straight in as bytes, with no
// string per row, and the file gets one system call per MiB. Numbers are written in their
// shortest round-trip form (ECMAScript Number::toString, so `Number(text) === x` exactly); NaN,
// the engine's "not defined" (e.g. a dropped region), is written as an empty field.
import { closeSync, openSync, writeSync } from "node:fs";
import { appendNumber, type NumberTextCache } from "./number-text.ts";

const encoder = new TextEncoder();
const bufferBytes = 1 << 20;
/** Room that any single number needs: "-1.2345678901234567e-308" is 24 bytes. */
const numberRoom = 32;

/** Copies `data` into `buffer` at `offset`; returns the new offset (a loop beats `set` for short fields). */
export function appendBytes(buffer: Uint8Array, offset: number, data: Uint8Array): number {
  const n = data.length;
  if (n > 32) {
    buffer.set(data, offset);
    return offset + n;
  }
  for (let i = 0; i < n; i++) buffer[offset + i] = data[i]!;
  return offset + n;
}

/** A CSV field as bytes: quoted (RFC 4180) only when it holds a comma, quote or line break. */
export function encodeCsvField(text: string): Uint8Array {
  const needsQuotes = /[",\r\n]/.test(text);
  return encoder.encode(needsQuotes ? `"${text.replaceAll('"', '""')}"` : text);
}

export class CsvFileWriter {
  private buffer: Uint8Array;
  private offset = 0;
  private readonly fd: number;
  /** Bytes written so far (flushed or not). */
  bytesWritten = 0;
  rows = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, "w");
    this.buffer = Buffer.allocUnsafe(bufferBytes);
  }

  /** Writes a header (or any) line of plain fields. */
  line(fields: readonly string[]): void {
    for (let i = 0; i < fields.length; i++) {
      if (i > 0) this.byte(44);
      this.bytes(encodeCsvField(fields[i]!));
    }
    this.byte(10);
  }

  /** Appends raw bytes (a pre-encoded field). */
  bytes(data: Uint8Array): void {
    this.offset = appendBytes(this.reserve(data.length), this.offset, data);
  }

  /**
   * Appends bytes of any length (a formatted block of rows). A block of a quarter of the buffer or
   * more is written straight from `data` after what is buffered (copying it first cost ~80 ms per
   * 200 MB of text).
   */
  largeBytes(data: Uint8Array): void {
    if (data.length >= this.buffer.length >> 2) {
      this.flush();
      this.bytesWritten += data.length;
      let done = 0;
      while (done < data.length) done += writeSync(this.fd, data, done, data.length - done);
      return;
    }
    let from = 0;
    while (from < data.length) {
      if (this.offset === this.buffer.length) this.flush();
      const take = Math.min(data.length - from, this.buffer.length - this.offset);
      this.buffer.set(data.subarray(from, from + take), this.offset);
      this.offset += take;
      from += take;
    }
  }

  byte(value: number): void {
    if (this.offset === this.buffer.length) this.flush();
    this.buffer[this.offset++] = value;
  }

  /** Appends a number in shortest round-trip form; NaN gives an empty field. */
  number(x: number, cache?: NumberTextCache): void {
    this.offset = appendNumber(this.reserve(numberRoom), this.offset, x, cache);
  }

  /**
   * For hand-inlined row loops: makes sure `n` more bytes fit (flushing if needed) and returns the
   * buffer; write from `position`, then set `position` to the new end.
   */
  reserve(n: number): Uint8Array {
    if (this.offset + n > this.buffer.length) {
      this.flush();
      if (n > this.buffer.length) this.buffer = Buffer.allocUnsafe(n);
    }
    return this.buffer;
  }

  get position(): number {
    return this.offset;
  }

  set position(offset: number) {
    this.offset = offset;
  }

  flush(): void {
    if (this.offset === 0) return;
    this.bytesWritten += this.offset;
    let done = 0;
    while (done < this.offset) done += writeSync(this.fd, this.buffer, done, this.offset - done);
    this.offset = 0;
  }

  /**
   * Writes out what is buffered and returns the file descriptor, so another writer can append to
   * the file; nothing may be written here until it is done.
   */
  handOver(): number {
    this.flush();
    return this.fd;
  }

  private closed = false;

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.flush();
    closeSync(this.fd);
  }
}
