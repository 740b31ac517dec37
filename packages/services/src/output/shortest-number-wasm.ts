// One WebAssembly module that writes doubles as CSV text (decision 0016): ECMAScript
// Number::toString for finite, normal doubles, the shortest decimal that reads back as x (the
// closest one when several are as short), and cells.csv's row loop around it. The digits come from
// Schubfach (R. Giulietti, "The Schubfach way to render doubles", 2020-2022; the algorithm of
// Java's Double.toString since JDK 19), which decides with exact 64-bit integer arithmetic on a
// 126-bit power of ten, round-to-odd, so it never needs a fallback; the text is laid out by the
// ECMAScript rules (fixed notation for 1e-7 <= |x| < 1e21, exponent otherwise). WebAssembly has no
// 64 x 64 -> 128-bit product, so each one is four 32-bit halves multiplied as i64; the products
// are made once, for x itself, and those of the two ends of its rounding interval follow from them
// by shifts and carries (they differ by g·2^sh). The digits are made in registers (eight at a
// time, SWAR) and stored straight to their place: no branch on which candidate wins, no table of
// digit pairs.
//
// The module is assembled here from its instructions (decision 0014), with Schubfach's powers of
// ten as a data segment: about 13 KB, no binary checked in, assembled on first use (~5-10 ms). It is
// one file (about 620 lines) because it is one binary: its four functions call one another by index
// and share the memory layout and the instruction helpers below.
//
// Functions: `write(x, p)` (the text of x at p), `field(x, o)` (a CSV field: NaN empty, zero and
// integers below 2^53 digit by digit, else `write`), and the exports `shortest(x: f64) -> i32`,
// which writes the text at byte OUTPUT_AT of `memory` and returns its length, or -1 for ±0,
// subnormals, ±Infinity and NaN (the caller writes those itself), and `cells(...)` (the rows of a
// block of cells, formatCellBlock; callers grow `memory` to hold the block). Up to 24 bytes after a
// text's end may be written too.
import { wasmAssembly as W } from "@smartspec/analytics";

const { i32, i64, f64 } = W;

/** Where `shortest` writes its text (64 bytes of room). */
export const OUTPUT_AT = 64;
/** g(k) = (g1, g0) for k = K_MIN .. K_MAX, 16 bytes each. */
const G_AT = 512;
const K_MIN = -324;
const K_MAX = 292;

const flog2pow10 = (e: bigint) => (e * 913124641741n) >> 38n;

/**
 * Schubfach's table: 10^-k = β·2^r with 2^125 <= β < 2^126, g = floor(β) + 1, split into its high
 * and low 63 bits (g1, g0). Exact, from big integers.
 */
function powersOfTen(): Uint8Array {
  const bytes = new Uint8Array(16 * (K_MAX - K_MIN + 1));
  const view = new DataView(bytes.buffer);
  const low63 = (1n << 63n) - 1n;
  // 10^|k| kept from one k to the next (big powers one at a time cost ~10 ms).
  let power = 10n ** BigInt(-K_MIN);
  for (let k = K_MIN; k <= K_MAX; k++) {
    const r = flog2pow10(BigInt(-k)) - 125n;
    let num = k <= 0 ? power : 1n;
    let den = k <= 0 ? 1n : power;
    if (r <= 0n) num <<= -r;
    else den <<= r;
    const g = num / den + 1n;
    const at = 16 * (k - K_MIN);
    view.setBigUint64(at, g >> 63n, true);
    view.setBigUint64(at + 8, g & low63, true);
    power = k < 0 ? power / 10n : power * 10n;
    if (k === 0) power = 10n;
  }
  return bytes;
}

/** A tuple of N local indices. */
type Locals<N extends number, R extends number[] = []> = R["length"] extends N
  ? R
  : Locals<N, [...R, number]>;

/** A function body under construction: typed locals after the parameters, and its code. */
class Body {
  private readonly localTypes: number[] = [];
  readonly code: number[] = [];
  constructor(private readonly params: number) {}

  local(type: number): number {
    this.localTypes.push(type);
    return this.params + this.localTypes.length - 1;
  }

  /** `count` new locals of one type (as a tuple, so that each name is a number). */
  locals<N extends number>(count: N, type: number): Locals<N> {
    return Array.from({ length: count }, () => this.local(type)) as Locals<N>;
  }

  emit(...parts: (number | readonly number[])[]): void {
    for (const part of parts) {
      if (typeof part === "number") this.code.push(part);
      else this.code.push(...part);
    }
  }

  bytes(): number[] {
    const groups: number[][] = this.localTypes.map((type) => [1, type]);
    return [...W.vector(groups), ...this.code, 0x0b];
  }
}

