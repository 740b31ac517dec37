export * from "./bundled-datasets.ts";
export { yearRange } from "./dataset-types.ts";
export * from "./loaders/load-boundaries.ts";
export * from "./loaders/load-crosswalks.ts";
export * from "./loaders/load-nace-rev2.ts";
export * from "./loaders/load-sic2007.ts";
export * from "./loaders/load-uk-area-hierarchy.ts";
export * from "./loaders/load-uk-geographies.ts";
export { readBundledBytes, readHeader, readTable, type Table } from "./read/read-table.ts";
