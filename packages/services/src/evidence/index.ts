// The evidence explorer's use cases: cached snapshots per view, and the views of them the API serves.
export * from "./activity-map.ts";
export * from "./activity-space.ts";
export * from "./boundary-layer-text.ts";
export * from "./compare-regions.ts";
export * from "./dataset-view-xlsx.ts";
export * from "./explorer-catalogue.ts";
export { type ExplorerQuery, geographyLevels } from "./explorer-view.ts";
export * from "./explorer-xlsx.ts";
export { lqInterval } from "./lq-interval.ts";
export * from "./region-opportunities.ts";
export * from "./region-profile.ts";
export { clearEvidenceMemory, evidenceEngineRuns } from "./snapshot-cache.ts";
export { bundledWarmViews, type WarmedView, warmBundledViews } from "./warm-bundled-views.ts";
export * from "./workspace-uploads.ts";
export { type XlsxFile, xlsxFileName } from "./xlsx-workbook.ts";
