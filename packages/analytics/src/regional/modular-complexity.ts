// Patent-structure measures of Fleming & Sorenson (2001, Research Policy 30:1019-1039), as EconGeo
// `ease_recombination`, `modular_complexity`, `modular_complexity_avg` (analytics reference §4.16):
//   E_i  = (number of distinct technologies ever on a patent with i) / (number of patents with i),
//   K_k  = (number of technologies on patent k) / Σ_{i on k} E_i        (modular complexity),
//   avgK_i = mean of K_k over the patents carrying technology i.
// As EconGeo, K = n/0 = Infinity (every technology on the patent only ever appears alone) counts as
// 0. EconGeo rounds E and K to 5 dp and avgK to 2 dp on output (not in between): "econgeo".
// Cost: Σ_k |k|² for E, linear otherwise; the dense technology x patent matrix is never built.
import { roundR } from "../common/round-r.ts";
import { checkPatentTechnologies, type PatentTechnologies } from "./patent-technologies.ts";
import { type RegionalConventionOptions, resolveConvention } from "./regional-convention.ts";

function roundAll(values: Float64Array, digits: number): Float64Array {
  for (let i = 0; i < values.length; i++) values[i] = roundR(values[i]!, digits);
  return values;
}

/** Unrounded E_i; NaN for a technology on no patent (0/0). */
function ease(incidence: PatentTechnologies): Float64Array {
  const { nTechnologies, patentStart, technologies } = incidence;
  const nPatents = patentStart.length - 1;
  // Technology -> patents (CSC) by counting sort.
  const techStart = new Int32Array(nTechnologies + 1);
  for (let j = 0; j < technologies.length; j++) techStart[technologies[j]! + 1]!++;
  for (let t = 0; t < nTechnologies; t++) techStart[t + 1]! += techStart[t]!;
  const techPatents = new Int32Array(technologies.length);
  const cursor = techStart.slice(0, nTechnologies);
  for (let k = 0; k < nPatents; k++) {
    for (let j = patentStart[k]!; j < patentStart[k + 1]!; j++) techPatents[cursor[technologies[j]!]!++] = k;
  }
  const out = new Float64Array(nTechnologies);
  const stamp = new Int32Array(nTechnologies).fill(-1);
  for (let i = 0; i < nTechnologies; i++) {
    stamp[i] = i; // i itself is not a partner
    let partners = 0;
    for (let q = techStart[i]!; q < techStart[i + 1]!; q++) {
      const k = techPatents[q]!;
      for (let j = patentStart[k]!; j < patentStart[k + 1]!; j++) {
        const t = technologies[j]!;
        if (stamp[t] !== i) {
          stamp[t] = i;
          partners++;
        }
      }
    }
    out[i] = partners / (techStart[i + 1]! - techStart[i]!);
  }
  return out;
}

/** Unrounded K_k from E; Infinity -> 0, an empty patent is NaN (0/0). */
function modular(incidence: PatentTechnologies, e: Float64Array): Float64Array {
  const { patentStart, technologies } = incidence;
  const nPatents = patentStart.length - 1;
  const out = new Float64Array(nPatents);
  for (let k = 0; k < nPatents; k++) {
    let sum = 0;
    for (let j = patentStart[k]!; j < patentStart[k + 1]!; j++) sum += e[technologies[j]!]!;
    const value = (patentStart[k + 1]! - patentStart[k]!) / sum;
    out[k] = value === Number.POSITIVE_INFINITY ? 0 : value;
  }
  return out;
}

/**
 * Ease of recombination E_i per technology: distinct co-occurring technologies per patent of i.
 * 0 for a technology that only appears alone; NaN for one on no patent. `convention: "econgeo"`
 * rounds to 5 dp as EconGeo's output. Example: patents {0, 1}, {0, 2}, {1}: E = [2/2, 1/2, 1/1].
 */
export function easeOfRecombination(
  incidence: PatentTechnologies,
  options: RegionalConventionOptions = {},
): Float64Array {
  const econgeo = resolveConvention(options) === "econgeo";
  checkPatentTechnologies(incidence);
  const e = ease(incidence);
  return econgeo ? roundAll(e, 5) : e;
}

/**
 * Modular complexity K_k per patent: technologies on the patent / Σ of their E. 0 when that sum is
 * 0 (EconGeo); NaN for a patent without technologies. `convention: "econgeo"` rounds to 5 dp.
 * Example: patents {0, 1}, {0, 2}, {1} (E = [1, 0.5, 1]) give K = [2/1.5, 2/2, 1/0.5] = [1.33333, 1, 2].
 */
export function modularComplexity(
  incidence: PatentTechnologies,
  options: RegionalConventionOptions = {},
): Float64Array {
  const econgeo = resolveConvention(options) === "econgeo";
  checkPatentTechnologies(incidence);
  const k = modular(incidence, ease(incidence));
  return econgeo ? roundAll(k, 5) : k;
}

/**
 * Average modular complexity per technology: the mean K over the patents carrying it (from
 * unrounded K, as EconGeo). NaN for a technology on no patent. `convention: "econgeo"` rounds to
 * 2 dp. Example: as above, technology 0 gets (1 + 1.33333) / 2 = 1.17.
 */
export function averageModularComplexity(
  incidence: PatentTechnologies,
  options: RegionalConventionOptions = {},
): Float64Array {
  const econgeo = resolveConvention(options) === "econgeo";
  checkPatentTechnologies(incidence);
  const { nTechnologies, patentStart, technologies } = incidence;
  const k = modular(incidence, ease(incidence));
  const sum = new Float64Array(nTechnologies);
  const count = new Float64Array(nTechnologies);
  for (let p = 0; p < k.length; p++) {
    for (let j = patentStart[p]!; j < patentStart[p + 1]!; j++) {
      const t = technologies[j]!;
      sum[t]! += k[p]!;
      count[t]!++;
    }
  }
  for (let t = 0; t < nTechnologies; t++) sum[t] = sum[t]! / count[t]!;
  return econgeo ? roundAll(sum, 2) : sum;
}
