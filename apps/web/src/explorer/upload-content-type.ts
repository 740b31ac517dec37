// The Content-Type an upload is sent with (the server accepts CSV, XLSX and plain bytes).

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The Content-Type for a file: CSV and XLSX by name or type, anything else as octet-stream. */
export function uploadContentType(file: { readonly name: string; readonly type: string }): string {
  if (/\.csv$/i.test(file.name) || file.type === "text/csv") return "text/csv";
  if (/\.xlsx$/i.test(file.name) || file.type === xlsxType) return xlsxType;
  return "application/octet-stream";
}