// Instructions (get, set and i32.const as the analytics modules write them; the loads and stores
// here carry no alignment hint, as the text is written at any byte).
const { get, set, constant: c32 } = W;
const c64 = (n: bigint | number) => [0x42, ...W.sleb64(BigInt(n))];
const mem = (op: number, align: number, offset = 0) => [op, align, ...W.uleb(offset)];
const i64Load = (offset = 0) => mem(0x29, 0, offset);
const i32Load = (offset = 0) => mem(0x28, 0, offset);
const i32Load8 = (offset = 0) => mem(0x2d, 0, offset);
const f64Load = (offset = 0) => mem(0x2b, 0, offset);
const f64Const = (x: number) => {
  const bytes = new Uint8Array(new Float64Array([x]).buffer);
  return [0x44, ...bytes];
};
const i32Store8 = (offset = 0) => mem(0x3a, 0, offset);
const i32Store16 = (offset = 0) => mem(0x3b, 0, offset);
const i64Store = (offset = 0) => mem(0x37, 0, offset);
const op = {
  i32Eqz: 0x45,
  i32Eq: 0x46,
  i32Ne: 0x47,
  i32LtS: 0x48,
  i32GtS: 0x4a,
  i32LeS: 0x4c,
  i32GeS: 0x4e,
  i64Eqz: 0x50,
  i64Eq: 0x51,
  i64LtS: 0x53,
  i64LtU: 0x54,
  i64LeU: 0x58,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32DivU: 0x6e,
  i32And: 0x71,
  i32Or: 0x72,
  i32Shl: 0x74,
  i32ShrU: 0x76,
  i64Add: 0x7c,
  i64Sub: 0x7d,
  i64Mul: 0x7e,
  i64And: 0x83,
  i64Xor: 0x85,
  i64Clz: 0x79,
  i32RemU: 0x70,
  i64Or: 0x84,
  i64Shl: 0x86,
  i64ShrS: 0x87,
  i64ShrU: 0x88,
  i32WrapI64: 0xa7,
  i64ExtendI32S: 0xac,
  i64ExtendI32U: 0xad,
  i64ReinterpretF64: 0xbd,
  i64Ctz: 0x7a,
  i64DivU: 0x80,
  i64TruncF64U: 0xb1,
  f64Eq: 0x61,
  f64Ne: 0x62,
  f64Lt: 0x63,
  f64Abs: 0x99,
  f64Trunc: 0x9d,
  call: (index: number) => [0x10, ...W.uleb(index)],
  select: 0x1b,
  ifVoid: [0x04, 0x40],
  else: 0x05,
  end: 0x0b,
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  br: (depth: number) => [0x0c, depth],
  brIf: (depth: number) => [0x0d, depth],
  return: 0x0f,
} as const;

const LOW32 = 0xffffffffn;
const MASK63 = (1n << 63n) - 1n;

/**
 * local `out` = the eight ASCII digits of the i64 `value` (< 10^8), first digit in the low byte
 * (SWAR: 4 + 4 digits in 32-bit lanes, then 2 + 2 in 16-bit lanes, then 1 + 1 in bytes; each
 * quotient a product and shift, exact in its range: /10^4 = ·3518437209 >> 45 for any u32,
 * /100 = ·10486 >> 20 below 10^4, /10 = ·103 >> 10 below 100). No table, no memory.
 */
function emitEightDigits(f: Body, value: number, out: number, Y0: number, Y1: number): void {
  f.emit(get(value), c64(3518437209), op.i64Mul, c64(45), op.i64ShrU, set(Y0));
  f.emit(
    get(Y0),
    get(value),
    get(Y0),
    c64(10000),
    op.i64Mul,
    op.i64Sub,
    c64(32),
    op.i64Shl,
    op.i64Or,
    set(Y0),
  );
  f.emit(get(Y0), c64(10486), op.i64Mul, c64(20), op.i64ShrU, c64(0x7f0000007fn), op.i64And, set(Y1));
  f.emit(get(Y1), get(Y0), get(Y1), c64(100), op.i64Mul, op.i64Sub, c64(16), op.i64Shl, op.i64Or, set(Y0));
  f.emit(get(Y0), c64(103), op.i64Mul, c64(10), op.i64ShrU, c64(0x000f000f000f000fn), op.i64And, set(Y1));
  f.emit(get(Y1), get(Y0), get(Y1), c64(10), op.i64Mul, op.i64Sub, c64(8), op.i64Shl, op.i64Or);
  f.emit(c64(0x3030303030303030n), op.i64Add, set(out));
}

