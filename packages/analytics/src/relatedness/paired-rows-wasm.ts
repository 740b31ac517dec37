// `addPairedRows` (proximity-row-sums.ts) and the bucket fold of the region-block product as
// WebAssembly functions with 128-bit SIMD, two columns per instruction, and a third that sums a
// whole region block with them (decisions 0014, 0017). Each lane does the same IEEE operations in
// the same order as the JavaScript loops (groups of four rows, then two, then one; (a + b) + (c + d);
// products then sums), and WebAssembly has no fused multiply-add, so the results are the same bits.
// The module is assembled here from its instructions, so no binary is checked in: 2 KB, built once
// at import.
//
// Exported functions, every argument an i32, pointers are byte offsets into the imported memory
// `env.memory` (f64 arrays unless said otherwise):
// - `addPairedRows(plain, weighted, block, width, activities, from, to, u)`:
//     plain[p]    += Σ block[q·width + p]        over q = activities[from .. to)  (p < width)
//     weighted[p] += Σ u[q] · block[q·width + p]
//   activities: i32. plain and weighted must not overlap.
// - `foldBuckets(buckets, span, g, sums)`: `foldBuckets` of four-russians-proximity-kernel.ts on
//   2^g rows of `span` doubles, lane for lane the same operations in the same order.
// - `blockSums(buckets, width, block, activities, runs, g, u, sums)`: one region block of the paired
//   product: clears the 2^g bucket pairs (plain then weighted, 2·width doubles each), adds pattern
//   s's φ rows, activities[runs[s] .. runs[s + 1]) (runs: 2^g + 1 i32), into bucket pair s for
//   s = 1 .. 2^g − 1, then folds them into `sums` (g rows of 2·width). One call per block instead of
//   one per pattern plus the JavaScript fold.

import {
  block,
  br,
  brIf,
  call,
  constant,
  end,
  f64,
  f64Add,
  f64Load,
  f64Mul,
  f64Store,
  functionBody,
  get,
  i32,
  i32Add,
  i32And,
  i32GeS,
  i32Load,
  i32LtS,
  i32Mul,
  i32Ne,
  i32Shl,
  i32Sub,
  ifThen,
  loop,
  memoryModule,
  orElse,
  set,
  tee,
  v128,
} from "../common/wasm-assembly.ts";

// SIMD instructions (WebAssembly core 2.0, fixed-width SIMD) and bulk memory.
const v128Load = [0xfd, 0x00, 3, 0]; // alignment hint 8 bytes: the arrays are f64-aligned
const v128Store = [0xfd, 0x0b, 3, 0];
const f64x2Splat = [0xfd, 0x14];
const f64x2Add = [0xfd, 0xf0, 0x01];
const f64x2Mul = [0xfd, 0xf2, 0x01];
/** memory.fill (bulk memory, core 2.0): [address, byte, count] -> []. */
const memoryFill = [0xfc, 0x0b, 0x00];

// Locals: the 8 parameters, then i32 x, rowBytes, pairBytes, p, q, a0..a3 (row addresses);
// v128 U0..U3 (splatted weights), V0..V3; f64 u0..u3, v0..v3 (the odd last column).
const [PLAIN, WEIGHTED, BLOCK, WIDTH, ACTIVITIES, FROM, TO, U] = [0, 1, 2, 3, 4, 5, 6, 7];
const [X, ROW_BYTES, PAIR_BYTES, P, Q, A] = [8, 9, 10, 11, 12, 13];
const UV = 17;
const VV = 21;
const US = 25;
const VS = 29;

function addPairedRowsBody(): number[] {
  const { emit, bytes } = functionBody([
    [9, i32],
    [8, v128],
    [8, f64],
  ]);
  // The p-loop body for k rows, on two columns (v128) or on the last odd one (f64), at byte offset P.
  const columns = (k: number, simd: boolean) => {
    const load = simd ? v128Load : f64Load();
    const store = simd ? v128Store : f64Store();
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
      emit(get(ACTIVITIES), get(X), constant(i), i32Add, constant(2), i32Shl, i32Add, i32Load(), set(Q));
      emit(get(BLOCK), get(Q), get(ROW_BYTES), i32Mul, i32Add, set(A + i));
      emit(get(U), get(Q), constant(3), i32Shl, i32Add, f64Load(), tee(US + i), f64x2Splat, set(UV + i));
    }
    overColumns(emit, P, PAIR_BYTES, ROW_BYTES, (simd) => columns(k, simd));
    emit(get(X), constant(k), i32Add, set(X), br(0), end, end);
  };
  emit(get(WIDTH), constant(3), i32Shl, set(ROW_BYTES));
  emit(get(WIDTH), constant(-2), i32And, constant(3), i32Shl, set(PAIR_BYTES));
  emit(get(FROM), set(X));
  rowsOf(4);
  rowsOf(2);
  rowsOf(1);
  emit(end);
  return bytes();
}

/**
 * Emits a loop over the columns of one row: `body(true)` on two columns at a time (byte offset in
 * local `p` steps by 16 up to `pairBytes`), then `body(false)` once on the odd last column if the
 * row has one (`p` < `rowBytes`).
 */
function overColumns(
  emit: (...parts: readonly (readonly number[])[]) => void,
  p: number,
  pairBytes: number,
  rowBytes: number,
  body: (simd: boolean) => void,
) {
  emit(constant(0), set(p));
  emit(block, loop, get(p), get(pairBytes), i32GeS, brIf(1));
  body(true);
  emit(get(p), constant(16), i32Add, set(p), br(0), end, end);
  emit(get(p), get(rowBytes), i32LtS, ifThen);
  body(false);
  emit(end);
}

