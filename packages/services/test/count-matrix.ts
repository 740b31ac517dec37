// Test helper: a deterministic region x activity count matrix, about 40% non-zero.
import type { RegionActivityMatrix } from "@smartspec/analytics";

export function countMatrix(nR: number, nP: number, seed: number): RegionActivityMatrix {
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  return {
    regions: Array.from({ length: nR }, (_, r) => `R${r}`),
    activities: Array.from({ length: nP }, (_, p) => `P${String(p).padStart(3, "0")}`),
    values: Float64Array.from({ length: nR * nP }, () =>
      random() < 0.4 ? Math.floor(random() * 500) + 1 : 0,
    ),
  };
}
