// A growable little-endian byte buffer for binary file writers (the SPSS system file, the zip).
// Each write reserves its room first: reserving may replace the buffer and its view.
const encoder = new TextEncoder();

export class ByteWriter {
  private buffer = new Uint8Array(4096);
  private view = new DataView(this.buffer.buffer);
  private length = 0;

  get size(): number {
    return this.length;
  }

  private reserve(bytes: number): number {
    const at = this.length;
    if (at + bytes > this.buffer.length) {
      let capacity = this.buffer.length * 2;
      while (capacity < at + bytes) capacity *= 2;
      const bigger = new Uint8Array(capacity);
      bigger.set(this.buffer.subarray(0, at));
      this.buffer = bigger;
      this.view = new DataView(bigger.buffer);
    }
    this.length += bytes;
    return at;
  }

  int32(value: number): this {
    const at = this.reserve(4);
    this.view.setInt32(at, value, true);
    return this;
  }

  uint32(value: number): this {
    const at = this.reserve(4);
    this.view.setUint32(at, value >>> 0, true);
    return this;
  }

  uint16(value: number): this {
    const at = this.reserve(2);
    this.view.setUint16(at, value, true);
    return this;
  }

  float64(value: number): this {
    const at = this.reserve(8);
    this.view.setFloat64(at, value, true);
    return this;
  }

  uint8(value: number): this {
    const at = this.reserve(1);
    this.buffer[at] = value;
    return this;
  }

  bytes(bytes: Uint8Array): this {
    const at = this.reserve(bytes.length);
    this.buffer.set(bytes, at);
    return this;
  }

  /** `bytes` cut or padded with `pad` to exactly `length` bytes. */
  padded(bytes: Uint8Array, length: number, pad = 0x20): this {
    const at = this.reserve(length);
    this.buffer.set(bytes.subarray(0, length), at);
    this.buffer.fill(pad, at + Math.min(bytes.length, length), at + length);
    return this;
  }

  /** Text as UTF-8. */
  text(text: string): this {
    return this.bytes(encoder.encode(text));
  }

  /** A copy of what was written. */
  toBytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** UTF-8 bytes of `text` cut to at most `max` bytes without splitting a character. */
export function utf8Prefix(text: string, max: number): Uint8Array {
  const bytes = encoder.encode(text);
  if (bytes.length <= max) return bytes;
  let end = max;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}
