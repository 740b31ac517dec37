// Public API of the relatedness kernels: co-occurrence, proximity, density, COI / COG, networks.
export * from "./complexity-outlook.ts";
export * from "./cooccurrence-counts.ts";
export * from "./cooccurrence-relatedness.ts";
export * from "./cooccurrence-relatedness-density.ts";
export * from "./cross-space.ts";
export * from "./helper-kernels.ts";
export * from "./leave-out-density.ts";
export * from "./minimum-conditional-proximity.ts";
export * from "./nearest-neighbour-density.ts";
export * from "./proximity-network.ts";
export * from "./proximity-totals.ts";
export * from "./proximity-variants.ts";
export * from "./proximity-weighted-sums.ts";
export * from "./relatedness-density.ts";
export * from "./relative-relatedness.ts";
