// An SPSS system file (.sav), uncompressed, little-endian, UTF-8, written from the PSPP developers'
// guide, "System File Format" (read, not copied). Records in order:
//   file header; 2 variable records (label, missing codes; continuation records for long strings);
//   3 + 4 value labels per labelled variable; 6 document; 7.3 machine integers (UTF-8 = 65001);
//   7.4 machine floats; 7.11 display (measure, width, alignment); 7.13 long names; 7.14 very long
//   strings; 7.20 character encoding; 999 end of dictionary; then the cases, 8-byte slots each.
// Dates are DATE11 numbers: seconds since 14 Oct 1582. Variable labels are cut to 255 bytes and
// value labels to 120 bytes (the limits of SPSS's record layouts), never inside a UTF-8 character.
import type { DatasetVariable, MeasurementLevel, SurveyDataset } from "@smartspec/domain";
import { ByteWriter, utf8Prefix } from "./byte-writer.ts";
import { type SavLayout, type SavVariableLayout, savLayout } from "./sav-layout.ts";

export interface SavOptions {
  /** Written into the header (creation date and time, UTC); fixed in tests for byte-stable files. */
  readonly created: Date;
  /** Texts for the document record (wrapped into lines of 80 bytes). */
  readonly documents?: readonly string[];
}

const encoder = new TextEncoder();
/** -DBL_MAX, DBL_MAX and the next double above -DBL_MAX: SYSMIS, HIGHEST, LOWEST. */
const sysmis = -Number.MAX_VALUE;
const lowest = new DataView(
  new Uint8Array([0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xef, 0xff]).buffer,
).getFloat64(0, true);
/** Days from 14 Oct 1582 (SPSS's epoch) to 1 Jan 1970. */
const gregorianToUnixDays = 141_428;
const months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const measureCode: Record<MeasurementLevel, number> = { nominal: 1, ordinal: 2, scale: 3 };

/** Print/write format: type << 16 | width << 8 | decimals (5 = F, 1 = A, 20 = DATE). */
function format(variable: DatasetVariable, width: number): number {
  if (variable.type === "string") return (1 << 16) | (width << 8);
  if (variable.format === "date") return (20 << 16) | (11 << 8);
  const decimals = Math.min(variable.decimals, 16);
  return (5 << 16) | (Math.min(40, decimals > 0 ? 8 + decimals : 8) << 8) | decimals;
}

function header(out: ByteWriter, dataset: SurveyDataset, layout: SavLayout, options: SavOptions): void {
  const weight = layout.variables.find((v) => v.variable.role === "weight");
  const d = options.created;
  const two = (n: number) => String(n).padStart(2, "0");
  out.text("$FL2");
  out.padded(encoder.encode("@(#) SPSS DATA FILE smartspec survey data pack"), 60);
  out
    .int32(2)
    .int32(layout.caseSlots)
    .int32(0)
    .int32(weight ? weight.dictionaryIndex : 0)
    .int32(dataset.rows);
  out.float64(100);
  out.text(
    `${two(d.getUTCDate())} ${months[d.getUTCMonth()]!.slice(0, 1)}${months[d.getUTCMonth()]!.slice(1).toLowerCase()} ${two(d.getUTCFullYear() % 100)}`,
  );
  out.text(`${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`);
  out.padded(utf8Prefix(dataset.title, 64), 64);
  out.padded(new Uint8Array(0), 3, 0);
}

function variableRecords(out: ByteWriter, entry: SavVariableLayout): void {
  const { variable } = entry;
  entry.segments.forEach((segment, s) => {
    const first = s === 0;
    const label = first ? utf8Prefix(variable.label, 255) : new Uint8Array(0);
    const missing = first && variable.type === "numeric" ? variable.missingCodes : [];
    const missingCount = missing.length > 3 ? -2 : missing.length;
    out
      .int32(2)
      .int32(segment.width)
      .int32(label.length > 0 ? 1 : 0)
      .int32(missingCount);
    const fmt = format(variable, segment.width);
    out.int32(fmt).int32(fmt);
    out.padded(encoder.encode(segment.shortName), 8);
    if (label.length > 0) out.int32(label.length).padded(label, Math.ceil(label.length / 4) * 4, 0);
    if (missingCount === -2) out.float64(Math.min(...missing)).float64(Math.max(...missing));
    else for (const code of missing) out.float64(code);
    // Continuation records: one per further 8 bytes of a long string segment.
    for (let k = 1; k < segment.slots; k++)
      out.int32(2).int32(-1).int32(0).int32(0).int32(0).int32(0).padded(new Uint8Array(0), 8);
  });
}

