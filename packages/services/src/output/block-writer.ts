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
 * Writes `blocks` to `writer` in order. With a `helper`, its thread formats blocks (up to its slots,
 * ahead) while this thread formats others and makes the write system calls: this thread writes a
 * helper block as soon as it is ready, and otherwise formats the next unassigned block itself, so
 * the faster thread takes more blocks. The bytes are the same whoever formats a block.
 */
export function writeRowBlocks(writer: CsvFileWriter, blocks: RowBlocks, parallel?: ParallelFormatter): void {
  const local = new Uint8Array(Math.max(blockBytes, blocks.maxBytes));
  const helper = blocks.maxBytes <= blockBytes && blocks.count > 1 ? parallel : undefined;
  // The helper's blocks in order, with their slots; every block below `claimed` is assigned.
  const queued: { index: number; slot: number }[] = [];
  let claimed = 0;
  let next = 0;
  const fill = () => {
    while (helper && claimed < blocks.count && helper.hasFreeSlot()) {
      queued.push({ index: claimed, slot: helper.post(blocks.block(claimed)) });
      claimed++;
    }
  };
  const writeHelperBlock = () => {
    const { slot } = queued.shift()!;
    writer.largeBytes(helper!.take(slot));
    helper!.release(slot);
    next++;
    fill();
  };
  fill();
  while (next < blocks.count) {
    const head = queued[0];
    if (
      head !== undefined &&
      head.index === next &&
      (claimed === blocks.count || helper!.isReady(head.slot))
    ) {
      writeHelperBlock();
      continue;
    }
    const mine = claimed++;
    const length = blocks.formatHere(blocks.block(mine), local);
    while (next < mine) writeHelperBlock();
    writer.largeBytes(local.subarray(0, length));
    next++;
    fill();
  }
}