/** Function indices. */
const WRITE = 0;
const FIELD = 1;

/** `write(x: f64, p: i32) -> i32`: the text of x at p; returns its end, or -1 (declined). */
function writeBody(): number[] {
  const f = new Body(2);
  const X = 0;
  const P = 1;
  const [BITS, BC, C, CB, CBL, CBR, OUTB, G1, G0, CP, VB, VBL, VBR, S, T, SP10, TP10, F, HM, CMP] = f.locals(
    20,
    i64,
  );
  // Temporaries of the 64 x 64 -> high 64 product and of round-to-odd.
  const [AL, AH, BL, BH, P01, P10, X1, Y0, Y1, Z, X0, DS] = f.locals(12, i64);
  // The digits as text: l's, m's, d1, the three words of all 17, and the shifted words' sources.
  const [L8, M8, D1, W0, W1, W2, B0, B1, B2, SH] = f.locals(10, i64);
  const [BQ, Q, K, H, E, N, LEN, V, EXP] = f.locals(9, i32);

  /** local `out` = high 64 bits of a·b (unsigned), from four 32 x 32-bit products. */
  const mulHigh = (a: number, b: number, out: number) => {
    f.emit(get(a), c64(LOW32), op.i64And, set(AL), get(a), c64(32), op.i64ShrU, set(AH));
    f.emit(get(b), c64(LOW32), op.i64And, set(BL), get(b), c64(32), op.i64ShrU, set(BH));
    f.emit(get(AL), get(BH), op.i64Mul, set(P01), get(AH), get(BL), op.i64Mul, set(P10));
    // ((a0·b0 >> 32) + low(p01) + low(p10)) >> 32, then a1·b1 + high(p01) + high(p10).
    f.emit(get(AL), get(BL), op.i64Mul, c64(32), op.i64ShrU);
    f.emit(get(P01), c64(LOW32), op.i64And, op.i64Add, get(P10), c64(LOW32), op.i64And, op.i64Add);
    f.emit(c64(32), op.i64ShrU, get(AH), get(BH), op.i64Mul, op.i64Add);
    f.emit(get(P01), c64(32), op.i64ShrU, op.i64Add, get(P10), c64(32), op.i64ShrU, op.i64Add, set(out));
  };
  /**
   * local `out` = g·cp / 2^127 rounded to odd (Schubfach's rop, g = g1·2^63 + g0) from the parts of
   * the two products it reads: x1 = high(g0·cp), y0 = low(g1·cp), y1 = high(g1·cp).
   */
  const roundToOdd = (x1: number, y0: number, y1: number, out: number) => {
    f.emit(get(y0), c64(1), op.i64ShrU, get(x1), op.i64Add, set(Z));
    f.emit(get(y1), get(Z), c64(63), op.i64ShrU, op.i64Add);
    f.emit(get(Z), c64(MASK63), op.i64And, c64(MASK63), op.i64Add, c64(63), op.i64ShrU, op.i64Or, set(out));
  };
  const eightDigits = (value: number, out: number) => emitEightDigits(f, value, out, Y0, Y1);
  /** Stores the i64 `local` at P + `offset` (unaligned). */
  const store64 = (local: number, offset: number) => f.emit(get(P), get(local), i64Store(offset));
  const byteAt = (offset: number, value: number) => f.emit(get(P), c32(value), i32Store8(offset));

  // bits; biased exponent bq; ±0, subnormals, ±Infinity and NaN are declined.
  f.emit(get(X), op.i64ReinterpretF64, set(BITS));
  f.emit(get(BITS), c64(52), op.i64ShrU, op.i32WrapI64, c32(0x7ff), op.i32And, set(BQ));
  f.emit(get(BQ), op.i32Eqz, get(BQ), c32(0x7ff), op.i32Eq, op.i32Or, op.ifVoid, c32(-1), op.return, op.end);
  // x = c·2^q, c = 2^52 + fraction bits.
  f.emit(get(BITS), c64((1n << 52n) - 1n), op.i64And, set(BC));
  f.emit(get(BC), c64(1n << 52n), op.i64Or, set(C));
  f.emit(get(BQ), c32(1075), op.i32Sub, set(Q));
  f.emit(get(C), c64(1), op.i64And, set(OUTB));
  f.emit(get(C), c64(2), op.i64Shl, set(CB));
  f.emit(get(CB), c64(2), op.i64Add, set(CBR));
  // The rounding interval is symmetric unless c = 2^52 (a power of two, q above the minimum).
  f.emit(get(BC), op.i64Eqz, op.i32Eqz, get(BQ), c32(1), op.i32Eq, op.i32Or, op.ifVoid);
  f.emit(get(CB), c64(2), op.i64Sub, set(CBL));
  f.emit(get(Q), op.i64ExtendI32S, c64(661971961083n), op.i64Mul, c64(41), op.i64ShrS, op.i32WrapI64, set(K));
  f.emit(op.else);
  f.emit(get(CB), c64(1), op.i64Sub, set(CBL));
  f.emit(get(Q), op.i64ExtendI32S, c64(661971961083n), op.i64Mul, c64(-274743187321n), op.i64Add);
  f.emit(c64(41), op.i64ShrS, op.i32WrapI64, set(K));
  f.emit(op.end);
  // h = q + floor(-k·log2 10) + 2; g(k) from the table.
  f.emit(c32(0), get(K), op.i32Sub, op.i64ExtendI32S, c64(913124641741n), op.i64Mul, c64(38), op.i64ShrS);
  f.emit(op.i32WrapI64, get(Q), op.i32Add, c32(2), op.i32Add, set(H));
  f.emit(get(K), c32(-K_MIN), op.i32Add, c32(4), op.i32Shl, set(V));
  f.emit(get(V), i64Load(G_AT), set(G1), get(V), i64Load(G_AT + 8), set(G0));
  // vb = rop(g, cb << h) from the exact products g0·cp = (x1, x0) and g1·cp = (y1, y0). The bounds
  // cbl << h and cbr << h differ from cp by d = 2^sh (sh = h + 1, or h for cbl = cb − 1), so their
  // products are these ± g·2^sh, exactly, by shifts and carries: one set of multiplications for
  // the three (the same parts rop reads, so the same bits as three products).
  f.emit(get(CB), get(H), op.i64ExtendI32U, op.i64Shl, set(CP));
  mulHigh(G0, CP, X1);
  f.emit(get(G0), get(CP), op.i64Mul, set(X0));
  f.emit(get(G1), get(CP), op.i64Mul, set(Y0));
  mulHigh(G1, CP, Y1);
  roundToOdd(X1, Y0, Y1, VB);
  /** (x1', y0', y1') of cp ± 2^sh (sh in local DS, 1..5): `add` true for +. */
  const shiftedParts = (add: boolean) => {
    const addOrSub = add ? op.i64Add : op.i64Sub;
    // g0·2^sh = (g0 >> (64 − sh), g0 << sh); the low word's carry (or borrow) goes to the high one.
    f.emit(get(G0), get(DS), op.i64Shl, set(AL));
    f.emit(get(X1), get(G0), c64(64), get(DS), op.i64Sub, op.i64ShrU, addOrSub);
    if (add) f.emit(get(X0), get(AL), op.i64Add, get(X0), op.i64LtU, op.i64ExtendI32U, op.i64Add);
    else f.emit(get(X0), get(AL), op.i64LtU, op.i64ExtendI32U, op.i64Sub);
    f.emit(set(P01));
    f.emit(get(G1), get(DS), op.i64Shl, set(BL));
    f.emit(get(Y0), get(BL), addOrSub, set(P10));
    f.emit(get(Y1), get(G1), c64(64), get(DS), op.i64Sub, op.i64ShrU, addOrSub);
    if (add) f.emit(get(P10), get(Y0), op.i64LtU, op.i64ExtendI32U, op.i64Add);
    else f.emit(get(Y0), get(BL), op.i64LtU, op.i64ExtendI32U, op.i64Sub);
    f.emit(set(AH));
    roundToOdd(P01, P10, AH, add ? VBR : VBL);
  };
  f.emit(get(H), c32(1), op.i32Add, op.i64ExtendI32U, set(DS));
  shiftedParts(true);
  f.emit(get(CB), get(CBL), op.i64Sub, c64(1), op.i64Eq, op.ifVoid);
  f.emit(get(H), op.i64ExtendI32U, set(DS));
  f.emit(op.end);
  shiftedParts(false);
  f.emit(get(VB), c64(2), op.i64ShrU, set(S));
  // One digit fewer: s' = floor(s / 10) (exact as a product for s < 10^17), u' = 10s', w' = u' + 10.
  f.emit(c64(1844674407370955168n), set(CP));
  mulHigh(S, CP, SP10);
  f.emit(get(SP10), c64(10), op.i64Mul, set(SP10));
  f.emit(get(SP10), c64(10), op.i64Add, set(TP10));
  // upin = vbl + out <= 4u', wpin = 4w' + out <= vbr: exactly one in the interval gives the digits.
  const inInterval = (low: number, high: number) => {
    f.emit(get(VBL), get(OUTB), op.i64Add, get(low), c64(2), op.i64Shl, op.i64LeU);
    f.emit(get(high), c64(2), op.i64Shl, get(OUTB), op.i64Add, get(VBR), op.i64LeU);
  };
  // Without branches (which side wins is a coin toss for most doubles, and mispredicted branches
  // cost more than computing every test): F = u' or w' if exactly one is in, else s or t if exactly
  // one is in, else the closer of s and t, a tie going to the even one.
  f.emit(get(S), c64(1), op.i64Add, set(T));
  f.emit(
    get(SP10),
    get(TP10),
    get(VBL),
    get(OUTB),
    op.i64Add,
    get(SP10),
    c64(2),
    op.i64Shl,
    op.i64LeU,
    op.select,
  );
  f.emit(get(S), get(T));
  // uin if exactly one of s, t is in, else whether s is the closer.
  f.emit(get(VBL), get(OUTB), op.i64Add, get(S), c64(2), op.i64Shl, op.i64LeU);
  f.emit(get(VB), get(S), get(T), op.i64Add, c64(1), op.i64Shl, op.i64Sub, set(CMP));
  f.emit(
    get(CMP),
    c64(0),
    op.i64LtS,
    get(CMP),
    op.i64Eqz,
    get(S),
    c64(1),
    op.i64And,
    op.i64Eqz,
    op.i32And,
    op.i32Or,
  );
  inInterval(S, T);
  f.emit(op.i32Ne, op.select, op.select);
  inInterval(SP10, TP10);
  f.emit(op.i32Ne, op.select, set(F));
  // f >= 2^52 > 10^15 (s >= c >= 2^52 since 1 <= 2^q / 10^k), so one step at most, without a branch.
  f.emit(get(F), c64(10n ** 16n), op.i64LtU, set(V));
  f.emit(get(F), c64(10), op.i64Mul, get(F), get(V), op.select, set(F));
  f.emit(get(K), get(V), op.i32Sub, set(E));
  f.emit(get(E), c32(17), op.i32Add, set(N));
  // f = d1·10^16 + m·10^8 + l (hm = floor(f / 10^8) as a product, exact for f < 10^17).
  f.emit(c64(193428131138340668n), set(CP));
  mulHigh(F, CP, HM);
  f.emit(get(HM), c64(20), op.i64ShrU, set(HM));
  f.emit(get(F), get(HM), c64(100000000), op.i64Mul, op.i64Sub, set(CMP));
  eightDigits(CMP, L8);
  // d1 = floor(hm / 10^8) = hm·1441151881 >> 57 (hm < 10^9), m = hm - 10^8·d1.
  f.emit(get(HM), c64(1441151881), op.i64Mul, c64(57), op.i64ShrU, set(D1));
  f.emit(get(HM), get(D1), c64(100000000), op.i64Mul, op.i64Sub, set(CMP));
  eightDigits(CMP, M8);
  // The 17 digits as text in three words: W0 = d1 and m's first 7, W1 = m's last and l's first 7,
  // W2 = l's last.
  f.emit(get(D1), c64(48), op.i64Add, get(M8), c64(8), op.i64Shl, op.i64Or, set(W0));
  f.emit(get(M8), c64(56), op.i64ShrU, get(L8), c64(8), op.i64Shl, op.i64Or, set(W1));
  f.emit(get(L8), c64(56), op.i64ShrU, set(W2));
  // len = 17 less the trailing zeros: the high zero bytes of l's digits xor "0" (all 8 when l = 0),
  // then m's.
  f.emit(get(L8), c64(0x3030303030303030n), op.i64Xor, op.i64Clz, op.i32WrapI64, c32(3), op.i32ShrU, set(V));
  f.emit(get(V), get(M8), c64(0x3030303030303030n), op.i64Xor, op.i64Clz, op.i32WrapI64, c32(3), op.i32ShrU);
  f.emit(c32(0), get(V), c32(8), op.i32Eq, op.select, op.i32Add, set(V));
  f.emit(c32(17), get(V), op.i32Sub, set(LEN));
  // The text (ECMAScript Number::toString for k = len digits with the point at n), at P.
  f.emit(get(BITS), c64(0), op.i64LtS, op.ifVoid);
  byteAt(0, 45);
  f.emit(get(P), c32(1), op.i32Add, set(P));
  f.emit(op.end);
  const digitsAt = (offset: number) => {
    store64(W0, offset);
    store64(W1, offset + 8);
    store64(W2, offset + 16);
  };
  // k <= n <= 21: the digits, then n - k zeros (at most 20: three words of "0").
  f.emit(get(LEN), get(N), op.i32LeS, get(N), c32(21), op.i32LeS, op.i32And, op.ifVoid);
  digitsAt(0);
  f.emit(get(P), get(LEN), op.i32Add, set(P));
  for (let i = 0; i < 24; i += 8) f.emit(get(P), c64(0x3030303030303030n), i64Store(i));
  f.emit(get(P), get(N), op.i32Add, get(LEN), op.i32Sub, set(P));
  f.emit(op.else);
  // 0 < n <= 21 (so n < k <= 17): the digits, then the point at n and digits n.. after it, shifted
  // out of W0..W2 by n bytes: words (n >> 3) on, by 8·(n & 7) bits.
  f.emit(get(N), c32(0), op.i32GtS, get(N), c32(21), op.i32LeS, op.i32And, op.ifVoid);
  digitsAt(0);
  f.emit(get(P), get(N), op.i32Add, set(P));
  byteAt(0, 46);
  f.emit(get(N), c32(3), op.i32ShrU, set(V));
  // B0, B1, B2 = W[v], W[v + 1], W[v + 2] (0 past W2).
  // out = [a, b, c][v] (select a b c is c ? a : b).
  const pick = (a: readonly number[], b: readonly number[], c: readonly number[], out: number) =>
    f.emit(a, b, c, get(V), c32(1), op.i32Eq, op.select, get(V), op.i32Eqz, op.select, set(out));
  pick(get(W0), get(W1), get(W2), B0);
  pick(get(W1), get(W2), c64(0), B1);
  f.emit(get(W2), c64(0), get(V), op.i32Eqz, op.select, set(B2));
  f.emit(get(N), c32(7), op.i32And, c32(3), op.i32Shl, op.i64ExtendI32U, set(SH));
  // X = (B >> sh) | (next << 1 << (63 - sh)): the double shift is 0 when sh = 0.
  const shifted = (low: number, high: number) => {
    f.emit(
      get(low),
      get(SH),
      op.i64ShrU,
      get(high),
      c64(1),
      op.i64Shl,
      c64(63),
      get(SH),
      op.i64Sub,
      op.i64Shl,
    );
    f.emit(op.i64Or);
  };
  f.emit(get(P));
  shifted(B0, B1);
  f.emit(i64Store(1), get(P));
  shifted(B1, B2);
  f.emit(i64Store(9));
  f.emit(get(P), get(LEN), op.i32Add, get(N), op.i32Sub, c32(1), op.i32Add, set(P));
  f.emit(op.else);
  // -6 < n <= 0: "0.", -n zeros (one word of "0"), the digits.
  f.emit(get(N), c32(-6), op.i32GtS, get(N), c32(0), op.i32LeS, op.i32And, op.ifVoid);
  f.emit(get(P), c32(0x2e30), i32Store16(0), get(P), c64(0x3030303030303030n), i64Store(2));
  f.emit(get(P), c32(2), op.i32Add, get(N), op.i32Sub, set(P));
  digitsAt(0);
  f.emit(get(P), get(LEN), op.i32Add, set(P));
  f.emit(op.else);
  // d1[.d2..dk]e±(n - 1): d2..d17 are m's and l's digits.
  f.emit(get(P), get(D1), op.i32WrapI64, c32(48), op.i32Add, i32Store8(0));
  f.emit(get(LEN), c32(1), op.i32GtS, op.ifVoid);
  byteAt(1, 46);
  f.emit(get(P), get(M8), i64Store(2), get(P), get(L8), i64Store(10));
  f.emit(get(P), get(LEN), op.i32Add, c32(1), op.i32Add, set(P));
  f.emit(op.else, get(P), c32(1), op.i32Add, set(P), op.end);
  byteAt(0, 101);
  f.emit(get(N), c32(1), op.i32Sub, set(EXP));
  f.emit(get(P), c32(43), c32(45), get(EXP), c32(0), op.i32GeS, op.select, i32Store8(1));
  f.emit(get(P), c32(2), op.i32Add, set(P));
  f.emit(get(EXP), c32(0), get(EXP), op.i32Sub, get(EXP), c32(0), op.i32GeS, op.select, set(EXP));
  // 1 to 3 digits.
  const digit = (divisor: number) => {
    // P[0] = EXP / divisor % 10 + "0", P += 1
    f.emit(get(P), get(EXP), c32(divisor), op.i32DivU, c32(10), op.i32RemU, c32(48), op.i32Add, i32Store8(0));
    f.emit(get(P), c32(1), op.i32Add, set(P));
  };
  f.emit(get(EXP), c32(100), op.i32GeS, op.ifVoid);
  digit(100);
  f.emit(op.end, get(EXP), c32(10), op.i32GeS, op.ifVoid);
  digit(10);
  f.emit(op.end);
  digit(1);
  f.emit(op.end, op.end, op.end);
  f.emit(get(P));
  return f.bytes();
}

