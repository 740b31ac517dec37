// Raking / iterative proportional fitting exactly as R survey's rake() (R/surveyrep.R):
//   1. one sweep post-stratifies to each margin in turn, in the order given;
//   2. after each sweep, δ = the largest absolute change of any cell of the joint weighted table
//      of all margin variables (svytable(~a + b + ...)) since the previous sweep;
//   3. stop when δ < ε, where ε = epsilon if epsilon >= 1 (weight units), else epsilon x the
//      starting total weight; at most maxIterations sweeps (R: control = list(maxit = 10, epsilon = 1)).
// The last sweep's margins are recorded for the variance (svyrecvar's "raking" adjustment).
import { postStratify } from "./post-stratify.ts";
import { type SurveyDesign, withCalibration } from "./survey-design.ts";
import { SurveyError } from "./survey-error.ts";

export interface RakeMargin {
  /** The variable's name, for messages. */
  readonly variable: string;
  /** The level of each row. */
  readonly levels: readonly string[];
  /** Population total of each level. */
  readonly population: Readonly<Record<string, number>>;
}

export interface RakeOptions {
  /** Default 10 (R's maxit). */
  readonly maxIterations?: number;
  /** Default 1 (R's epsilon): weight units if >= 1, else a fraction of the total weight. */
  readonly epsilon?: number;
}

export interface RakeResult {
  readonly design: SurveyDesign;
  readonly weights: Float64Array;
  readonly sweeps: number;
  readonly converged: boolean;
  /** δ after the last sweep. */
  readonly delta: number;
}

/** Joint-cell id of every row over all margins. */
function jointCells(margins: readonly RakeMargin[], rows: number): { cellOf: Int32Array; cells: number } {
  const index = new Map<string, number>();
  const cellOf = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const key = margins.map((m) => m.levels[i]).join("\u0000");
    let g = index.get(key);
    if (g === undefined) {
      g = index.size;
      index.set(key, g);
    }
    cellOf[i] = g;
  }
  return { cellOf, cells: index.size };
}

function table(weights: Float64Array, cellOf: Int32Array, cells: number): Float64Array {
  const totals = new Float64Array(cells);
  for (let i = 0; i < weights.length; i++) totals[cellOf[i]!]! += weights[i]!;
  return totals;
}

/** Rakes `design` to `margins`; throws SurveyError for an impossible or empty margin level. */
export function rake(
  design: SurveyDesign,
  margins: readonly RakeMargin[],
  options: RakeOptions = {},
): RakeResult {
  if (margins.length === 0) throw new SurveyError("invalid-argument", "rake needs at least one margin.");
  const maxIterations = options.maxIterations ?? 10;
  const epsilonOption = options.epsilon ?? 1;
  if (!(maxIterations >= 1) || !(epsilonOption > 0)) {
    throw new SurveyError("invalid-argument", "maxIterations must be >= 1 and epsilon > 0.");
  }
  const epsilon =
    epsilonOption < 1 ? epsilonOption * design.weights.reduce((s, w) => s + w, 0) : epsilonOption;
  const joint = jointCells(margins, design.rows);
  let oldTable = table(design.weights, joint.cellOf, joint.cells);
  let current = design;
  let lastMargins: { cellOf: Int32Array; weights: Float64Array }[] = [];
  let sweeps = 0;
  let delta = Number.POSITIVE_INFINITY;
  let converged = false;
  while (sweeps < maxIterations) {
    lastMargins = [];
    for (const margin of margins) {
      const step = postStratify({
        design: current,
        cells: margin.levels,
        population: margin.population,
        variable: margin.variable,
      });
      current = step.design;
      lastMargins.push({ cellOf: step.cellOf, weights: current.weights });
    }
    sweeps++;
    const newTable = table(current.weights, joint.cellOf, joint.cells);
    delta = 0;
    for (let g = 0; g < joint.cells; g++) delta = Math.max(delta, Math.abs(oldTable[g]! - newTable[g]!));
    if (delta < epsilon) {
      converged = true;
      break;
    }
    oldTable = newTable;
  }
  const raked = withCalibration(design, current.weights, { kind: "rake", margins: lastMargins });
  return { design: raked, weights: current.weights, sweeps, converged, delta };
}
