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

/** A CSV field as bytes: quoted (RFC 4180) only when it holds a comma, quote or line break. */
export function encodeCsvField(text: string): Uint8Array {
  const needsQuotes = /[",\r\n]/.test(text);
  return encoder.encode(needsQuotes ? `"${text.replaceAll('"', '""')}"` : text);
}

export class CsvFileWriter {
  private buffer = Buffer.allocUnsafe(bufferBytes);
  private offset = 0;
  private readonly fd: number;
  /** Bytes written so far (flushed or not). */
  bytesWritten = 0;
  rows = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, "w");
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
    const n = data.length;
    if (this.offset + n > this.buffer.length) {
      this.flush();
      if (n > this.buffer.length) this.buffer = Buffer.allocUnsafe(n);
    }
    const buffer = this.buffer;
    let o = this.offset;
    if (n < 16) for (let i = 0; i < n; i++) buffer[o++] = data[i]!;
    else {
      buffer.set(data, o);
      o += n;
    }
    this.offset = o;
  }

  byte(value: number): void {
    if (this.offset === this.buffer.length) this.flush();
    this.buffer[this.offset++] = value;
  }

  /** Appends a number in shortest round-trip form; NaN gives an empty field. */
  number(x: number, cache?: NumberTextCache): void {
    if (this.offset + numberRoom > this.buffer.length) this.flush();
    this.offset = appendNumber(this.buffer, this.offset, x, cache);
  }

  /** Makes sure `n` more bytes fit without a flush in between (for hand-inlined row loops). */
  reserve(n: number): Buffer {
    if (this.offset + n > this.buffer.length) this.flush();
    return this.buffer;
  }

  get position(): number {
    return this.offset;
  }

  set position(offset: number) {
    this.offset = offset;
  }

  flush(): void {
    let done = 0;
    while (done < this.offset) done += writeSync(this.fd, this.buffer, done, this.offset - done);
    this.bytesWritten += this.offset;
    this.offset = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