/**
 * `field(x: f64, o: i32) -> i32`: x as a CSV field at o, String(x)'s text (NaN empty); returns its
 * end, or -1 for what `write` declines (subnormals, ±Infinity). Zero and integers below 2^53
 * (exactly their digits: every other decimal that short is more than half an ulp away) are written
 * digit by digit, eight at a time.
 */
function fieldBody(): number[] {
  const f = new Body(2);
  const X = 0;
  const O = 1;
  const [V, HI, WORD, Y0, Y1] = f.locals(5, i64);
  const [LZ] = f.locals(1, i32);
  f.emit(get(X), get(X), op.f64Ne, op.ifVoid, get(O), op.return, op.end);
  f.emit(get(X), f64Const(0), op.f64Eq, op.ifVoid);
  f.emit(get(O), c32(48), i32Store8(), get(O), c32(1), op.i32Add, op.return, op.end);
  f.emit(get(X), op.f64Abs, f64Const(2 ** 53), op.f64Lt, get(X), op.f64Trunc, get(X), op.f64Eq, op.i32And);
  f.emit(op.ifVoid);
  f.emit(get(X), f64Const(0), op.f64Lt, op.ifVoid);
  f.emit(get(O), c32(45), i32Store8(), get(O), c32(1), op.i32Add, set(O), op.end);
  f.emit(get(X), op.f64Abs, op.i64TruncF64U, set(V));
  // Digits of `value` (< 10^8, > 0) without its leading zeros (the low bytes of its digit word).
  const stripped = (value: number) => {
    emitEightDigits(f, value, WORD, Y0, Y1);
    f.emit(
      get(WORD),
      c64(0x3030303030303030n),
      op.i64Xor,
      op.i64Ctz,
      op.i32WrapI64,
      c32(3),
      op.i32ShrU,
      set(LZ),
    );
    f.emit(get(O), get(WORD), get(LZ), c32(3), op.i32Shl, op.i64ExtendI32U, op.i64ShrU, i64Store());
    f.emit(get(O), c32(8), op.i32Add, get(LZ), op.i32Sub, set(O));
  };
  f.emit(get(V), c64(100000000), op.i64LtU, op.ifVoid);
  stripped(V);
  f.emit(get(O), op.return, op.end);
  f.emit(get(V), c64(100000000), op.i64DivU, set(HI));
  f.emit(get(V), get(HI), c64(100000000), op.i64Mul, op.i64Sub, set(V));
  stripped(HI);
  emitEightDigits(f, V, WORD, Y0, Y1);
  f.emit(get(O), get(WORD), i64Store(), get(O), c32(8), op.i32Add, op.return);
  f.emit(op.end);
  f.emit(get(X), get(O), ...op.call(WRITE));
  return f.bytes();
}

