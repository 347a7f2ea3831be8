import type { WeightedScenario } from "../run/weigh-scenario.ts";
import type { ScenarioFile } from "../scenario/scenario-schema.ts";
import type { AhpSpec, ExpertMatrixSpec, RandomIndexChoice } from "../types.ts";
import type { AhpResult, JudgementReview } from "../weighting/ahp.ts";
import { judgementsFromWeights } from "../weighting/judgements-from-weights.ts";

/** The expert name under which the weights lab writes its factor judgements into a scenario. */
export const AHP_LAB_EXPERT = "权重实验";

/**
 * Factor weights set by one pairwise comparison matrix in the scenario (`overrides.weighting` with
 * `method: ahp`), as the weights lab edits them. See `applyScenarioEdits`.
 */
export interface AhpEdit {
  /**
   * The factors' judgements in the model's factor order: the full n × n positive reciprocal matrix
   * (a_ii = 1, a_ji = 1 / a_ij), usually values of Saaty's scale 1/9 … 9.
   */
  readonly factors: readonly (readonly number[])[];
  /**
   * Judgements of the indicators within each factor with several, by factor id, as the weighting block
   * writes them (`ahpStart(scenario).indicators`: the model's own AHP matrices, or matrices consistent
   * with its within-factor weights).
   */
  readonly indicators: AhpSpec["indicators"];
  /** Random-index table for the consistency ratio. */
  readonly randomIndex: RandomIndexChoice;
  /** Writes `acceptInconsistent: true`: the weights are used even when CR >= 0.10. */
  readonly acceptInconsistent: boolean;
}

/** Where the weights lab's AHP matrix starts for a scenario: `ahpStart`. */
export interface AhpStart {
  /** Factor ids in the model's order (the rows and columns of `matrix`). */
  readonly factors: readonly string[];
  /** The factor matrix to start from, full n × n positive reciprocal. */
  readonly matrix: readonly (readonly number[])[];
  /**
   * `experts`: the scenario's own AHP judgements (several experts combined cell by cell by the geometric
   * mean, as the scenario's weights are computed); `weights`: the value of Saaty's scale nearest to each
   * ratio of the factor weights in use (hand-set, or derived from the data).
   */
  readonly from:
    | { readonly kind: "experts"; readonly names: readonly string[] }
    | { readonly kind: "weights" };
  /** The scenario's random-index table (Saaty's when it has no AHP). */
  readonly randomIndex: RandomIndexChoice;
  /**
   * Indicator judgements for `AhpEdit.indicators`: the model's AHP matrices when it has them, else for
   * each factor with several indicators the exact ratios of its within-factor weights (`"3/2"` for
   * 0.6 : 0.4), which give those weights back.
   */
  readonly indicators: AhpSpec["indicators"];
  /**
   * False when a within-factor weight ratio lay outside 1/9 … 9 (or a weight was 0) and had to be clamped,
   * so the indicators' AHP weights differ from the scenario's.
   */
  readonly indicatorsExact: boolean;
}

/**
 * The AHP matrix the weights lab starts from for a resolved scenario: its own factor judgements when its
 * weighting uses AHP (the experts' geometric mean — the matrix its weights come from), otherwise the
 * nearest Saaty-scale ratios of the factor weights in use; with the indicator judgements to keep.
 *
 * @param scenario a resolved scenario
 * @returns the starting matrix, where it comes from, the random-index table and the indicator judgements
 * @throws never
 * @example
 * ahpStart(baseline).matrix[0]  // [1, 1, 2, 0.5, 1]  (weights 0.15 : 0.20 : 0.10 : 0.35 : 0.20)
 * ahpStart(baseline).indicators // { economy: { experts: [{ name: "权重实验", matrix: [[1, "3/2"], ["2/3", 1]] }] } }
 */
