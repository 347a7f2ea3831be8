import { sampleCorrelation, standardDeviation } from "simple-statistics";
import type { Direction } from "../types.ts";
import {
  checkIndicatorTable,
  column,
  type DirectionMap,
  type IndicatorTable,
  minMaxScores,
} from "./indicator-table.ts";

/** Options of `criticWeights`. */
export interface CriticOptions {
  /** Cost indicators by name; the others are benefit. */
  readonly directions?: DirectionMap;
}

/** CRITIC weights and their intermediate values, one entry per indicator in table order. */
export interface CriticResult {
  readonly method: "critic";
  /** Always "minmax": CRITIC standardises each indicator to [0, 1] with its direction. */
  readonly normalise: "minmax";
  readonly indicators: readonly string[];
  readonly directions: readonly Direction[];
  /** σ_j: population standard deviation (divisor n) of the min-max scores; 0 for a constant indicator. */
  readonly standardDeviation: readonly number[];
  /** Pearson r_jk of the min-max scores; `null` where an indicator is constant (undefined correlation). */
  readonly correlation: readonly (readonly (number | null)[])[];
  /** Σ_k (1 − r_jk) over the non-constant indicators k (conflict with the others). */
  readonly conflict: readonly number[];
  /** C_j = σ_j · Σ_k (1 − r_jk) (information content). */
  readonly information: readonly number[];
  /** w_j = C_j / Σ C; >= 0, summing to 1. */
  readonly weights: readonly number[];
  /** Indicators that do not vary across alternatives: σ = 0, weight 0, left out of the others' conflict. */
  readonly constant: readonly string[];
}

/**
 * CRITIC weights (CRiteria Importance Through Intercriteria Correlation; Diakoulaki, Mavrotas &
 * Papayannakis 1995, Computers & Operations Research 22(7) 763–770): each indicator is min-max
 * standardised with its direction; its weight grows with its contrast (standard deviation σ_j)
 * and with its conflict with the other indicators (1 − Pearson r_jk):
 * C_j = σ_j Σ_k (1 − r_jk), w_j = C_j / Σ C.
 *
 * σ is the population standard deviation (divisor n: the alternatives are the whole set judged, not
 * a sample). The choice does not change the weights: sample SD is every σ_j times the same
 * √(n/(n−1)), which cancels in C_j / Σ C.
 *
 * A constant indicator carries no information: σ = 0, weight 0, correlations `null`, and it is left
 * out of the other indicators' conflict sums, so adding a constant column changes no other weight.
 *
 * @param table alternatives × indicators
 * @param options the cost indicators
 * @returns σ_j, r_jk, conflict, C_j and w_j
 * @throws {RangeError} for a malformed table (names the alternative and indicator), fewer than 2
 *   alternatives, or when no weights can be derived (fewer than two varying indicators, or all
 *   varying indicators perfectly correlated)
 * @example
 * const r = criticWeights({ names: ["A", "B", "C"], indicators: ["x", "y"], values: [[1, 1], [2, 3], [3, 2]] });
 * r.weights  // [0.5, 0.5]  (equal σ, same conflict)
 */
export function criticWeights(table: IndicatorTable, options: CriticOptions = {}): CriticResult {
  const directions = checkIndicatorTable(table, options.directions);
  const scores = table.indicators.map((_, j) => minMaxScores(column(table.values, j), directions[j]!));
  const sd = scores.map((s) => (s === undefined ? 0 : standardDeviation(s)));
  const correlation: (number | null)[][] = scores.map((sj, j) =>
    scores.map((sk, k) => {
      if (sj === undefined || sk === undefined) return null;
      if (j === k) return 1;
      return clamp(sampleCorrelation(sj, sk), -1, 1);
    }),
  );
  const conflict = correlation.map((row) => row.reduce<number>((s, r) => (r === null ? s : s + (1 - r)), 0));
  const information = sd.map((s, j) => s * conflict[j]!);
  const total = information.reduce((s, c) => s + c, 0);
  if (!(total > 0)) {
    throw new RangeError(
      `CRITIC cannot derive weights for ${table.indicators.join(", ")}: it needs at least two indicators that vary and are not perfectly correlated`,
    );
  }
  const constant = table.indicators.filter((_, j) => scores[j] === undefined);
  return {
    method: "critic",
    normalise: "minmax",
    indicators: [...table.indicators],
    directions,
    standardDeviation: sd,
    correlation,
    conflict,
    information,
    weights: information.map((c) => c / total),
    constant,
  };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
