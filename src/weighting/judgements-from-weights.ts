import { SAATY_MAX, SAATY_MIN } from "../policy.ts";
import { nearestScaleValue } from "./fraction.ts";

/** Largest and smallest judgement of Saaty's scale. */
const SCALE_MAX = SAATY_MAX;
const SCALE_MIN = SAATY_MIN;

/** Options of `judgementsFromWeights`. */
export interface JudgementsFromWeightsOptions {
  /**
   * `"saaty"` (default): each judgement is the value of Saaty's scale (1/9 … 9) nearest to w_i / w_j, the
   * matrix a planner would start from when asked to judge pairs. `"exact"`: the ratio itself, clamped to
   * 1/9 … 9, so the matrix is consistent and gives back the weights (unless a ratio was clamped).
   */
  readonly scale?: "saaty" | "exact";
}

/**
 * The pairwise comparison matrix that a set of weights implies: a_ij = w_i / w_j above the diagonal
 * (snapped to Saaty's scale or kept exact, see `scale`), 1 on the diagonal and the exact reciprocal below,
 * so the result is a positive reciprocal matrix. A weight of 0 against a positive one gives 1/9 (or 9);
 * two weights of 0 give 1.
 *
 * @param weights relative weights (any positive sum), one per criterion, in matrix order
 * @param options `scale`: "saaty" (default) or "exact"
 * @returns the n × n matrix
 * @throws {RangeError} when there are no weights, a weight is negative or not finite, or all are 0
 * @example
 * judgementsFromWeights([0.6, 0.4], { scale: "exact" })  // [[1, 1.5], [2/3, 1]]
 * judgementsFromWeights([0.6, 0.4])                      // [[1, 2], [0.5, 1]]  (1.5 is nearer 2 than 1 on a log scale)
 */
export function judgementsFromWeights(
  weights: readonly number[],
  options: JudgementsFromWeightsOptions = {},
): number[][] {
  const scale = options.scale ?? "saaty";
  if (weights.length === 0) throw new RangeError("judgementsFromWeights(): no weights");
  weights.forEach((w, i) => {
    if (!(Number.isFinite(w) && w >= 0)) {
      throw new RangeError(`judgementsFromWeights(): weight ${i + 1} must be a finite number >= 0, got ${w}`);
    }
  });
  if (!weights.some((w) => w > 0)) throw new RangeError("judgementsFromWeights(): every weight is 0");
  const n = weights.length;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const wi = weights[i]!;
      const wj = weights[j]!;
      const ratio = wi === 0 && wj === 0 ? 1 : wj === 0 ? SCALE_MAX : wi === 0 ? SCALE_MIN : wi / wj;
      const clamped = Math.min(SCALE_MAX, Math.max(SCALE_MIN, ratio));
      const value = scale === "saaty" ? nearestScaleValue(clamped) : clamped;
      matrix[i]![j] = value;
      matrix[j]![i] = 1 / value;
    }
  }
  return matrix;
}