function foldBucketsBody(): number[] {
  const { emit, bytes } = functionBody([
    [12, i32],
    [4, v128],
    [4, f64],
  ]);
  // Parameters buckets, span, g, sums; locals: bit, half (rows), rowBytes, pairBytes, at (sums row),
  // upper (bytes from a lower row to its upper one), t, p, l0..l3; v128 a..d; f64 a..d.
  const [BUCKETS, SPAN, G, SUMS] = [0, 1, 2, 3];
  const [BIT, HALF, ROW, PAIR, AT, UPPER, T, PP, L] = [4, 5, 6, 7, 8, 9, 10, 11, 12];
  const VA = 16;
  const SA = 20;
  // sums row `at` += ((a + b) + (c + d)) (k = 4) or a (k = 1); lower rows += their upper rows.
  const fold = (k: number) => (simd: boolean) => {
    const load = simd ? v128Load : f64Load();
    const store = simd ? v128Store : f64Store();
    const add = simd ? f64x2Add : f64Add;
    const v = simd ? VA : SA;
    for (let i = 0; i < k; i++) emit(get(L + i), get(UPPER), i32Add, get(PP), i32Add, load, set(v + i));
    emit(get(AT), get(PP), i32Add, get(AT), get(PP), i32Add, load);
    if (k === 4) emit(get(v), get(v + 1), add, get(v + 2), get(v + 3), add, add);
    else emit(get(v));
    emit(add, store);
    for (let i = 0; i < k; i++) {
      emit(get(L + i), get(PP), i32Add, get(L + i), get(PP), i32Add, load, get(v + i), add, store);
    }
  };
  // Rows k at a time from t = 0 while t < half (half is a power of two: k = 4 divides it when >= 4).
  const rowsOf = (k: number) => {
    emit(constant(0), set(T));
    emit(block, loop, get(T), get(HALF), i32GeS, brIf(1));
    emit(get(BUCKETS), get(T), get(ROW), i32Mul, i32Add, set(L));
    for (let i = 1; i < k; i++) emit(get(L + i - 1), get(ROW), i32Add, set(L + i));
    overColumns(emit, PP, PAIR, ROW, fold(k));
    emit(get(T), constant(k), i32Add, set(T), br(0), end, end);
  };
  emit(get(SPAN), constant(3), i32Shl, set(ROW));
  emit(get(SPAN), constant(-2), i32And, constant(3), i32Shl, set(PAIR));
  emit(get(G), set(BIT));
  emit(block, loop);
  // for bit = g − 1 down to 0: half = 2^bit, at = sums + bit · rowBytes, sums row cleared.
  emit(get(BIT), constant(1), i32Sub, set(BIT));
  emit(get(BIT), constant(0), i32LtS, brIf(1));
  emit(constant(1), get(BIT), i32Shl, set(HALF));
  emit(get(SUMS), get(BIT), get(ROW), i32Mul, i32Add, set(AT));
  emit(get(AT), constant(0), get(ROW), memoryFill);
  emit(get(HALF), get(ROW), i32Mul, set(UPPER));
  emit(get(HALF), constant(4), i32GeS, ifThen);
  rowsOf(4);
  emit(orElse);
  rowsOf(1);
  emit(end);
  emit(br(0), end, end, end);
  return bytes();
}

function blockSumsBody(): number[] {
  const { emit, bytes } = functionBody([[6, i32]]);
  const [BUCKETS, WIDTH_, BLOCK_, LIST, RUNS, G, U_, SUMS] = [0, 1, 2, 3, 4, 5, 6, 7];
  // Locals: patterns, pairRowBytes (bytes of one bucket pair), s, from, to, at.
  const [PATTERNS, PAIR_ROW, S, FROM_, TO_, AT] = [8, 9, 10, 11, 12, 13];
  emit(constant(1), get(G), i32Shl, set(PATTERNS));
  emit(get(WIDTH_), constant(4), i32Shl, set(PAIR_ROW));
  emit(get(BUCKETS), constant(0), get(PATTERNS), get(PAIR_ROW), i32Mul, memoryFill);
  emit(constant(1), set(S));
  emit(block, loop, get(S), get(PATTERNS), i32GeS, brIf(1));
  emit(get(RUNS), get(S), constant(2), i32Shl, i32Add, tee(AT), i32Load(), set(FROM_));
  emit(get(AT), constant(4), i32Add, i32Load(), set(TO_));
  emit(get(FROM_), get(TO_), i32Ne, ifThen);
  emit(get(BUCKETS), get(S), get(PAIR_ROW), i32Mul, i32Add, tee(AT));
  emit(get(AT), get(WIDTH_), constant(3), i32Shl, i32Add);
  emit(get(BLOCK_), get(WIDTH_), get(LIST), get(FROM_), get(TO_), get(U_), call(0));
  emit(end);
  emit(get(S), constant(1), i32Add, set(S), br(0), end, end);
  emit(get(BUCKETS), get(WIDTH_), constant(1), i32Shl, get(G), get(SUMS), call(1));
  emit(end);
  return bytes();
}

/** The module's bytes (for `fourRussiansColumns`, on any thread). */
export const pairedRowsWasm: Uint8Array = memoryModule([
  { name: "addPairedRows", params: 8, body: addPairedRowsBody() },
  { name: "foldBuckets", params: 4, body: foldBucketsBody() },
  { name: "blockSums", params: 8, body: blockSumsBody() },
]);
