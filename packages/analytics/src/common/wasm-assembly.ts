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

// Instructions the modules share (core 2.0 binary encodings, §5.4), as bytes to splice into a body.
export const get = (local: number): number[] => [0x20, ...uleb(local)];
export const set = (local: number): number[] => [0x21, ...uleb(local)];
export const tee = (local: number): number[] => [0x22, ...uleb(local)];
/** i32.const */
export const constant = (n: number): number[] => [0x41, ...sleb(n)];
export const call = (index: number): number[] => [0x10, ...uleb(index)];
export const br = (depth: number): number[] => [0x0c, depth];
export const brIf = (depth: number): number[] => [0x0d, depth];
export const block: readonly number[] = [0x02, 0x40];
export const loop: readonly number[] = [0x03, 0x40];
export const ifThen: readonly number[] = [0x04, 0x40];
export const orElse: readonly number[] = [0x05];
export const end: readonly number[] = [0x0b];
export const i32Eqz: readonly number[] = [0x45];
export const i32Ne: readonly number[] = [0x47];
export const i32LtS: readonly number[] = [0x48];
export const i32LtU: readonly number[] = [0x49];
export const i32GtU: readonly number[] = [0x4b];
export const i32GeS: readonly number[] = [0x4e];
export const i32GeU: readonly number[] = [0x4f];
export const i32Add: readonly number[] = [0x6a];
export const i32Sub: readonly number[] = [0x6b];
export const i32Mul: readonly number[] = [0x6c];
export const i32And: readonly number[] = [0x71];
export const i32Shl: readonly number[] = [0x74];
/** Loads and stores with their natural alignment and a constant offset. */
export const i32Load = (offset = 0): number[] => [0x28, 2, ...uleb(offset)];
export const i64Load = (offset = 0): number[] => [0x29, 3, ...uleb(offset)];
export const f64Load = (offset = 0): number[] => [0x2b, 3, ...uleb(offset)];
export const i32Store = (offset = 0): number[] => [0x36, 2, ...uleb(offset)];
export const i32Store16 = (offset = 0): number[] => [0x3b, 1, ...uleb(offset)];
export const f64Store = (offset = 0): number[] => [0x39, 3, ...uleb(offset)];
export const f64Add: readonly number[] = [0xa0];
export const f64Mul: readonly number[] = [0xa2];

/**
 * A function body being written: `emit` appends instructions (the body's final `end` included),
 * `bytes` puts the declarations of its locals (groups of [count, type]) before them.
 */
export function functionBody(locals: readonly (readonly [count: number, type: number])[]) {
  const code: number[] = [];
  return {
    emit(...parts: readonly (readonly number[])[]): void {
      for (const part of parts) code.push(...part);
    },
    bytes(): number[] {
      return [...vector(locals.map(([count, type]) => [...uleb(count), type])), ...code];
    },
  };
}

/**
 * A module that imports its memory as `env.memory` (at least one page) and exports each of
 * `functions` by name; every function takes i32 parameters (the given count) and returns nothing.
 * Functions may call one another by their index in `functions`.
 */
export function memoryModule(
  functions: readonly { readonly name: string; readonly params: number; readonly body: number[] }[],
): Uint8Array {
  const counts = [...new Set(functions.map((f) => f.params))];
  const types = counts.map((n) => [0x60, ...vector(new Array(n).fill([i32])), 0]);
  return Uint8Array.from([
    ...moduleHeader,
    ...section(1, vector(types)),
    ...section(2, vector([[...name("env"), ...name("memory"), 0x02, 0x00, 1]])),
    ...section(3, vector(functions.map((f) => [counts.indexOf(f.params)]))),
    ...section(7, vector(functions.map((f, index) => [...name(f.name), 0x00, ...uleb(index)]))),
    ...section(10, vector(functions.map((f) => [...uleb(f.body.length), ...f.body]))),
  ]);
}
