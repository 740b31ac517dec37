// Raw file bodies (frames, XLSForm workbooks): their own size limit (app.ts exempts these paths
// from the 1 MiB JSON limit), the accepted media types, and CSV-or-workbook detection.

import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "../../http/api-error.ts";
import { xlsxType } from "./survey-schema.ts";

export const surveyFileLimitBytes = 50 * 1024 * 1024;

/** The POST paths app.ts exempts from the global body limit: frame and XLSForm uploads. */
export const surveyFilePathPattern =
  /^\/api\/workspaces\/[^/]+\/surveys\/[^/]+\/(?:frame|instrument\.xlsx)\/?$/;

export const surveyFileLimit = bodyLimit({
  maxSize: surveyFileLimitBytes,
  onError: () => {
    throw new ApiError(413, "payload-too-large", "The file is larger than 50 MiB.");
  },
});

const csvTypes = ["text/csv", "text/plain", "application/csv"];
const octetStream = "application/octet-stream";

/** The body bytes and whether they are a workbook; 415 for other media types. */
export async function fileBody(
  c: Context,
  accept: "csv-or-xlsx" | "xlsx",
): Promise<{ readonly bytes: Uint8Array; readonly format: "csv" | "xlsx" }> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const allowed = accept === "xlsx" ? [xlsxType, octetStream] : [xlsxType, octetStream, ...csvTypes];
  if (!allowed.includes(type)) {
    throw new ApiError(
      415,
      "unsupported-media-type",
      accept === "xlsx"
        ? "Send the XLSForm as an .xlsx workbook."
        : "Send the file as text/csv or an XLSX workbook.",
    );
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  // An octet stream is a workbook when it starts like a zip file (PK), else CSV.
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  return {
    bytes,
    format: type === xlsxType || (type === octetStream && zip) || accept === "xlsx" ? "xlsx" : "csv",
  };
}
