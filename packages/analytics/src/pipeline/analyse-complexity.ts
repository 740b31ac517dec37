// The complexity pipeline (analytics reference §3.2): one path through shared stages per profile.
//
//   X ─1 matrix─▶ X' (all-zero rows/columns dropped, or kept by economiccomplexity's rule)
//     ─2 rca─▶ RCA ─3 presence─▶ M (CSR + CSC)
//     ─4 complexity─▶ ECI, PCI (+ raw eigenvectors, spectrum, sign evidence)
//     ─5 proximity─▶ φ (co-occurrence counts, read on demand) or EconGeo relatedness; with a
//       helper thread the counting starts before step 4 and runs beside the eigen-solver
//     ─6 density─▶ ω  ─7 outlook─▶ COI, COG (profile variant and scaling)
//     ─▶ re-attach dropped codes as NaN; diagnostics; provenance
import { AnalyticsError } from "../common/analytics-error.ts";
import { roundR } from "../common/round-r.ts";
import { sparseDiversity, sparseUbiquity } from "../complexity/compact-presence.ts";
import type { ComplexityWarning } from "../complexity/complexity-warnings.ts";
import { economicComplexity } from "../complexity/economic-complexity.ts";
import { type DropEmptyResult, dropEmpty } from "../matrix/drop-empty.ts";
import type { RegionActivityMatrix } from "../matrix/region-activity-matrix.ts";
import { sparsePresence } from "../matrix/sparse-presence.ts";
import { type ConventionProfile, conventionProfiles, isProfileId } from "../profiles/convention-profiles.ts";
import { complexityOutlookBands, type OutlookBand } from "../relatedness/complexity-outlook.ts";
import { startActivityCooccurrence } from "../relatedness/cooccurrence-counts.ts";
import {
  minimumConditionalProximity,
  type ProximityReader,
} from "../relatedness/minimum-conditional-proximity.ts";
import { presence, presenceByRcaRows } from "../specialisation/presence.ts";
import { fillRcaRow } from "../specialisation/revealed-comparative-advantage.ts";
import type {
  CellBand,
  ComplexityAnalysis,
  ComplexityAnalysisOptions,
  ComplexityAnalysisWithoutCells,
  ComplexityStage,
} from "./complexity-analysis-types.ts";
import { econgeoRelatedness } from "./econgeo-relatedness.ts";
import { expandedProximity } from "./expanded-proximity.ts";
import { outlookGainDivisor, scaleOutlookIndex } from "./outlook-scaling.ts";
import { expandCells, expandPresence, expandVector } from "./reattach.ts";

function resolveProfile(options: ComplexityAnalysisOptions): ConventionProfile {
  const id = options.profile ?? "smartspec";
  if (!isProfileId(id))
    throw new AnalyticsError("invalid-option", `Unknown profile "${String(id)}".`, { field: "profile" });
  return conventionProfiles[id];
}

function keepEverything(matrix: RegionActivityMatrix): DropEmptyResult {
  const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
  return {
    matrix,
    droppedRegions: [],
    droppedActivities: [],
    keptRegionIndex: all(matrix.regions.length),
    keptActivityIndex: all(matrix.activities.length),
  };
}

function requireTwo(kept: number, all: readonly string[], what: "regions" | "activities"): void {
  if (kept >= 2) return;
  const code = what === "regions" ? "too-few-regions" : "too-few-activities";
  throw new AnalyticsError(
    code,
    `Complexity needs at least 2 ${what} with a non-zero value; the input has ${kept} (of ${all.length} ${what}).`,
  );
}

/**
 * Runs the complexity pipeline for one period under a convention profile (default "smartspec").
 * Never mutates `matrix`. Throws `AnalyticsError` for unknown options, for fewer than 2 non-empty
 * regions or activities, and for a method the profile's tool does not offer.
 * Example: `analyseComplexity(toy, { profile: "py-ecomplexity" }).eci[4]` is 1.593952 (reference §6.4).
 */
export function analyseComplexity(
  matrix: RegionActivityMatrix,
  options: ComplexityAnalysisOptions = {},
): ComplexityAnalysis {
  let cells: CellBand | undefined;
  const analysis = analyse(matrix, options, false, (band) => {
    cells = band;
  });
  // One band (inBands false): its arrays are the whole ones.
  return { ...analysis, rca: cells!.rca, density: cells!.density, cog: cells!.cog };
}