export function ahpStart(scenario: WeightedScenario): AhpStart {
  const { model, weighting } = scenario;
  const factors = model.factors.map((f) => f.id);
  const spec = model.weighting;
  if ((spec.method === "ahp" || spec.method === "combined") && weighting.ahp !== undefined) {
    return {
      factors,
      matrix: weighting.ahp.factors.combined.matrix,
      from: { kind: "experts", names: weighting.ahp.factors.experts.map((e) => e.name) },
      randomIndex: spec.randomIndex,
      indicators: spec.ahp.indicators,
      indicatorsExact: true,
    };
  }
  let exact = true;
  const indicators: Record<string, { readonly experts: readonly ExpertMatrixSpec[] }> = {};
  for (const factor of model.factors) {
    if (factor.indicators.length < 2) continue;
    const weights = factor.indicators.map((i) => i.weight);
    const matrix = judgementsFromWeights(weights, { scale: "exact" });
    const positive = weights.filter((w) => w > 0);
    if (positive.length < weights.length || Math.max(...positive) / Math.min(...positive) > 9 * (1 + 1e-12)) {
      exact = false;
    }
    indicators[factor.id] = {
      experts: [{ name: AHP_LAB_EXPERT, matrix: matrix.map((row) => row.map(judgementCell)) }],
    };
  }
  return {
    factors,
    matrix: judgementsFromWeights(model.factors.map((f) => f.weight)),
    from: { kind: "weights" },
    randomIndex: "saaty",
    indicators,
    indicatorsExact: exact,
  };
}

/** A scenario file's `overrides.weighting` block. */
export type WeightingBlock = NonNullable<NonNullable<ScenarioFile["overrides"]>["weighting"]>;

/**
 * The `overrides.weighting` block that puts an `AhpEdit` into a scenario file: `method: ahp`, its
 * random-index table, the factor matrix as one expert's (`AHP_LAB_EXPERT`, cells written by
 * `judgementCell`) and the indicator judgements as given. Keys in the schema's order; `normalise` is the
 * schema's default (unused by AHP), so the block equals what parsing its YAML gives.
 *
 * @param edit the AHP edit
 * @returns the block, a new object
 * @throws never
 * @example ahpWeightingBlock(edit).ahp.factors.experts[0].matrix[0]  // [1, 1, 2, "1/2", 1]
 */
export function ahpWeightingBlock(edit: AhpEdit): WeightingBlock {
  const indicators = Object.fromEntries(
    Object.entries(edit.indicators).map(([factor, block]) => [
      factor,
      { experts: block.experts.map((e) => ({ name: e.name, matrix: e.matrix.map((row) => [...row]) })) },
    ]),
  );
  return {
    method: "ahp",
    randomIndex: edit.randomIndex,
    ahp: {
      factors: {
        experts: [{ name: AHP_LAB_EXPERT, matrix: edit.factors.map((row) => row.map(judgementCell)) }],
      },
      ...(Object.keys(indicators).length > 0 ? { indicators } : {}),
    },
  };
}

/**
 * A judgement as a matrix cell of a scenario file, the way people write it: whole numbers as numbers (3),
 * reciprocals of whole numbers and other small fractions as text ("1/3", "3/2"), anything else (e.g. a
 * geometric mean such as √2) as the number itself, which YAML keeps to the last digit.
 *
 * @param value a judgement > 0
 * @returns a number or a fraction text that `parseJudgement` reads back to `value` (to 1e-9 relative)
 * @throws {RangeError} when `value` is not finite or <= 0
 * @example
 * judgementCell(3)          // 3
 * judgementCell(1 / 3)      // "1/3"
 * judgementCell(0.6 / 0.4)  // "3/2"
 * judgementCell(Math.SQRT2) // 1.4142135623730951
 */
export function judgementCell(value: number): number | string {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new RangeError(`judgementCell(): a judgement must be a finite number > 0, got ${value}`);
  }
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(a, b);
  const whole = Math.round(value);
  if (whole >= 1 && near(value, whole)) return whole;
  for (let q = 2; q <= 10; q++) {
    const p = Math.round(value * q);
    if (p >= 1 && near(value, p / q)) return `${p}/${q}`;
  }
  return value;
}

/**
 * The judgements to point at in an inconsistent matrix: the `top` worst (largest deviation from what the
 * other judgements imply), the same ones `describeInconsistency` names. Empty when CR < 0.10.
 *
 * @param result an `ahpWeights` result
 * @param top how many at most (default 3)
 * @returns the reviews, worst first
 * @throws never
 * @example worstJudgements(ahpWeights(names, matrix)).map((j) => [j.rowName, j.columnName])
 */
export function worstJudgements(result: AhpResult, top = 3): JudgementReview[] {
  if (result.consistent) return [];
  return result.judgements.filter((j) => j.deviation > 1e-9).slice(0, top);
}
