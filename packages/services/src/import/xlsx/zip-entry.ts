// Unpacking one zip entry (APPNOTE 4.3.7 local header, method 0 stored or 8 deflate). Small parts
// (workbook, relationships, styles) are read whole; the big ones (sheets, shared strings) are
// streamed in chunks so memory stays bounded whatever the sheet's size. Failures are plain
// `Error`s whose message is the reason; the caller names the file and the part.
import { createReadStream } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { pipeline } from "node:stream";
import { createInflateRaw, inflateRawSync } from "node:zlib";
import type { ZipEntry } from "./zip-directory.ts";

const localHeader = 0x04034b50;
/** Whole reads are for small parts; a bigger one is a damaged or hostile file, not a workbook. */
const wholeReadLimit = 64 * 1024 * 1024;

/** Offset of the entry's data: after its local header, whose name and extra lengths can differ from the directory's. */
export async function entryDataOffset(handle: FileHandle, entry: ZipEntry): Promise<number> {
  const header = Buffer.alloc(30);
  const { bytesRead } = await handle.read(header, 0, 30, entry.localHeaderOffset);
  if (bytesRead < 30 || header.readUInt32LE(0) !== localHeader) {
    throw new Error("its local header is missing; the file is damaged");
  }
  return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

function checkMethod(entry: ZipEntry): void {
  if (entry.method !== 0 && entry.method !== 8) {
    throw new Error(`it is compressed with zip method ${entry.method}, which smartspec cannot unpack`);
  }
}

/**
 * The unpacked bytes of a small entry (at most 64 MiB unpacked).
 * Example: `(await readZipEntry(handle, workbookEntry)).toString("utf8")`.
 */
export async function readZipEntry(handle: FileHandle, entry: ZipEntry): Promise<Buffer> {
  checkMethod(entry);
  const start = await entryDataOffset(handle, entry);
  const packed = Buffer.alloc(entry.compressedSize);
  const { bytesRead } = await handle.read(packed, 0, entry.compressedSize, start);
  if (bytesRead < entry.compressedSize) throw new Error("the file ends inside it; the file is cut short");
  if (entry.method === 0) return packed;
  try {
    return inflateRawSync(packed, { maxOutputLength: wholeReadLimit });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_BUFFER_TOO_LARGE") throw new Error("it unpacks to more than 64 MiB");
    throw new Error(`it cannot be unpacked: ${(error as Error).message}`);
  }
}

/**
 * The unpacked bytes of an entry as a stream of chunks (about 64 KiB each); stopping early closes
 * the file. `dataOffset` comes from `entryDataOffset`.
 * Example: `for await (const chunk of streamZipEntry(path, offset, sheetEntry)) decoder.decode(chunk)`.
 */
export async function* streamZipEntry(
  path: string,
  dataOffset: number,
  entry: ZipEntry,
): AsyncGenerator<Buffer> {
  checkMethod(entry);
  if (entry.compressedSize === 0) return;
  const source = createReadStream(path, {
    start: dataOffset,
    end: dataOffset + entry.compressedSize - 1,
    highWaterMark: 1 << 16,
  });
  const inflate = entry.method === 8 ? createInflateRaw({ chunkSize: 1 << 16 }) : undefined;
  // Errors of either stream end the iteration below; pipeline's callback has nothing to add.
  if (inflate !== undefined) pipeline(source, inflate, () => {});
  const unpacked = inflate ?? source;
  try {
    for await (const chunk of unpacked) yield chunk as Buffer;
  } catch (error) {
    throw new Error(`it cannot be unpacked: ${(error as Error).message}`);
  } finally {
    source.destroy();
    inflate?.destroy();
  }
}
