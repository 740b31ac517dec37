// The few pieces needed to assemble a WebAssembly module from its instructions in TypeScript
// (decision 0014: no .wasm binaries checked in, no toolchain). Encodings from the WebAssembly core
// specification 2.0, §5 (binary format): LEB128 integers, vectors, sections, names, and the opcodes
// the project's modules use. Used by paired-rows-wasm.ts (analytics) and the shortest-number
// writer (services).

/** Unsigned LEB128 (sizes, counts, indices; 0 <= n < 2^32). */
export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 of an i32 constant. */
export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

/** Signed LEB128 of an i64 constant (given as a bigint, taken modulo 2^64 as a signed value). */
export function sleb64(value: bigint): number[] {
  let n = BigInt.asIntN(64, value);
  const out: number[] = [];
  for (;;) {
    const byte = Number(n & 0x7fn);
    n >>= 7n;
    if ((n === 0n && (byte & 0x40) === 0) || (n === -1n && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

export const vector = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
export const section = (id: number, bytes: number[]): number[] => [id, ...uleb(bytes.length), ...bytes];
export const name = (text: string): number[] => vector([...text].map((c) => [c.charCodeAt(0)]));

/** The module header: magic number and version 1. */
export const moduleHeader: readonly number[] = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

/** Value types. */
export const i32 = 0x7f;
export const i64 = 0x7e;
export const f64 = 0x7c;
export const v128 = 0x7b;
