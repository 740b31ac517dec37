// Spreadsheet date serials as ISO 8601 text. In the 1900 date system serial 1 is 1900-01-01 and
// Excel keeps Lotus 1-2-3's fictitious 1900-02-29 as serial 60, so from serial 61 on the day is
// 1899-12-30 + serial; in the 1904 system serial 0 is 1904-01-01 (ECMA-376 Part 1, 18.17.4).
// Times are the fraction of a day, read to the millisecond. Spreadsheet dates have no time zone,
// so the text has none either.
import { type FormatKind, formatKind } from "./cell-formats.ts";

const dayMs = 86_400_000;
const epoch1900 = Date.UTC(1899, 11, 30);
const epoch1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, the last day Excel shows, in the 1900 system. */
const lastSerial = 2_958_465;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function clock(ms: number): string {
  const text = `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}`;
  return ms % 1000 === 0 ? text : `${text}.${pad(ms % 1000, 3)}`;
}

function day(days: number, date1904: boolean): string {
  if (!date1904 && days === 60) return "1900-02-29";
  if (!date1904 && days === 0) return "1900-01-00";
  const base = date1904 ? epoch1904 : days < 60 ? epoch1900 + dayMs : epoch1900;
  return new Date(base + days * dayMs).toISOString().slice(0, 10);
}

/**
 * The text a user expects for `serial` shown with a format of the given kind: `YYYY-MM-DD` for a
 * whole day, `YYYY-MM-DDTHH:MM:SS` when there is a time of day (`.sss` only when the
 * milliseconds are not zero), `HH:MM:SS` for a time below one day, total hours for an elapsed
 * time (`[h]:mm`). Serials outside 0..9999-12-31 (Excel shows ####) come back as plain numbers.
 * Example: `excelDateText(44259.5, formatKind.date, false)` is `"2021-03-04T12:00:00"`.
 */
export function excelDateText(serial: number, kind: FormatKind, date1904: boolean): string {
  const limit = date1904 ? lastSerial - 1462 : lastSerial;
  if (!(serial >= 0 && serial < limit + 1)) return String(serial);
  const totalMs = Math.round(serial * dayMs);
  if (kind === formatKind.duration) return clock(totalMs);
  const days = Math.floor(totalMs / dayMs);
  const ms = totalMs - days * dayMs;
  if (kind === formatKind.time && days === 0) return clock(ms);
  return ms === 0 ? day(days, date1904) : `${day(days, date1904)}T${clock(ms)}`;
}
