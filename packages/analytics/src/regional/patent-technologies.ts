// A technology x patent incidence in compressed form: for each patent, the list of technology
// classes on it (CSR by patent). Patent data are very sparse (a patent carries a handful of classes
// out of hundreds), so the structure measures of `modular-complexity.ts` never build the dense
// technology x patent matrix that EconGeo takes.
import { AnalyticsError } from "../common/analytics-error.ts";

export interface PatentTechnologies {
  readonly nTechnologies: number;
  /** Patent k's technologies are `technologies[patentStart[k] .. patentStart[k + 1])`; length nPatents + 1. */
  readonly patentStart: Int32Array;
  readonly technologies: Int32Array;
}

/**
 * Builds the incidence from one list of technology indexes (0 .. nTechnologies - 1) per patent.
 * Throws for an index out of range or a technology listed twice on one patent (the incidence is
 * binary). Example: patentTechnologiesFromLists(3, [[0, 1], [2]]) has patentStart [0, 2, 3].
 */
export function patentTechnologiesFromLists(
  nTechnologies: number,
  lists: readonly (readonly number[])[],
): PatentTechnologies {
  if (!Number.isInteger(nTechnologies) || nTechnologies < 0) {
    throw new AnalyticsError(
      "invalid-option",
      `nTechnologies must be a non-negative integer, not ${nTechnologies}.`,
    );
  }
  const patentStart = new Int32Array(lists.length + 1);
  let nnz = 0;
  lists.forEach((list, k) => {
    nnz += list.length;
    patentStart[k + 1] = nnz;
  });
  const technologies = new Int32Array(nnz);
  let i = 0;
  for (const list of lists) for (const t of list) technologies[i++] = t;
  const incidence = { nTechnologies, patentStart, technologies };
  checkPatentTechnologies(incidence);
  return incidence;
}

/** Throws unless every index is in range, every patent's list is within bounds and has no repeats. */
export function checkPatentTechnologies(incidence: PatentTechnologies): void {
  const { nTechnologies, patentStart, technologies } = incidence;
  const nPatents = patentStart.length - 1;
  if (nPatents < 0 || patentStart[0] !== 0 || patentStart[nPatents] !== technologies.length) {
    throw new AnalyticsError("invalid-value", "patentStart must start at 0 and end at technologies.length.");
  }
  const lastSeen = new Int32Array(nTechnologies).fill(-1);
  for (let k = 0; k < nPatents; k++) {
    const from = patentStart[k]!;
    const to = patentStart[k + 1]!;
    if (to < from)
      throw new AnalyticsError("invalid-value", `patentStart decreases at patent ${k}.`, { index: k });
    for (let j = from; j < to; j++) {
      const t = technologies[j]!;
      if (!(t >= 0 && t < nTechnologies)) {
        throw new AnalyticsError(
          "invalid-value",
          `Patent ${k} lists technology ${t}, outside 0..${nTechnologies - 1}.`,
          { index: k, value: t },
        );
      }
      if (lastSeen[t] === k) {
        throw new AnalyticsError("duplicate-cell", `Patent ${k} lists technology ${t} twice.`, {
          index: k,
          value: t,
        });
      }
      lastSeen[t] = k;
    }
  }
}
