// `analyseComplexityInBands` gives the cells band by band: consecutive regions in order, covering
// every region once, with the very bits `analyseComplexity` returns whole. With the region-block
// kernel and nothing dropped the bands are `REGION_BAND` regions each; otherwise one band.
import { describe, expect, it } from "vitest";
import { analyseComplexity, analyseComplexityInBands } from "../../src/pipeline/analyse-complexity.ts";
import type { CellBand } from "../../src/pipeline/complexity-analysis-types.ts";
import type { ProfileId } from "../../src/profiles/convention-profiles.ts";
import { REGION_BAND } from "../../src/relatedness/four-russians-plan.ts";
import { randomCountMatrix, sameBits } from "../relatedness/arbitraries.ts";

/** Many regions, few activities (the region-block kernel's shape), optionally one all-zero region. */
function tallMatrix(nR: number, nP: number, seed: number, zeroRegion?: number) {
  const matrix = randomCountMatrix(nR, nP, seed);
  if (zeroRegion !== undefined) matrix.values.fill(0, zeroRegion * nP, (zeroRegion + 1) * nP);
  return matrix;
}

/** The bands `analyseComplexityInBands` gives, copied (their arrays are reused), and its result. */
function collectBands(matrix: ReturnType<typeof tallMatrix>, profile: ProfileId = "smartspec") {
  const bands: CellBand[] = [];
  const analysis = analyseComplexityInBands(matrix, { profile }, (band) => {
    bands.push({
      ...band,
      values: band.values.slice(),
      rca: band.rca.slice(),
      presence: band.presence.slice(),
      density: band.density.slice(),
      cog: band.cog.slice(),
    });
  });
  return { bands, analysis };
}

function joined(bands: readonly CellBand[], key: "values" | "rca" | "density" | "cog"): Float64Array {
  const out = new Float64Array(bands.reduce((n, b) => n + b[key].length, 0));
  let at = 0;
  for (const band of bands) {
    out.set(band[key], at);
    at += band[key].length;
  }
  return out;
}

describe("analyseComplexityInBands", () => {
  it(`gives bands of ${REGION_BAND} regions with the bits of the whole analysis (2,000 x 300)`, () => {
    const nR = 2000;
    const nP = 300;
    const matrix = tallMatrix(nR, nP, 21);
    const whole = analyseComplexity(matrix);
    const { bands, analysis } = collectBands(matrix);
    expect(bands.map((b) => [b.firstRegion, b.regionCount])).toEqual([
      [0, 840],
      [840, 840],
      [1680, 320],
    ]);
    for (const band of bands) expect(band.density.length).toBe(band.regionCount * nP);
    for (const key of ["values", "rca", "density", "cog"] as const) {
      expect(sameBits(joined(bands, key), whole[key]), key).toBe(true);
    }
    const presence = new Uint8Array(nR * nP);
    for (const band of bands) presence.set(band.presence, band.firstRegion * nP);
    expect(Array.from(presence)).toEqual(Array.from(whole.presence));
    for (const key of ["eci", "pci", "coi", "diversity", "ubiquity"] as const) {
      expect(sameBits(analysis[key], whole[key]), key).toBe(true);
    }
    expect("density" in analysis).toBe(false);
    // RCA is made again for each band (never held whole), with the same bits.
    expect("rca" in analysis).toBe(false);
  });

  it.each(["smartspec", "py-ecomplexity", "atlas-stata", "economiccomplexity", "econgeo", "oec"] as const)(
    "gives RCA and presence band by band with the bits of the whole analysis (%s)",
    (profile) => {
      const matrix = tallMatrix(1700, 60, 11);
      const whole = analyseComplexity(matrix, { profile });
      const { bands } = collectBands(matrix, profile);
      expect(sameBits(joined(bands, "rca"), whole.rca)).toBe(true);
      const presence = new Uint8Array(whole.presence.length);
      for (const band of bands) presence.set(band.presence, band.firstRegion * 60);
      expect(Array.from(presence)).toEqual(Array.from(whole.presence));
    },
  );

  it("scales COG band by band as the py-ecomplexity profile does whole (÷ sd of kc)", () => {
    const matrix = tallMatrix(1700, 250, 8);
    const whole = analyseComplexity(matrix, { profile: "py-ecomplexity" });
    const { bands, analysis } = collectBands(matrix, "py-ecomplexity");
    expect(bands.length).toBe(3);
    expect(sameBits(joined(bands, "cog"), whole.cog)).toBe(true);
    expect(sameBits(joined(bands, "density"), whole.density)).toBe(true);
    expect(sameBits(analysis.coi, whole.coi)).toBe(true);
  });

  it("gives one band of the whole arrays when a region is dropped (all-zero)", () => {
    const matrix = tallMatrix(1700, 50, 5, 900);
    const whole = analyseComplexity(matrix);
    const { bands } = collectBands(matrix);
    expect(bands.map((b) => [b.firstRegion, b.regionCount])).toEqual([[0, 1700]]);
    expect(Number.isNaN(bands[0]!.density[900 * 50])).toBe(true);
    expect(sameBits(bands[0]!.density, whole.density)).toBe(true);
    expect(sameBits(bands[0]!.cog, whole.cog)).toBe(true);
  });

  it("gives one band where the profile has no COG (EconGeo relatedness density)", () => {
    const matrix = tallMatrix(1000, 40, 3);
    const whole = analyseComplexity(matrix, { profile: "econgeo" });
    const { bands } = collectBands(matrix, "econgeo");
    expect(bands.length).toBe(1);
    expect(sameBits(bands[0]!.density, whole.density)).toBe(true);
    expect(bands[0]!.cog.every((x) => Number.isNaN(x))).toBe(true);
  });
});
