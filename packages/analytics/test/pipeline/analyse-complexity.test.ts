// The whole pipeline on the 6 x 8 toy, one block per convention profile. Every expectation is a
// golden value of ../shared/design/analytics-reference.md §6 (section named beside it).
import { describe, expect, it } from "vitest";
import { matrixFromRows } from "../../src/matrix/region-activity-matrix.ts";
import { analyseComplexity } from "../../src/pipeline/analyse-complexity.ts";
import {
  closeToPrinted,
  toy,
  toyDensityDiagonal0,
  toyDensityDiagonal1,
  toyPresenceRows,
} from "../fixtures/toy.ts";

const row = (cells: Float64Array, r: number, nP = 8) => [...cells.slice(r * nP, (r + 1) * nP)];

// §6.4 / §6.5, economiccomplexity eigenvalues = reflections = oec (z1 of each vector on itself).
// The reference prints one row for both methods, which agree "to about 7 dp": its PCI of I4
// (−0.6079516) is the reflections value; the eigenvector gives −0.60795155, confirmed with numpy 2.4.6
// (`np.linalg.eig` of M̃^P, λ2 after sorting, z1), so the eigenvector row below has −0.6079515 there.
const eciZ1 = [-0.7247742, -0.7247742, -0.4068563, -0.6898684, 1.4550723, 1.0912007];
const pciZ1 = [-1.01499, -1.01499, -0.9956803, -0.6079515, 1.0605604, 1.0605604, 1.0605604, 0.4519306];
// The printed row as it stands, for the 20-iteration reflections (checked at 6 dp: "about 7 dp").
const eciPrinted = [-0.7247742, -0.7247742, -0.4068563, -0.6898684, 1.4550723, 1.0912007];
const pciPrinted = [-1.01499, -1.01499, -0.9956803, -0.6079516, 1.0605604, 1.0605604, 1.0605604, 0.4519306];
const density1 = toyDensityDiagonal1;
const density0 = toyDensityDiagonal0;

describe("analyseComplexity, smartspec profile (default)", () => {
  const result = analyseComplexity(toy());

  it("standardises ECI and PCI each on itself (= economiccomplexity's eigenvector values, §6.4-6.5)", () => {
    expect(closeToPrinted(result.eci, eciZ1, 7)).toEqual([]);
    expect(closeToPrinted(result.pci, pciZ1, 7)).toEqual([]);
  });

  it("gives M, diversity and ubiquity of §6.2 and the diagonal-0 density of §6.9", () => {
    expect([...result.presence]).toEqual(toyPresenceRows.flat());
    expect([...result.diversity]).toEqual([4, 4, 4, 3, 4, 5]);
    expect([...result.ubiquity]).toEqual([4, 4, 3, 4, 2, 2, 2, 3]);
    expect(closeToPrinted(result.density, density0.flat(), 6)).toEqual([]);
  });

  it("reports the spectrum, gap and connectivity of §6.3 and its provenance", () => {
    expect(closeToPrinted(result.diagnostics.eigenvalues.slice(0, 3), [1, 0.766859, 0.139234], 6)).toEqual(
      [],
    );
    expect(closeToPrinted([result.diagnostics.spectralGap], [0.818436], 6)).toEqual([]);
    expect(result.diagnostics.components).toBe(1);
    expect(result.provenance.profile).toBe("smartspec");
    expect(result.provenance.choices.presenceOp).toBe(">=");
    expect(result.provenance.choices.proximityDiagonal).toBe(0);
  });

  it("makes COG the exact change in COI when a region enters an activity", () => {
    // R4 enters I3: recompute COI with M(R4, I3) = 1 by hand through the proximity: ΔCOI must equal COG.
    const r = 3;
    const p = 2;
    const phi = (i: number, j: number) => result.proximity.value(i, j);
    const m = [...result.presence];
    const coiOf = (presence: number[]) => {
      let coi = 0;
      for (let q = 0; q < 8; q++) {
        if (presence[r * 8 + q]) continue;
        let num = 0;
        let den = 0;
        for (let s = 0; s < 8; s++) {
          num += presence[r * 8 + s]! * phi(s, q);
          den += phi(s, q);
        }
        coi += (num / den) * result.pci[q]!;
      }
      return coi;
    };
    const before = coiOf(m);
    m[r * 8 + p] = 1;
    expect(result.cog[r * 8 + p]!).toBeCloseTo(coiOf(m) - before, 12);
    expect(result.coi[r]!).toBeCloseTo(before, 12);
  });

  it("never mutates the input", () => {
    const input = toy();
    const copy = Float64Array.from(input.values);
    analyseComplexity(input, { profile: "economiccomplexity" });
    expect(input.values).toEqual(copy);
  });

  it("hands over the final proximity once, between the proximity and density stages", () => {
    const events: unknown[] = [];
    const analysis = analyseComplexity(toy(), {
      onStage: (stage, phase) => events.push(`${stage} ${phase}`),
      onProximity: (proximity) => events.push(proximity),
    });
    const handed = events.filter((e) => typeof e !== "string");
    expect(handed).toEqual([analysis.proximity]);
    expect(handed[0]).toBe(analysis.proximity);
    const at = events.indexOf(analysis.proximity);
    expect(events.slice(at - 1, at + 2)).toEqual(["proximity end", analysis.proximity, "density start"]);
  });
});

