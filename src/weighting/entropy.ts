import type { Direction } from "../types.ts";
import {
  checkIndicatorTable,
  column,
  type DirectionMap,
  type IndicatorTable,
  minMaxScores,
} from "./indicator-table.ts";

/**
 * How the entropy method turns raw values into proportions p_ij.
 * - `sum`: p_ij = x_ij / Σ_i x_ij on the raw values (benefit indicators, values >= 0); a cost
 *   indicator uses the reciprocals 1/x_ij (values > 0). The international textbook form.
 * - `minmax`: min-max standardisation first — benefit (x − min)/(max − min), cost (max − x)/(max − min)
 *   — then proportions of the scores. The form common in Chinese practice (熵权法).
 */
export type EntropyNormalisation = "sum" | "minmax";

/** Options of `entropyWeights`. */
export interface EntropyOptions {
  /** Required: which proportions (see `EntropyNormalisation`). */
  readonly normalise: EntropyNormalisation;
  /** Cost indicators by name; the others are benefit. */
  readonly directions?: DirectionMap;
}

/** Entropy weights and their intermediate values, one entry per indicator in table order. */
export interface EntropyResult {
  readonly method: "entropy";
  readonly normalise: EntropyNormalisation;
  readonly indicators: readonly string[];
  readonly directions: readonly Direction[];
  /** p_ij, alternatives × indicators (a constant indicator's column is 1/n in every row). */
  readonly proportions: readonly (readonly number[])[];
  /** e_j = −(1/ln n) Σ_i p_ij ln p_ij, with 0 · ln 0 = 0; in [0, 1]. */
  readonly entropy: readonly number[];
  /** d_j = 1 − e_j (degree of divergence). */
  readonly divergence: readonly number[];
  /** w_j = d_j / Σ_k d_k; >= 0, summing to 1. */
  readonly weights: readonly number[];
  /** Indicators that do not vary across alternatives: e = 1, d = 0, weight 0. */
  readonly constant: readonly string[];
}

/**
 * Entropy weight method (熵权法): an indicator whose values are spread evenly across alternatives
 * carries little information (entropy near 1) and gets a small weight; one that separates the
 * alternatives gets a large weight. e_j = −(1/ln n) Σ_i p_ij ln p_ij (0 · ln 0 = 0), d_j = 1 − e_j,
 * w_j = d_j / Σ d.
 *
 * A constant indicator (all alternatives equal, or all zero in `sum` mode) carries no information:
 * its entropy is set to exactly 1 and its weight to 0 — never NaN — and it is listed in `constant`.
 *
 * @param table alternatives × indicators
 * @param options `normalise` ("sum" or "minmax", required) and the cost indicators
 * @returns e_j, d_j, w_j and the proportions, with the normalisation and directions used
 * @throws {RangeError} for a malformed table (names the alternative and indicator), fewer than 2
 *   alternatives, negative values in `sum` mode (or <= 0 for a cost indicator), or when every
 *   indicator is constant (no weights can be derived)
 * @example
 * const r = entropyWeights({ names: ["A", "B"], indicators: ["x", "y"], values: [[1, 5], [3, 5]] }, { normalise: "sum" });
 * r.weights   // [1, 0]  (y is constant)
 * r.constant  // ["y"]
 */
export function entropyWeights(table: IndicatorTable, options: EntropyOptions): EntropyResult {
  const normalise = options.normalise;
  if (normalise !== "sum" && normalise !== "minmax") {
    throw new RangeError(`invalid normalise "${String(normalise)}": expected "sum" or "minmax"`);
  }
  const directions = checkIndicatorTable(table, options.directions);
  const n = table.names.length;
  const m = table.indicators.length;
  const proportionColumns: number[][] = [];
  const entropy: number[] = [];
  const constant: string[] = [];
  for (let j = 0; j < m; j++) {
    const raw = column(table.values, j);
    const direction = directions[j]!;
    const scores =
      normalise === "minmax" ? minMaxScores(raw, direction) : sumScores(table, j, raw, direction);
    const total = scores?.reduce((s, v) => s + v, 0) ?? 0;
    if (scores === undefined || total === 0 || isConstant(scores)) {
      constant.push(table.indicators[j]!);
      proportionColumns.push(new Array<number>(n).fill(1 / n));
      entropy.push(1);
      continue;
    }
    const p = scores.map((v) => v / total);
    proportionColumns.push(p);
    const sum = p.reduce((s, pi) => (pi > 0 ? s + pi * Math.log(pi) : s), 0);
    entropy.push(Math.min(1, Math.max(0, -sum / Math.log(n))));
  }
  const divergence = entropy.map((e) => 1 - e);
  const totalDivergence = divergence.reduce((s, d) => s + d, 0);
  if (!(totalDivergence > 0)) {
    throw new RangeError(
      `every indicator (${table.indicators.join(", ")}) has the same value for all alternatives: the entropy method cannot derive weights`,
    );
  }
  return {
    method: "entropy",
    normalise,
    indicators: [...table.indicators],
    directions,
    proportions: table.names.map((_, i) => proportionColumns.map((p) => p[i]!)),
    entropy,
    divergence,
    weights: divergence.map((d) => d / totalDivergence),
    constant,
  };
}

/** Raw values for `sum` mode: x for benefit (>= 0), 1/x for cost (> 0). */
function sumScores(table: IndicatorTable, j: number, raw: readonly number[], direction: Direction): number[] {
  return raw.map((x, i) => {
    if (direction === "benefit" ? x < 0 : x <= 0) {
      throw new RangeError(
        `value of "${table.names[i]}" for "${table.indicators[j]}" is ${x}: "sum" proportions need ${
          direction === "benefit" ? "values >= 0" : "values > 0 for a cost indicator (its reciprocal is used)"
        }; use "minmax" for such data`,
      );
    }
    return direction === "benefit" ? x : 1 / x;
  });
}

function isConstant(values: readonly number[]): boolean {
  return values.every((v) => v === values[0]);
}
