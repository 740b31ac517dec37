// Public API of the complexity kernels.
export {};
