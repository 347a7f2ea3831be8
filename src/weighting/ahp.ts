import { nearestScaleValue } from "./fraction.ts";
import { type JudgementMatrix, type PairwiseMatrixOptions, toPairwiseMatrix } from "./pairwise-matrix.ts";
import { type RandomIndexTable, randomIndex } from "./random-index.ts";

/** CR at or above this value marks a matrix as inconsistent (Saaty's 10 % rule). */
export { CONSISTENCY_THRESHOLD } from "../policy.ts";

import { CONSISTENCY_THRESHOLD } from "../policy.ts";

/** Options of the AHP functions. */
export interface AhpOptions extends PairwiseMatrixOptions {
  /** Random-index table for CR. Default "saaty". */
  readonly randomIndex?: RandomIndexTable;
  /** Power iteration stops when no weight moves by more than this. Default 1e-12. */
  readonly tolerance?: number;
  /** Power iteration cap. Default 10,000 (positive matrices converge in far fewer). */
  readonly maxIterations?: number;
  /**
   * Review every judgement against the weights (`AhpResult.judgements`, one more eigenvector per judgement for its
   * `crIfReplaced`). Default true; false leaves `judgements` empty and computes only the weights, λmax, CI and CR —
   * for many draws (the Monte Carlo) that read nothing else.
   */
  readonly review?: boolean;
}

/**
 * How one judgement a_ij (row i over column j, i < j) compares with what the derived weights imply.
 * Sorted worst first in `AhpResult.judgements`.
 */
export interface JudgementReview {
  /** Row criterion (0-based index and name). */
  readonly row: number;
  readonly rowName: string;
  /** Column criterion (0-based index and name). */
  readonly column: number;
  readonly columnName: string;
  /** The judgement as given (after reading fractions), a_ij. */
  readonly given: number;
  /** The judgement that would agree with the weights: w_i / w_j. */
  readonly consistentValue: number;
  /** The value of Saaty's scale (1/9 … 9) nearest to `consistentValue`. */
  readonly nearestScaleValue: number;
  /** |ln(a_ij / (w_i / w_j))|: 0 when the judgement agrees with the weights. */
  readonly deviation: number;
  /** CR of the matrix if only this judgement (and its reciprocal) were replaced by `nearestScaleValue`. */
  readonly crIfReplaced: number;
}

/** Weights and consistency of one pairwise comparison matrix. */
export interface AhpResult {
  readonly names: readonly string[];
  /** The positive reciprocal matrix used (diagonal 1, a_ji = 1 / a_ij). */
  readonly matrix: readonly (readonly number[])[];
  /** Principal-eigenvector priorities, >= 0, summing to 1, in the order of `names`. */
  readonly weights: readonly number[];
  /** Principal eigenvalue λmax (= n for a perfectly consistent matrix). */
  readonly lambdaMax: number;
  /** Consistency index CI = (λmax − n) / (n − 1); 0 for n <= 2. */
  readonly ci: number;
  /** Random index RI for n from the chosen table. */
  readonly ri: number;
  /** Consistency ratio CR = CI / RI; 0 for n <= 2. */
  readonly cr: number;
  /** Which random-index table gave RI. */
  readonly randomIndex: RandomIndexTable;
  /** CR < 0.10. */
  readonly consistent: boolean;
  /** Power iterations used. */
  readonly iterations: number;
  /** Every judgement above the diagonal, worst (largest deviation) first. */
  readonly judgements: readonly JudgementReview[];
}

/**
 * Analytic hierarchy process weights of one pairwise comparison matrix (Saaty): the principal
 * eigenvector by power iteration (to `tolerance`, at most `maxIterations` steps), normalised to
 * sum 1; λmax; CI = (λmax − n)/(n − 1); CR = CI / RI with RI from the chosen published table;
 * `consistent` when CR < 0.10. Each judgement above the diagonal is reviewed against the weights
 * (the consistent value w_i / w_j, its nearest scale value, and the CR if it were replaced), worst
 * first, so a planner can see which judgement to revisit.
 *
 * Weights are always returned; whether an inconsistent matrix may be used is the caller's decision
 * (see `ahpConsistencyProblem`).
 *
 * @param names criterion names, one per row and column
 * @param matrix judgements: numbers or fractions such as "1/3"; empty cells allowed on and below the diagonal
 * @param options random-index table (default "saaty"), iteration tolerance and cap, reciprocal tolerance
 * @returns weights, λmax, CI, RI, CR, consistency and the judgement review
 * @throws {RangeError} when the matrix is not square, not positive, not reciprocal, off Saaty's scale
 *   (the message names the row and column), or larger than the random-index table covers
 * @throws {Error} if power iteration does not converge within `maxIterations`
 * @example
 * const r = ahpWeights(["cost", "safety"], [[1, 3], ["1/3", 1]]);
 * r.weights     // [0.75, 0.25]
 * r.consistent  // true
 */
