// A zip archive of the data pack's files (PKWARE APPNOTE 6.3.10: local headers, deflate via
// node:zlib, one central directory, no zip64: a pack is far below 4 GiB). Written here rather than
// with jszip / archiver, which are only installed as exceljs's own dependencies.
import { deflateRawSync } from "node:zlib";
import { ByteWriter } from "./byte-writer.ts";

const crcTable = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO 3309, the zip checksum). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** DOS date and time fields of a UTC instant. */
function dosTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** The files as one zip (deflated; names UTF-8, flag bit 11). */
export function zipFiles(
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
  modified: Date,
): Uint8Array {
  const out = new ByteWriter();
  const central = new ByteWriter();
  const stamp = dosTime(modified);
  for (const file of files) {
    const name = new TextEncoder().encode(file.name);
    const packed = deflateRawSync(file.bytes);
    const crc = crc32(file.bytes);
    const offset = out.size;
    const common = (w: ByteWriter) =>
      w
        .uint16(20)
        .uint16(0x0800)
        .uint16(8)
        .uint16(stamp.time)
        .uint16(stamp.date)
        .uint32(crc)
        .uint32(packed.length)
        .uint32(file.bytes.length)
        .uint16(name.length)
        .uint16(0);
    common(out.uint32(0x04034b50));
    out.bytes(name).bytes(packed);
    common(central.uint32(0x02014b50).uint16(20));
    central.uint16(0).uint16(0).uint16(0).uint32(0).uint32(offset).bytes(name);
  }
  const directoryOffset = out.size;
  const directory = central.toBytes();
  out.bytes(directory);
  out.uint32(0x06054b50).uint16(0).uint16(0).uint16(files.length).uint16(files.length);
  out.uint32(directory.length).uint32(directoryOffset).uint16(0);
  return out.toBytes();
}
