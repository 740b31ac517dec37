// @smartspec/analytics: pure kernels over region x activity matrices. No I/O, no dependencies.
// Runs in Node and in browsers. Abbreviations (RCA, LQ, ECI, PCI, COI, COG) are in docs/glossary.md.
export * from "./common/analytics-error.ts";
export * from "./common/descriptive.ts";
export * from "./common/kernel-helper.ts";
export * from "./common/round-r.ts";
export * from "./common/summation.ts";
export * as wasmAssembly from "./common/wasm-assembly.ts";
export * from "./complexity/index.ts";
export * from "./matrix/drop-empty.ts";
export * from "./matrix/filter-panel.ts";
export * from "./matrix/matrix-from-long.ts";
export * from "./matrix/region-activity-matrix.ts";
export * from "./matrix/roll-up-activities.ts";
export * from "./matrix/sparse-presence.ts";
export * from "./pipeline/analyse-complexity.ts";
export * from "./pipeline/analyse-complexity-panel.ts";
export * from "./pipeline/complexity-analysis-types.ts";
export * from "./profiles/convention-profiles.ts";
export * from "./regional/index.ts";
export * from "./relatedness/index.ts";
export * from "./specialisation/diversity-ubiquity.ts";
export * from "./specialisation/presence.ts";
export * from "./specialisation/revealed-comparative-advantage.ts";
