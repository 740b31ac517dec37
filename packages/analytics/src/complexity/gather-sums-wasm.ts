// `gatherSums` (gather-sums.ts) as a WebAssembly function: the sparse gather of the eigen-solver's
// matrix-vector products, where V8's JavaScript checks both arrays' bounds on every element and
// WebAssembly's memory needs no check. Each sum is made by the same IEEE operations in the same
// order (four accumulators over k, k + 1, k + 2, k + 3, the rest into the first, then
// (a + b) + (c + d)), so the results are the same bits. Assembled here from its instructions like
// the other modules (decision 0014): no binary checked in, a few hundred bytes.
//
// Exported function `gatherSums(start, index, source, out, count)`, every argument an i32, pointers
// byte offsets into the imported memory `env.memory`: out[j] = Σ source[index[k]] over k in
// start[j] .. start[j + 1], for j < count (start, index: i32; source, out: f64).
import {
  block,
  br,
  brIf,
  constant,
  end,
  f64,
  f64Add,
  f64Load,
  f64Store,
  functionBody,
  get,
  i32,
  i32Add,
  i32GeU,
  i32GtU,
  i32Load,
  i32Shl,
  loop,
  memoryModule,
  set,
} from "../common/wasm-assembly.ts";

const f64Zero = [0x44, 0, 0, 0, 0, 0, 0, 0, 0];

function gatherSumsBody(): number[] {
  const [START, INDEX, SOURCE, OUT, COUNT] = [0, 1, 2, 3, 4];
  // Locals: j (start pointer), stop (start + 4·count), k and kEnd (byte pointers into index),
  // o (out pointer); f64 a, b, c, d.
  const [J, STOP, K, K_END, O] = [5, 6, 7, 8, 9];
  const [A, B, C, D] = [10, 11, 12, 13];
  const { emit, bytes } = functionBody([
    [5, i32],
    [4, f64],
  ]);
  /** acc += source[index at K + offset] */
  const addTo = (acc: number, offset: number) =>
    emit(
      get(acc),
      get(SOURCE),
      get(K),
      i32Load(offset),
      constant(3),
      i32Shl,
      i32Add,
      f64Load(),
      f64Add,
      set(acc),
    );
  emit(get(START), set(J), get(OUT), set(O));
  emit(get(START), get(COUNT), constant(2), i32Shl, i32Add, set(STOP));
  emit(block, loop, get(J), get(STOP), i32GeU, brIf(1));
  emit(f64Zero, set(A), f64Zero, set(B), f64Zero, set(C), f64Zero, set(D));
  // k and kEnd as byte pointers: index + 4·start[j], index + 4·start[j + 1].
  emit(get(INDEX), get(J), i32Load(0), constant(2), i32Shl, i32Add, set(K));
  emit(get(INDEX), get(J), i32Load(4), constant(2), i32Shl, i32Add, set(K_END));
  // Four at a time while k + 3 < end, that is k + 16 <= kEnd in bytes.
  emit(block, loop, get(K), constant(16), i32Add, get(K_END), i32GtU, brIf(1));
  addTo(A, 0);
  addTo(B, 4);
  addTo(C, 8);
  addTo(D, 12);
  emit(get(K), constant(16), i32Add, set(K), br(0), end, end);
  emit(block, loop, get(K), get(K_END), i32GeU, brIf(1));
  addTo(A, 0);
  emit(get(K), constant(4), i32Add, set(K), br(0), end, end);
  emit(get(O), get(A), get(B), f64Add, get(C), get(D), f64Add, f64Add, f64Store());
  emit(get(O), constant(8), i32Add, set(O), get(J), constant(4), i32Add, set(J), br(0), end, end);
  emit(end);
  return bytes();
}

/** The module's bytes (for the eigen-solver's operator). */
export const gatherSumsWasm: Uint8Array = memoryModule([
  { name: "gatherSums", params: 5, body: gatherSumsBody() },
]);