/** `shortest(x: f64) -> i32`: the text of x at OUTPUT_AT; returns its length, or -1 (declined). */
function shortestBody(): number[] {
  const f = new Body(1);
  const [END] = f.locals(1, i32);
  f.emit(get(0), c32(OUTPUT_AT), ...op.call(WRITE), set(END));
  f.emit(c32(-1), get(END), c32(OUTPUT_AT), op.i32Sub, get(END), c32(0), op.i32LtS, op.select);
  return f.bytes();
}

/**
 * `cells(n, firstP, nP, in, act, actStart, reg, regStart, out) -> i32`: the rows
 * `[time,]region,activity,value,rca,m,density,cog` of n cells from activity firstP of the first
 * region, at out; returns the end, or -1 when a number needs String(x) (the caller formats the
 * block itself). Byte offsets: `in` holds n values, rca, density and cog (f64) then n presence
 * bytes; `act` the activity fields with their commas, field p at act + actStart[p] .. actStart[p + 1]
 * (i32); `reg` and `regStart` the same for each region of the block, time prefix included. The
 * fields are copied 8 bytes at a time: up to 7 bytes past each are read and written.
 */
function cellsBody(): number[] {
  const f = new Body(9);
  const [N, FIRST_P, NP, IN, ACT, ACT_START, REG, REG_START, OUT] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const [I, P, R, O, SRC, LEN, K, RCA, DEN, COG, PRES] = f.locals(11, i32);
  const copy = () => {
    f.emit(c32(0), set(K), op.block, op.loop, get(K), get(LEN), op.i32GeS, op.brIf(1));
    f.emit(get(O), get(K), op.i32Add, get(SRC), get(K), op.i32Add, i64Load(), i64Store());
    f.emit(get(K), c32(8), op.i32Add, set(K), op.br(0), op.end, op.end);
    f.emit(get(O), get(LEN), op.i32Add, set(O));
  };
  const field = (array: number) => {
    f.emit(get(array), get(I), c32(3), op.i32Shl, op.i32Add, f64Load(), get(O), ...op.call(FIELD), set(O));
    f.emit(get(O), c32(0), op.i32LtS, op.ifVoid, c32(-1), op.return, op.end);
  };
  const byte = (value: number) => f.emit(get(O), c32(value), i32Store8(), get(O), c32(1), op.i32Add, set(O));
  f.emit(get(N), c32(3), op.i32Shl, set(K));
  f.emit(get(IN), get(K), op.i32Add, set(RCA), get(RCA), get(K), op.i32Add, set(DEN));
  f.emit(get(DEN), get(K), op.i32Add, set(COG), get(COG), get(K), op.i32Add, set(PRES));
  f.emit(c32(0), set(I), get(FIRST_P), set(P), c32(0), set(R), get(OUT), set(O));
  f.emit(op.block, op.loop, get(I), get(N), op.i32GeS, op.brIf(1));
  // [time,]region, then activity,
  f.emit(get(REG_START), get(R), c32(2), op.i32Shl, op.i32Add, set(K));
  f.emit(get(REG), get(K), i32Load(), op.i32Add, set(SRC));
  f.emit(get(K), i32Load(4), get(K), i32Load(), op.i32Sub, set(LEN));
  copy();
  f.emit(get(ACT_START), get(P), c32(2), op.i32Shl, op.i32Add, set(K));
  f.emit(get(ACT), get(K), i32Load(), op.i32Add, set(SRC));
  f.emit(get(K), i32Load(4), get(K), i32Load(), op.i32Sub, set(LEN));
  copy();
  field(IN);
  byte(44);
  field(RCA);
  byte(44);
  f.emit(get(O), get(PRES), get(I), op.i32Add, i32Load8(), c32(48), op.i32Add, i32Store8());
  f.emit(get(O), c32(44), i32Store8(1), get(O), c32(2), op.i32Add, set(O));
  field(DEN);
  byte(44);
  field(COG);
  byte(10);
  // Next cell; the next region after the last activity.
  f.emit(get(I), c32(1), op.i32Add, set(I), get(P), c32(1), op.i32Add, set(P));
  f.emit(get(P), get(NP), op.i32Eq, op.ifVoid, c32(0), set(P), get(R), c32(1), op.i32Add, set(R), op.end);
  f.emit(op.br(0), op.end, op.end);
  f.emit(get(O));
  return f.bytes();
}

