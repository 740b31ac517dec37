// Public API of the complexity kernels (analytics reference §3-§4.5).
export * from "./bipartite-components.ts";
export * from "./compact-presence.ts";
export * from "./complexity-eigen.ts";
export * from "./complexity-scaling.ts";
export * from "./complexity-warnings.ts";
export { conventionMethods } from "./convention-dispatch.ts";
export * from "./econgeo-eigenvector.ts";
export * from "./economic-complexity.ts";
export * from "./eigenvector-conventions.ts";
export * from "./fitness-complexity.ts";
export * from "./hessenberg-eigenvalues.ts";
export * from "./hessenberg-eigenvector.ts";
export * from "./lanczos-eigen.ts";
export * from "./method-of-reflections.ts";
export * from "./reflections-variants.ts";
export * from "./sign-rules.ts";
export * from "./symmetric-eigen-dense.ts";
export * from "./tridiagonal-eigen.ts";
