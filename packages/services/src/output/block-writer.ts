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

/** Blocks this thread may hold formatted while an earlier helper block is not ready. */
const localBuffers = 2;

/**
 * Writes `blocks` to `writer` in order. With a `helper`, its thread formats blocks (up to its slots,
 * ahead) while this thread formats others and makes the write system calls: this thread writes
 * every block that is ready in order, and otherwise formats the next unassigned block itself into
 * one of its own buffers, so the faster thread takes more blocks and neither waits for the other
 * until the last blocks (this thread waits only when both of its buffers hold blocks written after
 * a helper block that is not ready). The bytes are the same whoever formats a block.
 */
export function writeRowBlocks(writer: CsvFileWriter, blocks: RowBlocks, parallel?: ParallelFormatter): void {
  const helper = blocks.maxBytes <= blockBytes && blocks.count > 1 ? parallel : undefined;
  const size = Math.max(blockBytes, blocks.maxBytes);
  const spare: Uint8Array[] = [];
  let buffers = 0;
  // Blocks assigned and not yet written, in order: a helper slot, or bytes formatted here.
  const pending: ({ slot: number } | { bytes: Uint8Array; buffer: Uint8Array })[] = [];
  let claimed = 0;
  const fill = () => {
    while (helper && claimed < blocks.count && helper.hasFreeSlot()) {
      pending.push({ slot: helper.post(blocks.block(claimed)) });
      claimed++;
    }
  };
  /** Writes the first pending block, waiting for the helper if it must. */
  const writeHead = () => {
    const head = pending.shift()!;
    if ("slot" in head) {
      writer.largeBytes(helper!.take(head.slot));
      helper!.release(head.slot);
    } else {
      writer.largeBytes(head.bytes);
      spare.push(head.buffer);
    }
    fill();
  };
  fill();
  while (claimed < blocks.count || pending.length > 0) {
    const head = pending[0];
    if (head !== undefined && (!("slot" in head) || helper!.isReady(head.slot))) {
      writeHead();
      continue;
    }
    if (claimed < blocks.count && (spare.length > 0 || buffers < (helper ? localBuffers : 1))) {
      let buffer = spare.pop();
      if (buffer === undefined) {
        buffer = new Uint8Array(size);
        buffers++;
      }
      const length = blocks.formatHere(blocks.block(claimed), buffer);
      claimed++;
      pending.push({ bytes: buffer.subarray(0, length), buffer });
      continue;
    }
    writeHead();
  }
}