function assemble(): Uint8Array {
  // Functions: 0 write, 1 field (type 0); 2 shortest (type 1); 3 cells (type 2).
  const bodies = [writeBody(), fieldBody(), shortestBody(), cellsBody()];
  const powers = powersOfTen();
  const segment = (at: number, bytes: Uint8Array) => [
    0x00,
    ...c32(at),
    op.end,
    ...W.uleb(bytes.length),
    ...bytes,
  ];
  const signature = (params: number[], result: number) => [
    0x60,
    ...W.vector(params.map((t) => [t])),
    ...W.vector([[result]]),
  ];
  const bytes = [
    ...W.moduleHeader,
    ...W.section(
      1,
      W.vector([signature([f64, i32], i32), signature([f64], i32), signature(new Array(9).fill(i32), i32)]),
    ),
    ...W.section(3, W.vector([[0], [0], [1], [2]])),
    // memory 0: one page to start; `cells` callers grow it to hold their block
    ...W.section(5, W.vector([[0x00, 1]])),
    ...W.section(
      7,
      W.vector([
        [...W.name("shortest"), 0x00, 2],
        [...W.name("cells"), 0x00, 3],
        [...W.name("memory"), 0x02, 0],
      ]),
    ),
    ...W.section(10, W.vector(bodies.map((body) => [...W.uleb(body.length), ...body]))),
    ...W.section(11, W.vector([segment(G_AT, powers)])),
  ];
  return Uint8Array.from(bytes);
}

let assembled: Uint8Array | undefined;

/** The module's bytes, assembled on first use (one per process; each thread instantiates its own). */
export function shortestNumberWasm(): Uint8Array {
  assembled ??= assemble();
  return assembled;
}
