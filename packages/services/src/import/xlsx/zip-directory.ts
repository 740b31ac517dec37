// The central directory of a zip archive (PKWARE APPNOTE 6.3.10, sections 4.3.12-4.3.16 and the
// zip64 records of 4.3.14-4.3.15). An .xlsx file is a zip; reading its directory first lets the
// reader open any part at any time (shared strings before the sheet, whatever the order the
// producing program wrote them in) without unpacking the rest.
import type { FileHandle } from "node:fs/promises";

/** One file inside the archive, as the central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflate; others are reported as unsupported when the entry is opened. */
  readonly method: number;
  /** Bit 0 set: the entry is encrypted. */
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the entry's local header from the start of the file. */
  readonly localHeaderOffset: number;
}

const endOfDirectory = 0x06054b50;
const zip64Locator = 0x07064b50;
const zip64EndOfDirectory = 0x06064b50;
const directoryHeader = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535 bytes. */
const tailLength = 22 + 0xffff;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/**
 * The entries of the zip archive open in `handle`, in directory order, or `undefined` when the
 * file has no readable central directory (not a zip, or cut short). Sizes past 4 GiB come from
 * the zip64 records. Example: `(await readZipDirectory(handle, size))?.get("xl/workbook.xml")`.
 */
export async function readZipDirectory(
  handle: FileHandle,
  fileSize: number,
): Promise<Map<string, ZipEntry> | undefined> {
  const tailStart = Math.max(0, fileSize - tailLength);
  const tail = await readAt(handle, tailStart, fileSize - tailStart);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === endOfDirectory) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  let count = tail.readUInt16LE(end + 10);
  let directorySize = tail.readUInt32LE(end + 12);
  let directoryOffset = tail.readUInt32LE(end + 16);
  if (directoryOffset === 0xffffffff || count === 0xffff) {
    const locator = end - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== zip64Locator) return undefined;
    const record = await readAt(handle, Number(tail.readBigUInt64LE(locator + 8)), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== zip64EndOfDirectory) return undefined;
    count = Number(record.readBigUInt64LE(32));
    directorySize = Number(record.readBigUInt64LE(40));
    directoryOffset = Number(record.readBigUInt64LE(48));
  }
  if (directoryOffset + directorySize > fileSize) return undefined;
  return parseDirectory(await readAt(handle, directoryOffset, directorySize), count);
}

function parseDirectory(directory: Buffer, count: number): Map<string, ZipEntry> | undefined {
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== directoryHeader) return undefined;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.toString("utf8", at + 46, at + 46 + nameLength);
    const sizes = {
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    };
    readZip64Sizes(directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), sizes);
    entries.set(name, {
      name,
      method: directory.readUInt16LE(at + 10),
      flags: directory.readUInt16LE(at + 8),
      ...sizes,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The zip64 extra field (id 1) holds, in this order, only the sizes whose 32-bit field is full. */
function readZip64Sizes(
  extra: Buffer,
  sizes: { size: number; compressedSize: number; localHeaderOffset: number },
): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 1) {
      let field = at + 4;
      for (const key of ["size", "compressedSize", "localHeaderOffset"] as const) {
        if (sizes[key] !== 0xffffffff || field + 8 > at + 4 + length) continue;
        sizes[key] = Number(extra.readBigUInt64LE(field));
        field += 8;
      }
      return;
    }
    at += 4 + length;
  }
}
