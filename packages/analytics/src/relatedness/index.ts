// Public API of the relatedness kernels.
export {};
