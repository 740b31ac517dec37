// `countBitsetRows` (cooccurrence-kernels.ts) as a WebAssembly function: the AND of two items'
// event bitsets and its popcount, 64 bits per instruction (`i64.popcnt`, one machine instruction on
// the processors the product targets), where JavaScript needs a dozen operations per 32-bit word.
// The counts are integers: the same counts, whichever path runs. Assembled here from its
// instructions like the other modules (decision 0014): no binary checked in, a few hundred bytes.
//
// Exported function `countRow(a, n, words64, bits, out, wide)`, every argument an i32, pointers
// byte offsets into the imported memory `env.memory`: for b = a + 1 .. n − 1, the number of bits
// set in both row a and row b of `bits` (n rows of `words64` 64-bit words), written in order at
// `out`, as u32 when `wide` is 1, else as u16.
import {
  block,
  br,
  brIf,
  constant,
  end,
  functionBody,
  get,
  i32,
  i32Add,
  i32GeS,
  i32GeU,
  i32Mul,
  i32Store,
  i32Store16,
  i64,
  i64Load,
  ifThen,
  loop,
  memoryModule,
  orElse,
  set,
} from "../common/wasm-assembly.ts";

const i64Zero = [0x42, 0];
const i64Add = [0x7c];
const i64And = [0x83];
const i64Popcnt = [0x7b];
const i32WrapI64 = [0xa7];

function countRowBody(): number[] {
  const [A, N, WORDS64, BITS, OUT, WIDE] = [0, 1, 2, 3, 4, 5];
  // Locals: rowBytes, rowA, rowB, b, w; acc (i64).
  const [ROW_BYTES, ROW_A, ROW_B, B, W, ACC] = [6, 7, 8, 9, 10, 11];
  const { emit, bytes } = functionBody([
    [5, i32],
    [1, i64],
  ]);
  emit(get(WORDS64), constant(8), i32Mul, set(ROW_BYTES));
  emit(get(BITS), get(A), get(ROW_BYTES), i32Mul, i32Add, set(ROW_A));
  emit(get(ROW_A), get(ROW_BYTES), i32Add, set(ROW_B));
  emit(get(A), constant(1), i32Add, set(B));
  emit(block, loop, get(B), get(N), i32GeS, brIf(1));
  // acc = Σ_w popcount(rowA[w] & rowB[w])
  emit(i64Zero, set(ACC), constant(0), set(W));
  emit(block, loop, get(W), get(ROW_BYTES), i32GeU, brIf(1));
  emit(get(ACC), get(ROW_A), get(W), i32Add, i64Load(), get(ROW_B), get(W), i32Add, i64Load(), i64And);
  emit(i64Popcnt, i64Add, set(ACC));
  emit(get(W), constant(8), i32Add, set(W), br(0), end, end);
  emit(get(WIDE), ifThen);
  emit(get(OUT), get(ACC), i32WrapI64, i32Store(), get(OUT), constant(4), i32Add, set(OUT));
  emit(orElse);
  emit(get(OUT), get(ACC), i32WrapI64, i32Store16(), get(OUT), constant(2), i32Add, set(OUT));
  emit(end);
  emit(get(ROW_B), get(ROW_BYTES), i32Add, set(ROW_B));
  emit(get(B), constant(1), i32Add, set(B), br(0), end, end);
  emit(end);
  return bytes();
}

/** The module's bytes (for `countBitsetRows`, on any thread). */
export const popcountRowsWasm: Uint8Array = memoryModule([
  { name: "countRow", params: 6, body: countRowBody() },
]);