export function ahpWeights(
  names: readonly string[],
  matrix: JudgementMatrix,
  options: AhpOptions = {},
): AhpResult {
  const numeric = toPairwiseMatrix(names, matrix, options);
  return ahpFromReciprocal(names, numeric, options);
}

/**
 * `ahpWeights` for a matrix that is already a numeric positive reciprocal matrix (no parsing or
 * scale check). Used for aggregated group matrices. Internal to src/weighting.
 *
 * @param names criterion names
 * @param matrix an n × n positive reciprocal matrix of numbers
 * @param options as for `ahpWeights`
 * @returns as `ahpWeights`
 * @throws {RangeError} when the random-index table does not cover n
 * @throws {Error} if power iteration does not converge within `maxIterations`
 * @example
 * ahpFromReciprocal(["a", "b"], [[1, 2], [0.5, 1]]).weights  // [2/3, 1/3]
 */
export function ahpFromReciprocal(
  names: readonly string[],
  matrix: readonly (readonly number[])[],
  options: AhpOptions = {},
): AhpResult {
  const table = options.randomIndex ?? "saaty";
  const n = names.length;
  const ri = randomIndex(n, table);
  const { weights, lambdaMax, iterations } = principalEigenvector(matrix, options);
  const cr = consistencyRatio(n, lambdaMax, ri);
  const judgements: JudgementReview[] = [];
  for (let i = 0; options.review !== false && i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const given = matrix[i]![j]!;
      const consistentValue = weights[i]! / weights[j]!;
      const nearest = nearestScaleValue(consistentValue);
      let crIfReplaced = cr;
      if (n >= 3 && Math.abs(nearest - given) > 1e-12) {
        const changed = matrix.map((row) => [...row]);
        changed[i]![j] = nearest;
        changed[j]![i] = 1 / nearest;
        crIfReplaced = consistencyRatio(n, principalEigenvector(changed, options).lambdaMax, ri);
      }
      judgements.push({
        row: i,
        rowName: names[i]!,
        column: j,
        columnName: names[j]!,
        given,
        consistentValue,
        nearestScaleValue: nearest,
        deviation: Math.abs(Math.log(given / consistentValue)),
        crIfReplaced,
      });
    }
  }
  // Worst first; ties keep reading order (stable sort), so output is deterministic.
  judgements.sort((a, b) => b.deviation - a.deviation);
  return {
    names: [...names],
    matrix: matrix.map((row) => [...row]),
    weights,
    lambdaMax,
    ci: consistencyIndex(n, lambdaMax),
    ri,
    cr,
    randomIndex: table,
    consistent: cr < CONSISTENCY_THRESHOLD,
    iterations,
    judgements,
  };
}

/** CI = (λmax − n)/(n − 1), clamped at 0 (λmax >= n holds for positive reciprocal matrices; below is rounding). */
function consistencyIndex(n: number, lambdaMax: number): number {
  if (n <= 2) return 0;
  return Math.max(0, (lambdaMax - n) / (n - 1));
}

function consistencyRatio(n: number, lambdaMax: number, ri: number): number {
  const ci = consistencyIndex(n, lambdaMax);
  return ri > 0 ? ci / ri : 0;
}

/**
 * Principal eigenvector (normalised to sum 1) and eigenvalue of a positive matrix by power iteration,
 * started from the row geometric means. λmax = Σ_i (A w)_i at the converged w.
 */
function principalEigenvector(
  matrix: readonly (readonly number[])[],
  options: AhpOptions,
): { weights: number[]; lambdaMax: number; iterations: number } {
  const tolerance = options.tolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 10_000;
  const n = matrix.length;
  let w = normalise(matrix.map((row) => Math.exp(row.reduce((s, a) => s + Math.log(a), 0) / n)));
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const next = normalise(multiply(matrix, w));
    let change = 0;
    for (let i = 0; i < n; i++) change = Math.max(change, Math.abs(next[i]! - w[i]!));
    w = next;
    if (change <= tolerance) {
      const lambdaMax = multiply(matrix, w).reduce((s, v) => s + v, 0);
      return { weights: w, lambdaMax, iterations: iteration };
    }
  }
  throw new Error(`power iteration did not converge to ${tolerance} within ${maxIterations} iterations`);
}

function multiply(matrix: readonly (readonly number[])[], v: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((s, a, j) => s + a * v[j]!, 0));
}

function normalise(v: readonly number[]): number[] {
  const total = v.reduce((s, x) => s + x, 0);
  return v.map((x) => x / total);
}
