// Which cell styles show numbers as dates or times. A date in a sheet is only a number (days since
// the workbook's epoch) whose style has a date number format (ECMA-376 Part 1, 18.8.30-18.8.31),
// so the reader needs, for each style index `s`, the kind of its number format.
import { parseXml } from "./xml-events.ts";

/** 0 plain number, 1 date (or date and time), 2 time of day, 3 elapsed time (`[h]:mm`). */
export type FormatKind = 0 | 1 | 2 | 3;
export const formatKind = { number: 0, date: 1, time: 2, duration: 3 } as const;

/** Built-in formats (Part 1, 18.8.30) that are dates or times; 27-36 and 50-58 are East Asian ones. */
function builtInKind(id: number): FormatKind {
  if ((id >= 14 && id <= 17) || id === 22 || (id >= 27 && id <= 31) || id === 36 || (id >= 50 && id <= 58)) {
    return formatKind.date;
  }
  if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || id === 45 || id === 47) return formatKind.time;
  if (id === 46) return formatKind.duration;
  return formatKind.number;
}

/**
 * The kind of a format code, from the letters left once literal text, escapes, padding and
 * bracketed colours or locales are removed: y or d make a date, h or s a time, a lone m a month.
 * Example: `numberFormatKind('dd/mm/yyyy')` is 1, `numberFormatKind('#,##0.00 "kg"')` is 0.
 */
export function numberFormatKind(code: string): FormatKind {
  let rest = (code.split(";")[0] ?? "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "");
  if (/\[(h+|m+|s+)\]/i.test(rest)) return formatKind.duration;
  rest = rest
    .replace(/\[[^\]]*\]/g, "")
    .replace(/AM\/PM|A\/P|General/gi, "")
    .toLowerCase();
  if (/[yd]/.test(rest)) return formatKind.date;
  if (/[hs]/.test(rest)) return formatKind.time;
  return rest.includes("m") ? formatKind.date : formatKind.number;
}

/**
 * For each cell style index, the kind of its number format, from the bytes of `xl/styles.xml`
 * (`undefined`: no styles part, every cell a plain number). Only `<cellXfs>` counts: the
 * `<cellStyleXfs>` list holds named styles that cells never point at directly.
 * Example: `readCellFormats(stylesXml)[7] === formatKind.date`.
 */
export function readCellFormats(styles: Uint8Array | undefined): Uint8Array {
  if (styles === undefined) return new Uint8Array(0);
  const customCodes = new Map<number, string>();
  const kinds: FormatKind[] = [];
  let inCellXfs = false;
  parseXml(styles, {
    open(name, attributes) {
      if (name === "numFmt") {
        customCodes.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
      } else if (name === "cellXfs") {
        inCellXfs = true;
      } else if (name === "xf" && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        const custom = customCodes.get(id);
        kinds.push(custom === undefined ? builtInKind(id) : numberFormatKind(custom));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return Uint8Array.from(kinds);
}
