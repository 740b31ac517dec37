import type { CsvFileWriter } from "./csv-file-writer.ts";
import { blockBytes, type ParallelFormatter } from "./parallel-formatter.ts";
import type { CellBlock, PairBlock } from "./row-kernels.ts";

/** One block of rows: its kernel input, the buffers it may hand over, and how to format it here. */
export interface RowBlocks {
  readonly count: number;
  /** The most bytes one block's text can take. */
  readonly maxBytes: number;
  /** Block `index`; `forHelper`: its arrays must be copies that can be handed over. */
  block(
    index: number,
    forHelper: boolean,
  ): { readonly input: { cells: CellBlock } | { pairs: PairBlock }; readonly transfer: ArrayBuffer[] };
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
    while (helper && nextForHelper < blocks.count) {
      const { input, transfer } = blocks.block(nextForHelper, true);
      const slot = helper.post(input, transfer);
      if (slot < 0) return;
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
      const length = blocks.formatHere(blocks.block(b, false).input, local);
      writer.largeBytes(local.subarray(0, length));
    }
  }
}