/**
 * `analyseComplexity` with the cells given to `onBand` band by band, in region order, instead of
 * whole R x P density and COG arrays: with the region-block kernel and nothing dropped, density and
 * COG are computed one band of `REGION_BAND` regions at a time into reused arrays (valid only
 * during the call), so a caller that writes each band out never holds R x P of them. Otherwise
 * there is one band with the whole arrays. The numbers are the same bits as `analyseComplexity`'s.
 */
export function analyseComplexityInBands(
  matrix: RegionActivityMatrix,
  options: ComplexityAnalysisOptions,
  onBand: (band: CellBand) => void,
): ComplexityAnalysisWithoutCells {
  return analyse(matrix, options, true, onBand);
}

function analyse(
  matrix: RegionActivityMatrix,
  options: ComplexityAnalysisOptions,
  inBands: boolean,
  onBand: (band: CellBand) => void,
): ComplexityAnalysisWithoutCells {
  const profile = resolveProfile(options);
  const method = options.method ?? profile.defaultMethod;
  const threshold = options.threshold ?? 1;
  const stage = <T>(name: ComplexityStage, run: () => T): T => {
    options.onStage?.(name, "start");
    const value = run();
    options.onStage?.(name, "end");
    return value;
  };
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;

  // 1. Matrix: which rows and columns take part.
  const kept = stage("matrix", () =>
    profile.zeroPolicy === "drop-reattach" ? dropEmpty(matrix) : keepEverything(matrix),
  );
  requireTwo(kept.keptRegionIndex.length, matrix.regions, "regions");
  requireTwo(kept.keptActivityIndex.length, matrix.activities, "activities");
  const work = kept.matrix;
  const wR = work.regions.length;
  const wP = work.activities.length;

  // 2-3. RCA and presence (presence computes RCA once and returns it).
  const basis = options.presenceBasis ?? "rca";
  const population =
    basis === "rca" ? undefined : keptPopulation(options.population, kept.keptRegionIndex, matrix.regions);
  const rows = kept.keptRegionIndex;
  const cols = kept.keptActivityIndex;
  const dropped = rows.length !== nR || cols.length !== nP;
  // Given band by band, RCA is made again for each band from the margins (the same bits) instead
  // of being held whole: at 3,000 x 1,000, 24 MB less.
  const rcaByBand = inBands && !dropped && basis === "rca" && profile.zeroPolicy !== "present-everywhere";
  const presenceOptions = {
    threshold,
    comparison: profile.presence.comparison,
    exactTies: profile.presence.exactTies,
  };
  const present = stage("rca", () =>
    rcaByBand
      ? { ...presenceByRcaRows(work, presenceOptions), rca: undefined }
      : presence(work, { ...presenceOptions, basis, ...(population ? { population } : {}) }),
  );
  const m = stage("presence", () => {
    const dense = present.presence;
    if (profile.zeroPolicy === "present-everywhere") {
      // economiccomplexity: NaN RCA (0/0 in an all-zero row or column) counts as present.
      const rca = present.rca!;
      for (let i = 0; i < dense.length; i++) if (Number.isNaN(rca[i]!)) dense[i] = 1;
    }
    return { dense, sparse: sparsePresence(dense, wR, wP) };
  });

  // 5a. Proximity needs only M, like complexity: with a helper thread, the helper starts counting
  // co-occurrences now and this thread joins it after the eigen-solver (the same counts).
  const helper = options.helper;
  const finishCooccurrence = startActivityCooccurrence(m.sparse, "auto", helper);

  // 4. Complexity: the ranking method, plus fitness when asked for.
  let ranking: ReturnType<typeof economicComplexity>;
  let fitness: ReturnType<typeof economicComplexity> | undefined;
  try {
    ranking = stage("complexity", () =>
      economicComplexity(m.sparse, {
        convention: profile.id,
        method: method === "fitness" ? "eigenvalues" : method,
      }),
    );
    fitness =
      method === "fitness"
        ? stage("complexity", () =>
            economicComplexity(m.sparse, { convention: profile.id, method: "fitness" }),
          )
        : undefined;
  } catch (error) {
    // The helper may still be counting: wait for it before giving up, so it is free for the next call.
    finishCooccurrence();
    throw error;
  }

  // 5b. Proximity.
  const cooccurrence = stage("proximity", finishCooccurrence);
  const econgeo = profile.relatednessBasis === "cooccurrence-prob";
  const econgeoResult = econgeo
    ? stage("proximity", () => econgeoRelatedness(m.dense, wR, cooccurrence))
    : undefined;
  const proximity: ProximityReader =
    econgeoResult?.relatedness ??
    minimumConditionalProximity(cooccurrence, { diagonal: profile.proximityDiagonal });
  const fullProximity = expandedProximity(proximity, cols, nP);
  options.onProximity?.(fullProximity);

  // RCA as reported (rounded by the profiles that round it) and presence, over all codes.
  const rounding = profile.rcaRounding;
  const reported = (rca: Float64Array) => {
    if (rounding === null) return rca;
    for (let i = 0; i < rca.length; i++) rca[i] = Number.isNaN(rca[i]!) ? 0 : roundR(rca[i]!, rounding);
    return rca;
  };
  const fullRca =
    present.rca === undefined
      ? undefined
      : expandCells(rounding === null ? present.rca : reported(present.rca.slice()), rows, cols, nR, nP);
  const fullPresence = expandPresence(m.dense, rows, cols, nR, nP);
  // A band's RCA rows, made again (rcaByBand), in an array reused from band to band.
  let bandRca: Float64Array | undefined;
  const rcaRows = (firstRegion: number, regionCount: number): Float64Array => {
    if (fullRca !== undefined) return fullRca.subarray(firstRegion * nP, (firstRegion + regionCount) * nP);
    const { regionTotals, shares } = present as ReturnType<typeof presenceByRcaRows>;
    if (bandRca === undefined || bandRca.length < regionCount * nP)
      bandRca = new Float64Array(regionCount * nP);
    const out = bandRca.subarray(0, regionCount * nP);
    for (let i = 0; i < regionCount; i++) {
      const r = firstRegion + i;
      fillRcaRow(work.values, out, r * nP, regionTotals[r]!, shares, i * nP);
    }
    return reported(out);
  };

  // 6-7. Density and outlook: COG is scaled as it is made (÷ sd of kc for the py / Stata profiles).
  const outlookComputed = !econgeoResult && profile.outlookVariant !== "none";
  const usesRaw = profile.outlookVariant === "py-ecomplexity" || profile.outlookVariant === "atlas-stata";
  const gainDivisor = outlookGainDivisor(profile.id, ranking.kcRaw, wP);
  // A band of the kept cells, given over all codes: its rows of the full arrays or, with codes
  // dropped (then there is one band), the whole arrays with the dropped cells NaN.
  const deliver = (firstRegion: number, regionCount: number, density: Float64Array, cog: Float64Array) => {
    if (dropped) {
      onBand({
        firstRegion: 0,
        regionCount: nR,
        values: matrix.values,
        rca: fullRca!,
        presence: fullPresence,
        density: expandCells(density, rows, cols, nR, nP),
        cog: expandCells(cog, rows, cols, nR, nP),
      });
      return;
    }
    const from = firstRegion * nP;
    const to = from + regionCount * nP;
    onBand({
      firstRegion,
      regionCount,
      values: matrix.values.subarray(from, to),
      rca: rcaRows(firstRegion, regionCount),
      presence: fullPresence.subarray(from, to),
      density,
      cog,
    });
  };
  let rawCoi: Float64Array | undefined;
  stage("density", () => {
    if (!outlookComputed) {
      const nothing = () => new Float64Array(wR * wP).fill(Number.NaN);
      deliver(0, wR, econgeoResult ? econgeoResult.density : nothing(), nothing());
      return;
    }
    const weights = (usesRaw ? ranking.kpRaw : ranking.pci).map((v) => (Number.isNaN(v) ? 0 : v));
    const variant = profile.outlookVariant as Exclude<typeof profile.outlookVariant, "none">;
    const outlookOptions = { cooccurrence, ...(helper ? { helper } : {}) };
    const onOutlookBand = (band: OutlookBand) => {
      const gain = band.outlookGain;
      if (gainDivisor !== undefined) for (let i = 0; i < gain.length; i++) gain[i] = gain[i]! / gainDivisor;
      deliver(band.firstRegion, band.regionCount, band.density, gain);
    };
    const bands = inBands && !dropped;
    rawCoi = complexityOutlookBands(
      m.sparse,
      weights,
      variant,
      outlookOptions,
      onOutlookBand,
      bands,
    ).outlookIndex;
  });
  const coi = stage("outlook", () =>
    rawCoi === undefined || profile.outlookVariant === "oec"
      ? new Float64Array(wR).fill(Number.NaN)
      : scaleOutlookIndex(profile.id, rawCoi, wP),
  );

  // Re-attach, diagnostics, provenance.
  const warnings: ComplexityWarning[] = [];
  if (kept.droppedRegions.length + kept.droppedActivities.length > 0) {
    warnings.push({
      code: "dropped-empty",
      message: `Dropped ${kept.droppedRegions.length} region(s) and ${kept.droppedActivities.length} activity(ies) whose values are all zero; their results are left empty.`,
    });
  }
  // The engine's own "no-presence" warning remains: after dropping all-zero rows it can only mean a
  // region or activity with no RCA at the threshold (possible with ">").
  warnings.push(...ranking.warnings);
  if (fitness) warnings.push(...fitness.warnings.filter((w) => !warnings.some((x) => x.code === w.code)));
  return {
    regions: matrix.regions,
    activities: matrix.activities,
    values: matrix.values,
    presence: fullPresence,
    // Counts of the 0/1 presence, read off its compressed form (not a pass over R x P cells).
    diversity: expandVector(sparseDiversity(m.sparse), rows, nR),
    eci: expandVector(ranking.eci, rows, nR),
    coi: expandVector(coi, rows, nR),
    ...(fitness?.fitness ? { fitness: expandVector(fitness.fitness, rows, nR) } : {}),
    ...(fitness?.activityComplexity
      ? { fitnessComplexity: expandVector(fitness.activityComplexity, cols, nP) }
      : {}),
    ubiquity: expandVector(sparseUbiquity(m.sparse), cols, nP),
    pci: expandVector(ranking.pci, cols, nP),
    proximity: fullProximity,
    diagnostics: {
      droppedRegions: kept.droppedRegions,
      droppedActivities: kept.droppedActivities,
      eigenvalues: ranking.eigenvalues,
      spectralGap: ranking.spectralGap,
      components: ranking.components,
      tiesAtThreshold: present.tiesAtThreshold,
      signEvidence: ranking.signEvidence,
      warnings,
    },
    provenance: {
      profile: profile.id,
      tool: profile.tool,
      method,
      choices: {
        ...ranking.choices,
        method,
        threshold,
        presenceBasis: basis === "both" ? "rca or rpop" : basis,
        presenceOp: profile.presence.comparison,
        exactTies: profile.presence.exactTies,
        zeroPolicy: profile.zeroPolicy,
        rcaRounding: profile.rcaRounding,
        proximityProcedure: econgeo
          ? "EconGeo relatedness(co_occurrence(t(M)), 'prob')"
          : "min conditional probability",
        proximityDiagonal: econgeo ? 0 : profile.proximityDiagonal,
        densityScale: profile.densityScale,
        densityRounding: profile.densityRounding,
        outlookVariant: profile.outlookVariant,
        coi: outlookDescription(profile),
        ...(fitness ? { fitnessIterations: fitness.choices.iterations ?? null } : {}),
      },
    },
  };
}

