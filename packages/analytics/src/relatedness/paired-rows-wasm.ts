// `addPairedRows` (proximity-row-sums.ts) as a WebAssembly function with 128-bit SIMD: two columns
// per instruction. Each lane does the same IEEE operations in the same order as the JavaScript loop
// (groups of four rows, then two, then one; (a + b) + (c + d); products then sums), and WebAssembly
// has no fused multiply-add, so the results are the same bits (decision 0014). The module is
// assembled here from its instructions, so no binary is checked in: 1 KB, built once at import.
//
// Exported function `addPairedRows(plain, weighted, block, width, activities, from, to, u)`: every
// argument an i32, pointers are byte offsets into the imported memory `env.memory`:
//   plain[p]    += Σ block[q·width + p]        over q = activities[from .. to)  (p < width)
//   weighted[p] += Σ u[q] · block[q·width + p]
// plain, weighted, block: f64 arrays; activities: i32; u: f64. plain and weighted must not overlap.

import { f64, i32, moduleHeader, name, section, sleb, uleb, v128, vector } from "../common/wasm-assembly.ts";

// Instructions (WebAssembly core 2.0 with fixed-width SIMD).
const get = (local: number) => [0x20, ...uleb(local)];
const set = (local: number) => [0x21, ...uleb(local)];
const tee = (local: number) => [0x22, ...uleb(local)];
const constant = (n: number) => [0x41, ...sleb(n)];
const i32Add = [0x6a];
const i32Mul = [0x6c];
const i32And = [0x71];
const i32Shl = [0x74];
const i32LtS = [0x48];
const i32GeS = [0x4e];
const i32Load = [0x28, 2, 0];
const f64Load = [0x2b, 3, 0];
const f64Store = [0x39, 3, 0];
const f64Add = [0xa0];
const f64Mul = [0xa2];
const v128Load = [0xfd, 0x00, 3, 0]; // alignment hint 8 bytes: the arrays are f64-aligned
const v128Store = [0xfd, 0x0b, 3, 0];
const f64x2Splat = [0xfd, 0x14];
const f64x2Add = [0xfd, 0xf0, 0x01];
const f64x2Mul = [0xfd, 0xf2, 0x01];
const block = [0x02, 0x40];
const loop = [0x03, 0x40];
const ifThen = [0x04, 0x40];
const end = [0x0b];
const br = (depth: number) => [0x0c, depth];
const brIf = (depth: number) => [0x0d, depth];

// Locals: the 8 parameters, then i32 x, rowBytes, pairBytes, p, q, a0..a3 (row addresses);
// v128 U0..U3 (splatted weights), V0..V3; f64 u0..u3, v0..v3 (the odd last column).
const [PLAIN, WEIGHTED, BLOCK, WIDTH, ACTIVITIES, FROM, TO, U] = [0, 1, 2, 3, 4, 5, 6, 7];
const [X, ROW_BYTES, PAIR_BYTES, P, Q, A] = [8, 9, 10, 11, 12, 13];
const UV = 17;
const VV = 21;
const US = 25;
const VS = 29;

function addPairedRowsBody(): number[] {
  const code: number[] = [];
  const emit = (...parts: number[][]) => {
    for (const part of parts) code.push(...part);
  };
  // The p-loop body for k rows, on two columns (v128) or on the last odd one (f64), at byte offset P.
  const columns = (k: number, simd: boolean) => {
    const load = simd ? v128Load : f64Load;
    const store = simd ? v128Store : f64Store;
    const add = simd ? f64x2Add : f64Add;
    const mul = simd ? f64x2Mul : f64Mul;
    const v = simd ? VV : VS;
    const u = simd ? UV : US;
    for (let i = 0; i < k; i++) emit(get(A + i), get(P), i32Add, load, set(v + i));
    // plain[p] = plain[p] + ((v0 + v1) + (v2 + v3))
    emit(get(PLAIN), get(P), i32Add, get(PLAIN), get(P), i32Add, load);
    if (k === 4) emit(get(v), get(v + 1), add, get(v + 2), get(v + 3), add, add);
    else if (k === 2) emit(get(v), get(v + 1), add);
    else emit(get(v));
    emit(add, store);
    // weighted[p] = weighted[p] + ((u0·v0 + u1·v1) + (u2·v2 + u3·v3))
    const product = (i: number) => emit(get(u + i), get(v + i), mul);
    emit(get(WEIGHTED), get(P), i32Add, get(WEIGHTED), get(P), i32Add, load);
    if (k === 4) {
      product(0);
      product(1);
      emit(add);
      product(2);
      product(3);
      emit(add, add);
    } else if (k === 2) {
      product(0);
      product(1);
      emit(add);
    } else product(0);
    emit(add, store);
  };
  // Rows k at a time while k are left (k = 4, then 2, then 1, as in the JavaScript loop).
  const rowsOf = (k: number) => {
    emit(block, loop);
    emit(get(X), constant(k - 1), i32Add, get(TO), i32GeS, brIf(1));
    for (let i = 0; i < k; i++) {
      emit(get(ACTIVITIES), get(X), constant(i), i32Add, constant(2), i32Shl, i32Add, i32Load, set(Q));
      emit(get(BLOCK), get(Q), get(ROW_BYTES), i32Mul, i32Add, set(A + i));
      emit(get(U), get(Q), constant(3), i32Shl, i32Add, f64Load, tee(US + i), f64x2Splat, set(UV + i));
    }
    emit(constant(0), set(P));
    emit(block, loop, get(P), get(PAIR_BYTES), i32GeS, brIf(1));
    columns(k, true);
    emit(get(P), constant(16), i32Add, set(P), br(0), end, end);
    emit(get(P), get(ROW_BYTES), i32LtS, ifThen);
    columns(k, false);
    emit(end);
    emit(get(X), constant(k), i32Add, set(X), br(0), end, end);
  };
  emit(get(WIDTH), constant(3), i32Shl, set(ROW_BYTES));
  emit(get(WIDTH), constant(-2), i32And, constant(3), i32Shl, set(PAIR_BYTES));
  emit(get(FROM), set(X));
  rowsOf(4);
  rowsOf(2);
  rowsOf(1);
  emit(end);
  const locals = vector([
    [...uleb(9), i32],
    [...uleb(8), v128],
    [...uleb(8), f64],
  ]);
  return [...locals, ...code];
}

function assemble(): Uint8Array {
  const body = addPairedRowsBody();
  const bytes = [
    ...moduleHeader,
    // type 0: (i32 x 8) -> ()
    ...section(1, vector([[0x60, ...vector(new Array(8).fill([i32])), 0]])),
    // import env.memory, at least 1 page
    ...section(2, vector([[...name("env"), ...name("memory"), 0x02, 0x00, 1]])),
    ...section(3, vector([[0]])),
    ...section(7, vector([[...name("addPairedRows"), 0x00, 0]])),
    ...section(10, vector([[...uleb(body.length), ...body]])),
  ];
  return Uint8Array.from(bytes);
}

/** The module's bytes (for `fourRussiansColumns`, on any thread). */
export const pairedRowsWasm: Uint8Array = assemble();
