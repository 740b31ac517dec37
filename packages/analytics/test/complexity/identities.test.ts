// The identities between profiles of analytics-reference §3.4, used as oracles on the toy.
import { describe, expect, it } from "vitest";
import { economicComplexity } from "../../src/complexity/economic-complexity.ts";
import { sparsePresence } from "../../src/matrix/sparse-presence.ts";
import { closeToPrinted, toyPresence, toyPresenceRows } from "../fixtures/toy.ts";

const toy = () => sparsePresence(toyPresence(), 6, 8);
const run = (convention: "py-ecomplexity" | "atlas-stata" | "economiccomplexity" | "econgeo") =>
  economicComplexity(toy(), { convention, method: "eigenvalues" });

describe("identities between conventions (reference §3.4)", () => {
  it("ECI_py = ECI_economiccomplexity · √(N_R/(N_R − 1)); toy −0.7247742·√1.2 = −0.793950", () => {
    const py = run("py-ecomplexity").eci;
    const scaled = Array.from(run("economiccomplexity").eci, (v) => v * Math.sqrt(6 / 5));
    expect(closeToPrinted(py, scaled, 12)).toEqual([]);
    expect(closeToPrinted([scaled[0]!], [-0.79395], 6)).toEqual([]);
  });

  it("ECI_stata = ECI_py · √((N_R N_P − 1)/(N_R N_P)), PCI likewise; toy 1.593952·√(47/48) = 1.577261", () => {
    const py = run("py-ecomplexity");
    const stata = run("atlas-stata");
    const factor = Math.sqrt(47 / 48);
    expect(
      closeToPrinted(
        stata.eci,
        Array.from(py.eci, (v) => v * factor),
        12,
      ),
    ).toEqual([]);
    expect(
      closeToPrinted(
        stata.pci,
        Array.from(py.pci, (v) => v * factor),
        12,
      ),
    ).toEqual([]);
    expect(closeToPrinted([stata.eci[4]!], [1.577261], 6)).toEqual([]);
  });

  for (const convention of ["py-ecomplexity", "atlas-stata"] as const) {
    it(`${convention}: ECI_r is exactly the mean PCI over r's present activities`, () => {
      const { eci, pci } = run(convention);
      const means = toyPresenceRows.map((row) => {
        const present = row.flatMap((m, p) => (m ? [pci[p]!] : []));
        return present.reduce((a, b) => a + b, 0) / present.length;
      });
      expect(closeToPrinted(eci, means, 12)).toEqual([]);
    });
  }

  it("py PCI has neither mean 0 nor SD 1 (toy mean 0.4); its ECI has mean 0 and population SD 1", () => {
    const { eci, pci } = run("py-ecomplexity");
    const mean = (v: Float64Array) => v.reduce((a, b) => a + b, 0) / v.length;
    expect(closeToPrinted([mean(pci)], [0.4], 1)).toEqual([]); // printed "0.4"; exactly 0.4000007
    expect(Math.abs(mean(eci))).toBeLessThan(1e-12);
    const sd0 = Math.sqrt(eci.reduce((a, b) => a + b * b, 0) / 6);
    expect(Math.abs(sd0 - 1)).toBeLessThan(1e-12);
  });

  it("z1(EconGeo kci) ≈ ECI_economiccomplexity, with a gap of about 1e-4 from the 4-dp rounding", () => {
    const kci = run("econgeo").eci;
    const mean = kci.reduce((a, b) => a + b, 0) / 6;
    const sd = Math.sqrt(kci.reduce((a, b) => a + (b - mean) ** 2, 0) / 5);
    const reference = run("economiccomplexity").eci;
    const gaps = Array.from(kci, (v, i) => Math.abs((v - mean) / sd - reference[i]!));
    expect(Math.max(...gaps)).toBeGreaterThan(1e-5);
    expect(Math.max(...gaps)).toBeLessThan(2e-4);
  });
});
