// The blocks `writeRowBlocks` writes for cells.csv and for the activity-pair tables, sized so
// one block's text always fits `blockBytes`.
import type { RowBlocks } from "./block-writer.ts";
import { blockBytes } from "./parallel-formatter.ts";
import {
  type CellBlock,
  formatCellBlock,
  formatPairBlock,
  type KernelScratch,
  type RowCodes,
} from "./row-kernels.ts";

/** The longest text a number can take ("-1.2345678901234567e-308") plus its separator. */
const numberRoom = 26;

const longest = (fields: readonly Uint8Array[]) => fields.reduce((m, f) => Math.max(m, f.length), 0);

/** Cell arrays of one period, row-major regions x activities. */
export interface CellArrays {
  readonly values: Float64Array;
  readonly rca: Float64Array;
  readonly presence: Uint8Array;
  readonly density: Float64Array;
  readonly cog: Float64Array;
}

/** Blocks of consecutive cells, each fitting `blockBytes` (or of `cellsPerBlock` cells: tests). */
export function cellBlocks(
  cells: CellArrays,
  codes: RowCodes,
  scratch: KernelScratch,
  size?: { readonly cellsPerBlock: number },
): RowBlocks {
  const nCells = codes.regionFields.length * codes.activityFields.length;
  const rowBytes =
    codes.timePrefix.length +
    longest(codes.regionFields) +
    longest(codes.activityFields) +
    4 * numberRoom +
    3;
  const cellsPerBlock = size?.cellsPerBlock ?? Math.max(1, Math.floor(blockBytes / rowBytes));
  return {
    count: Math.ceil(nCells / cellsPerBlock),
    maxBytes: cellsPerBlock * rowBytes,
    block(index, forHelper) {
      const from = index * cellsPerBlock;
      const to = Math.min(nCells, from + cellsPerBlock);
      const part = <T extends Float64Array | Uint8Array>(a: T): T =>
        (forHelper ? a.slice(from, to) : a.subarray(from, to)) as T;
      const block: CellBlock = {
        firstCell: from,
        cellCount: to - from,
        values: part(cells.values),
        rca: part(cells.rca),
        presence: part(cells.presence),
        density: part(cells.density),
        cog: part(cells.cog),
      };
      const transfer = forHelper
        ? [
            block.values.buffer,
            block.rca.buffer,
            block.presence.buffer,
            block.density.buffer,
            block.cog.buffer,
          ]
        : [];
      return { input: { cells: block }, transfer: transfer as ArrayBuffer[] };
    },
    formatHere: (input, out) => ("cells" in input ? formatCellBlock(input.cells, codes, out, scratch) : 0),
  };
}

/** A square matrix read cell by cell, or row by row when it can (the engine's proximity). */
export interface PairMatrix {
  value(i: number, j: number): number;
  /** Row i into `out` (length: the matrix size); much cheaper than one `value` call per cell. */
  row?(i: number, out: Float64Array): Float64Array;
}

/** Blocks of whole rows i of the pairs (i, j > i) of `matrix` (of at most `pairsPerBlock`: tests). */
export function pairBlocks(
  matrix: PairMatrix,
  codes: RowCodes,
  scratch: KernelScratch,
  size?: { readonly pairsPerBlock: number },
): RowBlocks {
  const nP = codes.activityFields.length;
  const rowBytes = codes.timePrefix.length + 2 * longest(codes.activityFields) + numberRoom;
  // A block holds whole rows, at least one, so up to nP - 1 pairs whatever the limit.
  const pairsPerBlock = size?.pairsPerBlock ?? Math.floor(blockBytes / rowBytes);
  const starts: number[] = [0];
  let pairs = 0;
  for (let i = 0; i < nP; i++) {
    const row = nP - i - 1;
    if (pairs > 0 && pairs + row > pairsPerBlock) {
      starts.push(i);
      pairs = 0;
    }
    pairs += row;
  }
  starts.push(nP);
  const rowBuffer = matrix.row ? new Float64Array(nP) : undefined;
  return {
    count: starts.length - 1,
    maxBytes: Math.max(pairsPerBlock, nP - 1) * rowBytes,
    block(index) {
      const firstRow = starts[index]!;
      const end = starts[index + 1]!;
      let n = 0;
      for (let i = firstRow; i < end; i++) n += nP - i - 1;
      const values = new Float64Array(n);
      let k = 0;
      for (let i = firstRow; i < end; i++) {
        if (rowBuffer && matrix.row) {
          matrix.row(i, rowBuffer);
          values.set(rowBuffer.subarray(i + 1), k);
          k += nP - i - 1;
        } else {
          for (let j = i + 1; j < nP; j++) values[k++] = matrix.value(i, j);
        }
      }
      return { input: { pairs: { firstRow, rowCount: end - firstRow, values } }, transfer: [values.buffer] };
    },
    formatHere: (input, out) => ("pairs" in input ? formatPairBlock(input.pairs, codes, out, scratch) : 0),
  };
}