describe("analyseComplexity, py-ecomplexity profile", () => {
  const result = analyseComplexity(toy(), { profile: "py-ecomplexity" });
  it("reproduces ECI, PCI (§6.4-6.5), density φ¹ (§6.9), COI (§6.11) and COG of R4 (§6.12)", () => {
    expect(
      closeToPrinted(result.eci, [-0.79395, -0.79395, -0.445689, -0.755713, 1.593952, 1.195351], 6),
    ).toEqual([]);
    expect(
      closeToPrinted(
        result.pci,
        [-0.934042, -0.934042, -0.908663, -0.399055, 1.793939, 1.793939, 1.793939, 0.993992],
        6,
      ),
    ).toEqual([]);
    expect(closeToPrinted(result.density, density1.flat(), 6)).toEqual([]);
    expect(
      closeToPrinted(result.coi, [0.905413, 0.905413, 0.969175, -0.339152, -0.815914, -1.624935], 6),
    ).toEqual([]);
    expect(
      closeToPrinted(row(result.cog, 3), [0, 0, -0.222481, 0, 1.460824, 1.460824, 1.460824, 0.999064], 6),
    ).toEqual([]);
  });
});

describe("analyseComplexity, atlas-stata profile", () => {
  const result = analyseComplexity(toy(), { profile: "atlas-stata" });
  it("reproduces ECI, PCI (§6.4-6.5), density φ⁰ (§6.9), COI (§6.11) and COG of R4 (§6.12)", () => {
    expect(
      closeToPrinted(result.eci, [-0.785636, -0.785636, -0.441022, -0.747799, 1.577261, 1.182833], 6),
    ).toEqual([]);
    expect(
      closeToPrinted(
        result.pci,
        [-0.924261, -0.924261, -0.899148, -0.394876, 1.775153, 1.775153, 1.775153, 0.983583],
        6,
      ),
    ).toEqual([]);
    expect(closeToPrinted(result.density, density0.flat(), 6)).toEqual([]);
    expect(
      closeToPrinted(result.coi, [0.897835, 0.897835, 0.969382, -0.379596, -0.784203, -1.601254], 6),
    ).toEqual([]);
    expect(
      closeToPrinted(row(result.cog, 3), [0, 0, 0.097637, 0, 1.357361, 1.357361, 1.357361, 1.022146], 6),
    ).toEqual([]);
    expect(result.provenance.choices.presenceOp).toBe(">");
  });
});

describe("analyseComplexity, economiccomplexity profile", () => {
  it("reproduces the eigenvector ECI/PCI, density φ¹, COI (§6.11) and COG of R4 (§6.12)", () => {
    const result = analyseComplexity(toy(), { profile: "economiccomplexity", method: "eigenvalues" });
    expect(closeToPrinted(result.eci, eciZ1, 7)).toEqual([]);
    expect(closeToPrinted(result.pci, pciZ1, 7)).toEqual([]);
    expect(closeToPrinted(result.density, density1.flat(), 6)).toEqual([]);
    expect(
      closeToPrinted(result.coi, [0.322986, 0.322986, 0.19959, -0.3113145, -0.3868879, -0.7902481], 7),
    ).toEqual([]);
    expect(
      closeToPrinted(
        row(result.cog, 3),
        [0, 0, -0.2618118, 0, 0.8861287, 0.8861287, 0.8861287, 0.5526716],
        7,
      ),
    ).toEqual([]);
  });

  it("defaults to fitness and reports F and Q of §6.7 beside the eigenvector ECI", () => {
    const result = analyseComplexity(toy(), { profile: "economiccomplexity" });
    expect(result.provenance.method).toBe("fitness");
    expect(
      closeToPrinted(
        result.fitness!,
        [0.06896635, 0.06896635, 0.16694498, 0.04535954, 2.8167625, 2.83300027],
        8,
      ),
    ).toEqual([]);
    expect(
      closeToPrinted(
        result.fitnessComplexity!,
        [0.03324965, 0.03324965, 0.05413469, 0.03693696, 2.52146384, 2.52146384, 2.52146384, 0.27803754],
        8,
      ),
    ).toEqual([]);
    expect(closeToPrinted(result.eci, eciZ1, 7)).toEqual([]);
  });

  it("makes an all-zero region present in everything, as the tool does (pitfall 3)", () => {
    const m = matrixFromRows(
      ["a", "b", "c"],
      ["x", "y", "z"],
      [
        [5, 1, 1],
        [1, 5, 2],
        [0, 0, 0],
      ],
    );
    const result = analyseComplexity(m, { profile: "economiccomplexity", method: "eigenvalues" });
    expect([...result.presence.slice(6)]).toEqual([1, 1, 1]);
    const own = analyseComplexity(m);
    expect([...own.presence.slice(6)]).toEqual([0, 0, 0]);
    expect(Number.isNaN(own.eci[2]!)).toBe(true);
    expect(own.diagnostics.droppedRegions).toEqual(["c"]);
  });
});

