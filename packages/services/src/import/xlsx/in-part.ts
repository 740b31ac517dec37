// One wrapper for reading a workbook part, so a zlib or XML failure deep inside names the file
// and the part instead of surfacing as a stack trace.
import { InputError } from "../../input/input-error.ts";
import { xlsxMessages } from "./xlsx-messages.ts";

/**
 * Runs `read` on one part of the workbook; a failure other than an `InputError` becomes the
 * "cannot read the workbook part" message with its reason.
 * Example: `await inPart("data.xlsx", "xl/styles.xml", () => readZipEntry(handle, entry))`.
 */
export async function inPart<T>(file: string, part: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw xlsxMessages.damagedPart(file, part, error instanceof Error ? error.message : String(error));
  }
}
