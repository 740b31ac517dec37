// Public API of the regional kernels.
export {};
