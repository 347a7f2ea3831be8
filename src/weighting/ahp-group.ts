import { type AhpOptions, type AhpResult, ahpFromReciprocal } from "./ahp.ts";
import { type JudgementMatrix, toPairwiseMatrix } from "./pairwise-matrix.ts";

/** One expert's pairwise comparison matrix, rows and columns in the order of the criterion names. */
export interface AhpExpertMatrix {
  /** Who gave the judgements, e.g. "expert 1" or a name; unique within the group. */
  readonly name: string;
  readonly matrix: JudgementMatrix;
}

/** Weights of a group of experts: each expert's own result and the result of the combined matrix. */
export interface AhpGroupResult {
  readonly names: readonly string[];
  /** Each expert's weights and CR, in input order. */
  readonly experts: readonly { readonly name: string; readonly result: AhpResult }[];
  /**
   * The result of the element-wise geometric mean of the experts' matrices (aggregation of
   * individual judgements, AIJ). Its `matrix` is the combined matrix; its weights and CR are the
   * group's. With one expert it equals that expert's result.
   */
  readonly combined: AhpResult;
}

/**
 * Combines several experts' pairwise matrices element-wise by the geometric mean (aggregation of
 * individual judgements, AIJ: Aczél & Saaty 1983; Forman & Peniwati 1998) and derives the group's
 * weights and CR from the combined matrix. Each expert's own weights and CR are reported too.
 * The geometric mean of reciprocal matrices is reciprocal, so the combined matrix is a valid AHP matrix.
 *
 * A single criterion needs no judgements: with `names.length === 1` the experts may be empty and
 * the weight is 1.
 *
 * @param names criterion names, one per row and column
 * @param experts one matrix per expert (at least one when there are 2 or more criteria)
 * @param options random-index table, iteration settings, reciprocal tolerance (see `ahpWeights`)
 * @returns per-expert results and the combined result
 * @throws {RangeError} when there is no expert for 2+ criteria, expert names repeat, or a matrix is
 *   invalid (the message names the expert, row and column)
 * @example
 * const g = ahpGroup(["a", "b"], [{ name: "E1", matrix: [[1, 4], ["1/4", 1]] }, { name: "E2", matrix: [[1, 1], [1, 1]] }]);
 * g.combined.matrix[0][1]  // 2 (geometric mean of 4 and 1)
 * g.combined.weights       // [2/3, 1/3]
 */
export function ahpGroup(
  names: readonly string[],
  experts: readonly AhpExpertMatrix[],
  options: AhpOptions = {},
): AhpGroupResult {
  const n = names.length;
  if (n === 1 && experts.length === 0) {
    return { names: [...names], experts: [], combined: ahpFromReciprocal(names, [[1]], options) };
  }
  if (experts.length === 0) {
    throw new RangeError(`no expert matrix for ${n} criteria (${names.join(", ")}): expected at least one`);
  }
  const seen = new Set<string>();
  const numeric = experts.map((expert) => {
    if (seen.has(expert.name))
      throw new RangeError(`expert name "${expert.name}" appears twice: expected unique names`);
    seen.add(expert.name);
    try {
      return toPairwiseMatrix(names, expert.matrix, options);
    } catch (error) {
      if (error instanceof RangeError) throw new RangeError(`expert "${expert.name}": ${error.message}`);
      throw error;
    }
  });
  const results = experts.map((expert, k) => ({
    name: expert.name,
    result: ahpFromReciprocal(names, numeric[k]!, options),
  }));
  const combined = aggregateJudgements(numeric);
  return { names: [...names], experts: results, combined: ahpFromReciprocal(names, combined, options) };
}

/**
 * Element-wise geometric mean of positive reciprocal matrices of the same size (AIJ). Cells above
 * the diagonal are averaged; cells below are set to their exact reciprocals.
 *
 * @param matrices one or more n × n positive reciprocal matrices
 * @returns the combined n × n matrix
 * @throws {RangeError} when the list is empty or sizes differ
 * @example
 * aggregateJudgements([[[1, 4], [1 / 4, 1]], [[1, 1], [1, 1]]])  // [[1, 2], [0.5, 1]]
 */
export function aggregateJudgements(matrices: readonly (readonly (readonly number[])[])[]): number[][] {
  const first = matrices[0];
  if (first === undefined) throw new RangeError("no matrices to combine: expected at least one");
  const n = first.length;
  if (matrices.some((m) => m.length !== n || m.some((row) => row.length !== n))) {
    throw new RangeError(`matrices to combine differ in size: expected all ${n} × ${n}`);
  }
  const result = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const meanLog = matrices.reduce((s, m) => s + Math.log(m[i]![j]!), 0) / matrices.length;
      const value = Math.exp(meanLog);
      result[i]![j] = value;
      result[j]![i] = 1 / value;
    }
  }
  return result;
}