function valueLabelRecords(out: ByteWriter, entry: SavVariableLayout): void {
  const { variable } = entry;
  if (variable.type !== "numeric" || variable.valueLabels.length === 0) return;
  out.int32(3).int32(variable.valueLabels.length);
  for (const { code, label } of variable.valueLabels) {
    const bytes = utf8Prefix(label, 120);
    out
      .float64(code)
      .uint8(bytes.length)
      .padded(bytes, Math.ceil((bytes.length + 1) / 8) * 8 - 1, 0x20);
  }
  out.int32(4).int32(1).int32(entry.dictionaryIndex);
}

/** A document text as lines of at most 80 bytes, broken after a space where there is one. */
export function documentLines(text: string): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest !== "") {
    const fits = new TextDecoder().decode(utf8Prefix(rest, 80));
    const space = fits.length < rest.length ? fits.lastIndexOf(" ") : -1;
    const line = space > 0 ? fits.slice(0, space + 1) : fits;
    lines.push(line.trimEnd());
    rest = rest.slice(line.length);
  }
  return lines;
}

function documentRecord(out: ByteWriter, texts: readonly string[]): void {
  const lines = texts.flatMap(documentLines);
  if (lines.length === 0) return;
  out.int32(6).int32(lines.length);
  for (const line of lines) out.padded(utf8Prefix(line, 80), 80);
}

function extension(out: ByteWriter, subtype: number, size: number, body: ByteWriter): void {
  out
    .int32(7)
    .int32(subtype)
    .int32(size)
    .int32(body.size / size)
    .bytes(body.toBytes());
}

function infoRecords(out: ByteWriter, layout: SavLayout): void {
  // 7.3: version 1.0.0, machine -1, IEEE 754, compression 1, little-endian (2), UTF-8 (65001).
  const integers = new ByteWriter();
  for (const value of [1, 0, 0, -1, 1, 1, 2, 65001]) integers.int32(value);
  extension(out, 3, 4, integers);
  const floats = new ByteWriter().float64(sysmis).float64(Number.MAX_VALUE).float64(lowest);
  extension(out, 4, 8, floats);
  const display = new ByteWriter();
  for (const { variable, segments } of layout.variables) {
    for (const segment of segments) {
      const width = variable.type === "string" ? Math.min(Math.max(segment.width, 8), 40) : 8;
      display
        .int32(measureCode[variable.measure])
        .int32(width)
        .int32(variable.type === "string" ? 0 : 1);
    }
  }
  extension(out, 11, 4, display);
  const longNames = layout.variables.map((v) => `${v.segments[0]!.shortName}=${v.variable.name}`).join("\t");
  extension(out, 13, 1, new ByteWriter().text(longNames));
  const veryLong = layout.variables.filter((v) => v.segments.length > 1);
  if (veryLong.length > 0) {
    const body = new ByteWriter();
    for (const v of veryLong) {
      const width = v.variable.type === "string" ? v.variable.width : 0;
      body
        .text(`${v.segments[0]!.shortName}=${String(width).padStart(5, "0")}`)
        .uint8(0)
        .uint8(9);
    }
    extension(out, 14, 1, body);
  }
  extension(out, 20, 1, new ByteWriter().text("UTF-8"));
}

function cases(out: ByteWriter, dataset: SurveyDataset, layout: SavLayout): void {
  for (let row = 0; row < dataset.rows; row++) {
    layout.variables.forEach(({ variable, segments }, i) => {
      const column = dataset.columns[i]!;
      if (variable.type === "numeric") {
        const value = (column as Float64Array)[row]!;
        const stored = variable.format === "date" ? (value + gregorianToUnixDays) * 86_400 : value;
        out.float64(Number.isNaN(stored) ? sysmis : stored);
        return;
      }
      const bytes = encoder.encode((column as readonly string[])[row]!);
      let offset = 0;
      for (const segment of segments) {
        out.padded(bytes.subarray(offset, offset + segment.dataBytes), segment.slots * 8);
        offset += segment.dataBytes;
      }
    });
  }
}

/**
 * The dataset as an SPSS system file: variable names (long names record), labels, value labels,
 * user-missing codes, measurement levels, the weight variable as the file's weight, and the data.
 */
export function datasetSav(dataset: SurveyDataset, options: SavOptions): Uint8Array {
  const layout = savLayout(dataset.variables);
  const out = new ByteWriter();
  header(out, dataset, layout, options);
  for (const entry of layout.variables) variableRecords(out, entry);
  for (const entry of layout.variables) valueLabelRecords(out, entry);
  documentRecord(out, options.documents ?? []);
  infoRecords(out, layout);
  out.int32(999).int32(0);
  cases(out, dataset, layout);
  return out.toBytes();
}
