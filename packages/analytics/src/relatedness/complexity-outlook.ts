// Complexity outlook index (COI) and gain (COG) of Hausmann, Hidalgo et al. (2014), The Atlas of
// Economic Complexity (Technical Box 5.4), in every published variant (reference §4.9, §3.1):
//   A  Stata `coicog.ado` (φ⁰) / py-ecomplexity `coicog.py` (φ¹): COI = Σ_p ω_rp (1 − M_rp) c_p,
//      COG = (1 − M_rp) Σ_q (1 − M_rq) c_q φ_qp / Σ_s φ_sq (no subtraction term);
//   B  economiccomplexity `complexity_outlook()`: variant A with φ¹ and the caller's PCI;
//   C  OEC `opportunity_gain()`: Σ_q (1 − M_rq) c_q φ⁰_qp / Σ_s φ⁰_sp − ω⁰_rp c_p, no mask;
//   smartspec: (1 − M_rp)[Σ_q (1 − M_rq) c_q φ⁰_qp / Σ_s φ⁰_sq − ω⁰_rp c_p], exactly the change of
//      COI when r enters p (adding p raises ω_rq by φ_pq / Σ_s φ_sq and removes p's own term).
// Raw values only: the post-scaling of §3.1 (z-scores, ÷ sd(kc)) belongs to the pipeline.
import type { KernelHelper } from "../common/kernel-helper.ts";
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import type { CooccurrenceCounts } from "./cooccurrence-counts.ts";
import { proximityTotals } from "./proximity-totals.ts";
import { type ProximityKernelStrategy, proximitySumBands } from "./proximity-weighted-sums.ts";

export const outlookVariants = [
  "smartspec",
  "atlas-stata",
  "py-ecomplexity",
  "economiccomplexity",
  "oec",
] as const;
export type OutlookVariant = (typeof outlookVariants)[number];

/** φ_pp each variant uses: the tool's proximity diagonal (smartspec: 0, so that COG = ΔCOI). */
export const outlookDiagonal: Readonly<Record<OutlookVariant, 0 | 1>> = {
  smartspec: 0,
  "atlas-stata": 0,
  "py-ecomplexity": 1,
  economiccomplexity: 1,
  oec: 0,
};

export interface ComplexityOutlook {
  readonly variant: OutlookVariant;
  readonly diagonal: 0 | 1;
  /** ω with the variant's diagonal, row-major R x P. */
  readonly density: Float64Array;
  /** Raw COI per region, Σ_p ω_rp (1 − M_rp) c_p (the OEC library has none: book form with ω⁰). */
  readonly outlookIndex: Float64Array;
  /** Raw COG, row-major R x P. */
  readonly outlookGain: Float64Array;
}

export interface ComplexityOutlookOptions {
  readonly strategy?: ProximityKernelStrategy;
  readonly cooccurrence?: CooccurrenceCounts;
  /** A second thread for the heaviest kernel (the same bits as without). */
  readonly helper?: KernelHelper;
}

/** One band of consecutive regions: their density and raw COG rows (row i = region firstRegion + i). */
export interface OutlookBand {
  readonly firstRegion: number;
  readonly regionCount: number;
  /** ω, regionCount x P. */
  readonly density: Float64Array;
  /** Raw COG, regionCount x P. */
  readonly outlookGain: Float64Array;
}

/**
 * COI and COG of `variant` with activity complexities `complexity` (length P): the raw uncentred
 * eigenvector kp for the Stata / py variants, the caller's PCI for the others. Uses the
 * min-conditional-probability proximity and the fast kernel (one pass, two weight vectors).
 * An activity related to nothing gets NaN density; its own weight in COG is 0.
 * Example: `complexityOutlook(sparsePresence(M, R, P), kp, "py-ecomplexity").outlookIndex`, z-scored
 * with ddof 0, gives the py-ecomplexity COI of reference §6.11.
 */
export function complexityOutlook(
  presence: SparsePresence,
  complexity: ArrayLike<number>,
  variant: OutlookVariant,
  options: ComplexityOutlookOptions = {},
): ComplexityOutlook {
  let whole: OutlookBand | undefined;
  const onBand = (band: OutlookBand) => {
    whole = band;
  };
  const { outlookIndex, diagonal } = complexityOutlookBands(
    presence,
    complexity,
    variant,
    options,
    onBand,
    false,
  );
  return { variant, diagonal, density: whole!.density, outlookIndex, outlookGain: whole!.outlookGain };
}

/**
 * `complexityOutlook` band by band: `onBand` gets each band's density and raw COG rows in region
 * order, in arrays reused for the next band (copy what must outlive the call); the same numbers as
 * `complexityOutlook`. Returns the COI of every region. With few regions, another kernel than the
 * region-block product, or `inBands` false, there is one band of fresh arrays.
 */
