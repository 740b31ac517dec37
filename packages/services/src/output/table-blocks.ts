// The blocks `writeRowBlocks` writes for cells.csv and for the activity-pair tables, sized so
// one block's text always fits `blockBytes`.
import type { RowBlocks } from "./block-writer.ts";
import { blockBytes, inputBytes } from "./parallel-formatter.ts";
import { formatCellBlock, formatPairBlock, type KernelScratch, type RowCodes } from "./row-kernels.ts";

/**
 * Room per number: the longest text ("-0.0000012345678901234567", 25 bytes) as the number writer
 * copies it (4-byte words, so up to 28), its separator included.
 */
const numberRoom = 28;

const longest = (fields: readonly Uint8Array[]) => fields.reduce((m, f) => Math.max(m, f.length), 0);

/** Cell arrays of one period, row-major regions x activities: all regions, or a band of them. */
export interface CellArrays {
  /** The region of the arrays' first row (a band of the engine's); default 0. */
  readonly firstRegion?: number;
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
  const nCells = cells.values.length;
  const cellOffset = (cells.firstRegion ?? 0) * codes.activityFields.length;
  const rowBytes =
    codes.timePrefix.length +
    longest(codes.regionFields) +
    longest(codes.activityFields) +
    4 * numberRoom +
    3;
  const cellsPerBlock =
    size?.cellsPerBlock ??
    Math.max(1, Math.min(Math.floor(blockBytes / rowBytes), Math.floor(inputBytes / 33)));
  return {
    count: Math.ceil(nCells / cellsPerBlock),
    maxBytes: cellsPerBlock * rowBytes,
    block(index) {
      const from = index * cellsPerBlock;
      const to = Math.min(nCells, from + cellsPerBlock);
      return {
        cells: {
          firstCell: cellOffset + from,
          cellCount: to - from,
          values: cells.values.subarray(from, to),
          rca: cells.rca.subarray(from, to),
          presence: cells.presence.subarray(from, to),
          density: cells.density.subarray(from, to),
          cog: cells.cog.subarray(from, to),
        },
      };
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
  const pairsPerBlock =
    size?.pairsPerBlock ?? Math.min(Math.floor(blockBytes / rowBytes), Math.floor(inputBytes / 8));
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
  // One buffer for every block's values: a block is consumed before the next one is asked for.
  const values = new Float64Array(Math.max(pairsPerBlock, nP - 1));
  return {
    count: starts.length - 1,
    maxBytes: Math.max(pairsPerBlock, nP - 1) * rowBytes,
    block(index) {
      const firstRow = starts[index]!;
      const end = starts[index + 1]!;
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
      return { pairs: { firstRow, rowCount: end - firstRow, values: values.subarray(0, k) } };
    },
    formatHere: (input, out) => ("pairs" in input ? formatPairBlock(input.pairs, codes, out, scratch) : 0),
  };
}
