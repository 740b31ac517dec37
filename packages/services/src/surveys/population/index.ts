// Population margins from the bundled official business counts (weighting and representativeness).
export * from "./business-population-margins.ts";
export * from "./sic-section.ts";
export * from "./size-bands.ts";
