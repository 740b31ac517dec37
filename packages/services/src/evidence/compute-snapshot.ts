// Computes the evidence snapshot of one view with the engine (see snapshot-types.ts):
//   1. read   every year of the data set at the level (regions summed up when asked)
//   2. engine analyseComplexity on the chosen year under the profile (RCA, M, ECI/PCI, φ, ω, COI/COG)
//   3. extras related / unrelated variety (groups = the parent level), the proximity network and its
//             layout, and the LQ and totals of every year
import {
  analyseComplexity,
  isProfileId,
  proximityNetwork,
  type RegionActivityMatrix,
  regionTotals,
  relatedVariety,
  revealedComparativeAdvantage,
} from "@smartspec/analytics";
import { loadSic2007Index } from "@smartspec/data";
import type { ClassificationIndex } from "@smartspec/domain";
import { readLongPanel } from "../input/read-long-panel.ts";
import { engineVersion } from "../pipeline/engine-version.ts";
import { PlatformError } from "../platform/platform-error.ts";
import type { EvidenceSource } from "./evidence-source.ts";
import { networkLayout } from "./network-layout.ts";
import { regionName } from "./region-names.ts";
import type { EvidenceSnapshot, EvidenceView } from "./snapshot-types.ts";

/** SIC 2007 levels, coarse to fine: a level's groups for related variety are the level before it. */
const sicLevels = ["section", "division", "group", "class", "subclass"];

function classificationOf(source: EvidenceSource): ClassificationIndex | undefined {
  return source.classificationId === "sic2007" ? loadSic2007Index() : undefined;
}

function eciRanks(eci: Float64Array): Float64Array {
  const order = [...eci.keys()].filter((i) => !Number.isNaN(eci[i]!)).sort((a, b) => eci[b]! - eci[a]!);
  const rank = new Float64Array(eci.length).fill(Number.NaN);
  order.forEach((i, k) => {
    rank[i] = k + 1;
  });
  return rank;
}

function packedProximity(n: number, value: (i: number, j: number) => number): Float64Array {
  const packed = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) packed[k++] = value(i, j);
  return packed;
}

/** Whether the measure counts things (jobs, businesses), so a Poisson interval applies. */
export function isCountMeasure(measure: string): boolean {
  return /employ|jobs|count|business/i.test(measure);
}

/**
 * The snapshot of `view` over `source`. Throws `validation` for a year or profile the data set or
 * engine does not have.
 */
export async function computeSnapshot(source: EvidenceSource, view: EvidenceView): Promise<EvidenceSnapshot> {
  if (!isProfileId(view.profile)) throw new PlatformError("validation", `Unknown profile "${view.profile}".`);
  const { panel } = await source.withInput(view.level, view.regionLevel ?? undefined, (input) =>
    readLongPanel(input),
  );
  const years =
    panel.times.length === 1 && source.years.length === 1 ? [...source.years] : panel.times.map(Number);
  const at = years.indexOf(view.year);
  if (at < 0) {
    throw new PlatformError(
      "validation",
      `${source.id} has the years ${years.join(", ")}, not ${view.year}.`,
    );
  }
  const matrix: RegionActivityMatrix = panel.matrices[at]!;
  const analysis = analyseComplexity(matrix, { profile: view.profile });
  const nP = matrix.activities.length;

  const index = classificationOf(source);
  const titles = matrix.activities.map((code) => index?.node(code)?.title ?? code);
  const sections = matrix.activities.map((code) =>
    index === undefined
      ? null
      : view.level === "section"
        ? code
        : (index.ancestorAt(code, "section") ?? null),
  );
  const parentLevel = index === undefined ? undefined : sicLevels[sicLevels.indexOf(view.level) - 1];
  const variety =
    parentLevel === undefined
      ? null
      : relatedVariety(
          matrix,
          matrix.activities.map((code) => index!.ancestorAt(code, parentLevel) ?? code),
        );

  const phi = analysis.proximity;
  const network = proximityNetwork(phi);
  const source_ = Array.from(network.source);
  const target = Array.from(network.target);
  const layout = networkLayout(nP, source_, target, network.weight);

  return {
    view,
    engineVersion: engineVersion(),
    measure: source.measure,
    counts: isCountMeasure(source.measure),
    regions: matrix.regions,
    regionNames: matrix.regions.map(regionName),
    activities: matrix.activities,
    activityTitles: titles,
    sections,
    total: regionTotals(matrix),
    diversity: analysis.diversity,
    eci: analysis.eci,
    eciRank: eciRanks(analysis.eci),
    coi: analysis.coi,
    relatedVariety: variety?.relatedVariety ?? null,
    unrelatedVariety: variety?.unrelatedVariety ?? null,
    ubiquity: analysis.ubiquity,
    pci: analysis.pci,
    value: Float64Array.from(matrix.values),
    lq: analysis.rca,
    presence: Float64Array.from(analysis.presence),
    density: analysis.density,
    cog: analysis.cog,
    proximity: packedProximity(nP, (i, j) => phi.value(i, j)),
    network: { ...layout, source: source_, target, weight: network.weight, tree: Array.from(network.inTree) },
    years,
    totalsByYear: panel.matrices.map((m) => regionTotals(m)),
    lqByYear: panel.matrices.map((m) => revealedComparativeAdvantage(m)),
    diagnostics: analysis.diagnostics,
    provenance: analysis.provenance,
    attribution: source.attribution,
    licence: source.licence,
  };
}