describe("analyseComplexity, econgeo profile", () => {
  const result = analyseComplexity(toy(), { profile: "econgeo" });
  it("reproduces kci / tci (§6.4-6.5), rca() to 2 dp (§6.2) and relatedness_density (§6.10)", () => {
    expect(
      closeToPrinted(result.eci, [-1.792898, -1.792898, -1.079848, -1.714925, 3.098359, 2.28221], 6),
    ).toEqual([]);
    expect(
      closeToPrinted(
        result.pci,
        [-0.3985232, -0.3985232, -0.3886359, -0.1885626, 0.6720405, 0.6720405, 0.6720405, 0.3581233],
        7,
      ),
    ).toEqual([]);
    expect(row(result.rca, 0)).toEqual([1.33, 1.39, 1.49, 1.49, 0.97, 0.57, 0.29, 0.11]);
    expect(row(result.density, 2)).toEqual([76.4, 76.4, 79.63, 66.38, 23.07, 23.07, 23.07, 23.37]);
    expect(row(result.density, 5)).toEqual([33.19, 33.19, 32.79, 41.29, 100, 100, 100, 76.63]);
    expect(result.coi.every(Number.isNaN)).toBe(true);
  });
});

describe("analyseComplexity, oec profile", () => {
  const result = analyseComplexity(toy(), { profile: "oec" });
  it("defaults to 20 reflections, equal to the eigenvector values to 7 dp (§6.4-6.5, §3.4)", () => {
    expect(result.provenance.method).toBe("reflections");
    expect(closeToPrinted(result.eci, eciPrinted, 6)).toEqual([]);
    expect(closeToPrinted(result.pci, pciPrinted, 6)).toEqual([]);
    expect(closeToPrinted([result.pci[3]!], [-0.6079516], 7)).toEqual([]);
  });
  it("gives relatedness φ⁰ (§6.9) and opportunity_gain of R4 (§6.12), and no COI", () => {
    expect(closeToPrinted(result.density, density0.flat(), 6)).toEqual([]);
    expect(
      closeToPrinted(
        row(result.cog, 3),
        [0.415438, 0.415438, 0.918002, 0.44083, 0.739635, 0.739635, 0.739635, 0.470361],
        6,
      ),
    ).toEqual([]);
    expect(result.coi.every(Number.isNaN)).toBe(true);
  });
});

describe("analyseComplexity, bad input", () => {
  it("refuses a single region with a clear message", () => {
    const m = matrixFromRows(["only"], ["x", "y"], [[1, 2]]);
    expect(() => analyseComplexity(m)).toThrow(
      "Complexity needs at least 2 regions with a non-zero value; the input has 1 (of 1 regions).",
    );
  });
});

describe("analyseComplexity, per-capita presence", () => {
  it("decides presence on RPOP, or on RCA or RPOP (the Stata rule)", () => {
    const population = [500, 300, 200, 100, 400, 350];
    // RPOP(R4, I5) = (5/115)/(100/1850) = 0.804348 < 1 while RCA(R4, I5) = 0.859532 < 1: absent either way.
    // RPOP(R1, I5) = (30/115)/(500/1850) = 0.965217 < 1 and RCA 0.971645 < 1: absent.
    // RPOP(R6, I2) = (5/215)/(350/1850) = 0.122924: absent; RPOP(R2, I2) = (70/215)/(300/1850) = 2.007752: present.
    const rpop = analyseComplexity(toy(), { presenceBasis: "rpop", population });
    const both = analyseComplexity(toy(), { presenceBasis: "both", population });
    expect(rpop.presence[4]).toBe(0);
    expect(rpop.presence[8 + 1]).toBe(1);
    expect(rpop.presence[5 * 8 + 1]).toBe(0);
    const rca = analyseComplexity(toy()).presence;
    for (let i = 0; i < 48; i++) expect(both.presence[i]).toBe(rca[i]! | rpop.presence[i]!);
    expect(both.provenance.choices.presenceBasis).toBe("rca or rpop");
  });

  it("names the region whose population is not positive", () => {
    expect(() =>
      analyseComplexity(toy(), { presenceBasis: "rpop", population: [500, 300, 0, 100, 400, 350] }),
    ).toThrow('The population of region "R3" is 0; per-capita presence needs a positive number.');
    expect(() => analyseComplexity(toy(), { presenceBasis: "rpop" })).toThrow(
      "Per-capita presence needs one population value per region (6).",
    );
  });
});