export function complexityOutlookBands(
  presence: SparsePresence,
  complexity: ArrayLike<number>,
  variant: OutlookVariant,
  options: ComplexityOutlookOptions,
  onBand: (band: OutlookBand) => void,
  inBands = true,
): { readonly diagonal: 0 | 1; readonly outlookIndex: Float64Array } {
  const { nRegions: nR, nActivities: nP } = presence;
  const diagonal = outlookDiagonal[variant];
  const targetNormalised = variant === "oec";
  const ones = new Float64Array(nP).fill(1);
  const mass = proximityTotals(presence, ones, diagonal);
  // Pass-2 weights: c_q / Σ_s φ_sq (source-normalised) or c_q (OEC: normalised by the target later).
  const weights = new Float64Array(nP);
  for (let q = 0; q < nP; q++) {
    weights[q] = targetNormalised ? complexity[q]! : mass[q] === 0 ? 0 : complexity[q]! / mass[q]!;
  }
  const sums = proximitySumBands(
    presence,
    [null, weights],
    { diagonal, ...options, unitTotals: mass },
    inBands,
  );
  const weightedTotal = sums.totals[1]!;
  const outlookIndex = new Float64Array(nR);
  // With a helper thread and bands on shared memory, the rows of each band are shared between the
  // threads (each row's numbers come from one thread, in the same order: the same bits).
  const helper = sums.bands.length > 1 ? options.helper : undefined;
  const rowsOfBand = sums.bands.reduce((m, band) => Math.max(m, band.regionCount), 0);
  const shared = helper
    ? {
        presence: new Uint8Array(helper.sharedFloat64(Math.ceil((rowsOfBand * nP) / 8)).buffer),
        coi: helper.sharedFloat64(rowsOfBand),
      }
    : { presence: new Uint8Array(rowsOfBand * nP), coi: new Float64Array(rowsOfBand) };
  const complexityArray = Float64Array.from(complexity);
  for (let b = 0; b < sums.bands.length; b++) {
    const { firstRegion, regionCount } = sums.bands[b]!;
    // The kernel's arrays become the outputs, cell by cell (no second allocation).
    const rows = sums.sums(b);
    const bandPresence = shared.presence.subarray(0, regionCount * nP);
    bandPresence.fill(0);
    for (let i = 0; i < regionCount; i++) {
      const r = firstRegion + i;
      for (let x = presence.rowStart[r]!; x < presence.rowStart[r + 1]!; x++) {
        bandPresence[i * nP + presence.rowActivities[x]!] = 1;
      }
    }
    const job: OutlookRowsJob = {
      nActivities: nP,
      rowFrom: 0,
      rowTo: regionCount,
      presence: bandPresence,
      density: rows[0]!,
      outlookGain: rows[1]!,
      mass,
      weightedTotal,
      complexity: complexityArray,
      variant,
      outlookIndex: shared.coi,
    };
    if (helper) {
      const half = Math.floor(regionCount / 2);
      const wait = helper.start("outlookRows", { ...job, rowFrom: half });
      try {
        outlookRows({ ...job, rowTo: half });
      } finally {
        wait();
      }
    } else outlookRows(job);
    outlookIndex.set(shared.coi.subarray(0, regionCount), firstRegion);
    onBand({ firstRegion, regionCount, density: job.density, outlookGain: job.outlookGain });
  }
  return { diagonal, outlookIndex };
}

/** The rows [rowFrom, rowTo) of one band for `outlookRows` (arrays regionCount x P, row-major). */
export interface OutlookRowsJob {
  readonly nActivities: number;
  readonly rowFrom: number;
  readonly rowTo: number;
  /** M of the band's rows, 0 or 1. */
  readonly presence: Uint8Array;
  /** K with u = 1 on entry, ω on return. */
  readonly density: Float64Array;
  /** K with the pass-2 weights on entry, raw COG on return. */
  readonly outlookGain: Float64Array;
  readonly mass: Float64Array;
  readonly weightedTotal: Float64Array;
  readonly complexity: Float64Array;
  readonly variant: OutlookVariant;
  /** Raw COI of row i at i. */
  readonly outlookIndex: Float64Array;
}

/**
 * ω = K / T (clamped to [0, 1]), raw COG of the job's variant, and raw COI, for rows [rowFrom,
 * rowTo) of a band, in place. Self-contained (a helper thread rebuilds it from its source text).
 */
export function outlookRows(job: OutlookRowsJob): void {
  const { nActivities: nP, presence, density, outlookGain, mass, weightedTotal, complexity, variant } = job;
  for (let i = job.rowFrom; i < job.rowTo; i++) {
    let coi = 0;
    for (let p = 0; p < nP; p++) {
      const cell = i * nP + p;
      const t = mass[p]!;
      const omega = t === 0 ? Number.NaN : Math.min(1, Math.max(0, density[cell]! / t));
      density[cell] = omega;
      const absent = presence[cell] === 0;
      if (absent) coi += omega * complexity[p]!;
      const gain = weightedTotal[p]! - outlookGain[cell]!;
      if (variant === "oec") outlookGain[cell] = gain / t - omega * complexity[p]!;
      else if (variant === "smartspec") outlookGain[cell] = absent ? gain - omega * complexity[p]! : 0;
      else outlookGain[cell] = absent ? gain : 0;
    }
    job.outlookIndex[i] = coi;
  }
}
