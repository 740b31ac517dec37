// Instances of the project's WebAssembly modules (decision 0014) for kernels that may run on a
// helper thread: self-contained, so a helper can rebuild it from its source text like the kernels
// that call it through their `kernels` argument.

/** What the kernels use of the WebAssembly API (not typed by the ES library). */
interface WasmApi {
  Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
}

/**
 * An instance of the module `bytes` with a fresh memory (`env.memory`) of at least `memoryBytes`,
 * or undefined where the platform has no WebAssembly or refuses the module (no SIMD, or a browser's
 * content security policy): the caller then runs its JavaScript loop. The compiled module is kept
 * per thread on the global object under `key` (a kernel rebuilt from its source has no module
 * scope, and a module compiled again would start again in the baseline tier).
 */
export function wasmInstance(
  bytes: Uint8Array,
  key: string,
  memoryBytes: number,
): { readonly exports: Record<string, unknown>; readonly memory: ArrayBuffer } | undefined {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (api === undefined) return undefined;
  try {
    const cache = globalThis as { [key: symbol]: { bytes: Uint8Array; module: object } | undefined };
    const symbol = Symbol.for(key);
    let compiled = cache[symbol];
    if (
      compiled === undefined ||
      compiled.bytes.length !== bytes.length ||
      compiled.bytes.some((b, i) => b !== bytes[i])
    ) {
      compiled = { bytes: bytes.slice(), module: new api.Module(bytes) };
      cache[symbol] = compiled;
    }
    const memory = new api.Memory({ initial: Math.max(1, Math.ceil(memoryBytes / 65536)) });
    const instance = new api.Instance(compiled.module, { env: { memory } });
    return { exports: instance.exports, memory: memory.buffer };
  } catch {
    return undefined;
  }
}
