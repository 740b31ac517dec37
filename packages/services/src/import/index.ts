// The importer's public surface (re-exported by @smartspec/services).

export * from "./bundled-code-lists.ts";
export * from "./code-list.ts";
export { type ImportDelimiter, importDelimiters } from "./csv/guess-delimiter.ts";
export { type TextEncodingName, textEncodings } from "./csv/text-decoding.ts";
export * from "./import-dataset.ts";
export * from "./import-summary.ts";
export type { ColumnRole } from "./mapping/guess-columns.ts";
export { type ColumnRequest, type ImportLayout, importLayouts } from "./mapping/resolve-mapping.ts";
export * from "./problems/import-problem.ts";
export * from "./row-source.ts";
export { suppressionMarkers } from "./values/suppression-markers.ts";
