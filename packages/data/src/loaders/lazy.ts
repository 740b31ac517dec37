/**
 * A function that computes its value on the first call and returns the same value afterwards, so
 * a bundled file is read and parsed only when first needed. Example: `const sic = lazy(readSic)`.
 */
export function lazy<T>(compute: () => T): () => T {
  let cached: { readonly value: T } | undefined;
  return () => {
    cached ??= { value: compute() };
    return cached.value;
  };
}
