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
import { f64, i32, moduleHeader, name, section, sleb, uleb, vector } from "../common/wasm-assembly.ts";

const get = (local: number) => [0x20, ...uleb(local)];
const set = (local: number) => [0x21, ...uleb(local)];
const constant = (n: number) => [0x41, ...sleb(n)];
const f64Zero = [0x44, 0, 0, 0, 0, 0, 0, 0, 0];
const i32Add = [0x6a];
const i32Shl = [0x74];
const i32GeU = [0x4f];
const i32LtU = [0x49];
const i32Load = (offset: number) => [0x28, 2, ...uleb(offset)];
const f64Load = [0x2b, 3, 0];
const f64Store = [0x39, 3, 0];
const f64Add = [0xa0];
const block = [0x02, 0x40];
const loop = [0x03, 0x40];
const end = [0x0b];
const br = (depth: number) => [0x0c, depth];
const brIf = (depth: number) => [0x0d, depth];

function gatherSumsBody(): number[] {
  const [START, INDEX, SOURCE, OUT, COUNT] = [0, 1, 2, 3, 4];
  // Locals: j (start pointer), stop (start + 4·count), k and kEnd (byte pointers into index),
  // o (out pointer); f64 a, b, c, d.
  const [J, STOP, K, K_END, O] = [5, 6, 7, 8, 9];
  const [A, B, C, D] = [10, 11, 12, 13];
  const code: number[] = [];
  const emit = (...parts: number[][]) => {
    for (const part of parts) code.push(...part);
  };
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
      f64Load,
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
  emit(block, loop, get(K), constant(16), i32Add, get(K_END), [0x4b] /* i32.gt_u */, brIf(1));
  addTo(A, 0);
  addTo(B, 4);
  addTo(C, 8);
  addTo(D, 12);
  emit(get(K), constant(16), i32Add, set(K), br(0), end, end);
  emit(block, loop, get(K), get(K_END), i32LtU, [0x45] /* i32.eqz */, brIf(1));
  addTo(A, 0);
  emit(get(K), constant(4), i32Add, set(K), br(0), end, end);
  emit(get(O), get(A), get(B), f64Add, get(C), get(D), f64Add, f64Add, f64Store);
  emit(get(O), constant(8), i32Add, set(O), get(J), constant(4), i32Add, set(J), br(0), end, end);
  emit(end);
  const locals = vector([
    [...uleb(5), i32],
    [...uleb(4), f64],
  ]);
  return [...locals, ...code];
}

function assemble(): Uint8Array {
  const body = gatherSumsBody();
  const bytes = [
    ...moduleHeader,
    // type 0: (i32 x 5) -> ()
    ...section(1, vector([[0x60, ...vector(new Array(5).fill([i32])), 0]])),
    // import env.memory, at least 1 page
    ...section(2, vector([[...name("env"), ...name("memory"), 0x02, 0x00, 1]])),
    ...section(3, vector([[0]])),
    ...section(7, vector([[...name("gatherSums"), 0x00, 0]])),
    ...section(10, vector([[...uleb(body.length), ...body]])),
  ];
  return Uint8Array.from(bytes);
}

/** The module's bytes (for the eigen-solver's operator). */
export const gatherSumsWasm: Uint8Array = assemble();
