import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { constants, gunzipSync } from "node:zlib";
import { parseDelimited } from "./parse-delimited.ts";

/** A bundled table: its header and data rows, with column lookup by name. */
export interface Table {
  readonly path: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The position of a column; throws naming the file when it is missing. */
  column(name: string): number;
}

/** The bytes of a bundled file, gunzipped when its name ends in `.gz`. */
export function readBundledBytes(path: string): Buffer {
  const bytes = readFileSync(path);
  return path.endsWith(".gz") ? gunzipSync(bytes) : bytes;
}

/**
 * Reads a bundled CSV (or TSV, by `.tsv` in the name) whole, gunzipping `.gz`. For the small
 * reference files (up to a few MB); the big long files are streamed by services.
 * Example: `readTable(lookupPath).column("LAD21CD")` is 0.
 */
export function readTable(path: string): Table {
  const delimiter = /\.tsv(\.gz)?$/.test(path) ? "\t" : ",";
  const [header = [], ...rows] = parseDelimited(readBundledBytes(path).toString("utf8"), delimiter);
  return {
    path,
    header,
    rows,
    column(name) {
      const position = header.indexOf(name);
      if (position < 0) throw new Error(`${path}: no column "${name}" (columns: ${header.join(", ")})`);
      return position;
    },
  };
}

/**
 * The header row of a bundled CSV / TSV, reading (and gunzipping) only its first 64 KiB.
 * Example: `readHeader(bres.files.sic2)` is ["DATE", "GEOGRAPHY_NAME", ..., "COUNT"].
 */
export function readHeader(path: string): readonly string[] {
  const head = Buffer.alloc(65_536);
  const file = openSync(path, "r");
  const length = readSync(file, head, 0, head.length, 0);
  closeSync(file);
  // A truncated gzip stream inflates as far as it goes with a sync flush instead of throwing.
  const bytes = path.endsWith(".gz")
    ? gunzipSync(head.subarray(0, length), { finishFlush: constants.Z_SYNC_FLUSH })
    : head.subarray(0, length);
  const text = bytes.toString("utf8");
  const end = text.search(/\r?\n/);
  const delimiter = /\.tsv(\.gz)?$/.test(path) ? "\t" : ",";
  return parseDelimited(end < 0 ? text : text.slice(0, end), delimiter)[0] ?? [];
}
