import type { CsvFileWriter } from "./csv-file-writer.ts";
import { blockBytes, type ParallelFormatter } from "./parallel-formatter.ts";
import type { CellBlock, PairBlock } from "./row-kernels.ts";

/** Blocks of rows: each block's kernel input, and how to format it here. */
export interface RowBlocks {
  readonly count: number;
  /** The most bytes one block's text can take. */
  readonly maxBytes: number;
  /** Block `index`: views that stay valid only until the next call (they may share memory). */
  block(index: number): { cells: CellBlock } | { pairs: PairBlock };
  formatHere(input: { cells: CellBlock } | { pairs: PairBlock }, out: Uint8Array): number;
}

/**
 * Writes `blocks` to `writer` in order. With a `helper`, the odd blocks are formatted on its thread
 * (two ahead) while the main thread formats the even ones; the bytes are the same either way.
 */
export function writeRowBlocks(writer: CsvFileWriter, blocks: RowBlocks, parallel?: ParallelFormatter): void {
  const local = new Uint8Array(Math.max(blockBytes, blocks.maxBytes));
  const helper = blocks.maxBytes <= blockBytes && blocks.count > 1 ? parallel : undefined;
  const queued: number[] = [];
  let nextForHelper = 1;
  const fill = () => {
    while (helper && nextForHelper < blocks.count && helper.hasFreeSlot()) {
      const slot = helper.post(blocks.block(nextForHelper));
      queued.push(slot);
      nextForHelper += 2;
    }
  };
  fill();
  for (let b = 0; b < blocks.count; b++) {
    if (helper && b % 2 === 1) {
      const slot = queued.shift()!;
      writer.largeBytes(helper.take(slot));
      helper.release(slot);
      fill();
    } else {
      const length = blocks.formatHere(blocks.block(b), local);
      writer.largeBytes(local.subarray(0, length));
    }
  }
}