/** The population of the kept regions; throws when it is missing, the wrong length or not positive. */
function keptPopulation(
  population: ArrayLike<number> | undefined,
  kept: Int32Array,
  regions: readonly string[],
): Float64Array {
  const nRegions = regions.length;
  if (!population || population.length !== nRegions) {
    throw new AnalyticsError(
      "missing-population",
      `Per-capita presence needs one population value per region (${nRegions}).`,
      { field: "population" },
    );
  }
  const out = new Float64Array(kept.length);
  for (let i = 0; i < kept.length; i++) {
    const value = population[kept[i]!]!;
    if (!(value > 0) || !Number.isFinite(value)) {
      const region = regions[kept[i]!]!;
      throw new AnalyticsError(
        "invalid-value",
        `The population of region "${region}" is ${value}; per-capita presence needs a positive number.`,
        { region, field: "population", value },
      );
    }
    out[i] = value;
  }
  return out;
}

function outlookDescription(profile: ConventionProfile): string {
  switch (profile.outlookVariant) {
    case "none":
      return "not computed: EconGeo has no COI/COG";
    case "oec":
      return "COI not computed (the OEC library has none); COG = opportunity_gain";
    case "py-ecomplexity":
      return "raw kp, φ diagonal 1; COI z0, COG ÷ sd0(kc)";
    case "atlas-stata":
      return "raw kp, φ diagonal 0; COI standardised over the long rows, COG ÷ sd_long(kc)";
    case "economiccomplexity":
      return "complexity_outlook with the profile's PCI, φ diagonal 1, unscaled";
    case "smartspec":
      return "COI = Σ ω(1−M)PCI, COG = exact change in COI on entry, φ diagonal 0, PCI z1";
  }
}
