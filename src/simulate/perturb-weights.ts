/**
 * A scenario with other weights: one factor weight moved (the others renormalised in proportion), every factor and
 * indicator weight replaced, or one AHP judgement changed (the weights then derived again). What the sensitivity
 * and the Monte Carlo run; each returns a new scenario and leaves its input as it was.
 */
import type { WeightedScenario } from "../run/weigh-scenario.ts";
import { weighScenario } from "../run/weigh-scenario.ts";
import type { AhpSpec, WeightingSpec } from "../types.ts";
import { indexWeights } from "../weighting/weighted-index.ts";

/**
 * The scenario's factor weights as the index uses them (renormalised to sum 1), in model order.
 * @example factorWeightsOf(baseline) // [0.15, 0.2, 0.1, 0.35, 0.2] (models/standard.yaml)
 */
export function factorWeightsOf(scenario: WeightedScenario): number[] {
  const weights = indexWeights(scenario.model).factors;
  return scenario.model.factors.map((f) => weights[f.id] ?? 0);
}

/**
 * The scenario with factor `factor` at weight `weight` (of 1) and every other factor's weight scaled by
 * (1 − weight) / (1 − its weight now), so their proportions stay as they were; when the factor holds the whole
 * weight today the others share 1 − weight equally. Within-factor weights are kept.
 * @throws {RangeError} when weight is outside [0, 1] or the factor is not in the model
 * @example factorWeightsOf(withFactorWeight(baseline, "population", 0.45))[0] // location 0.15 × 0.55 / 0.65 = 0.1269…
 */
export function withFactorWeight(
  scenario: WeightedScenario,
  factor: string,
  weight: number,
): WeightedScenario {
  if (!(weight >= 0 && weight <= 1)) throw new RangeError(`a factor weight must be in [0, 1], got ${weight}`);
  const at = scenario.model.factors.findIndex((f) => f.id === factor);
  if (at < 0) throw new RangeError(`no factor "${factor}" in the model`);
  const now = factorWeightsOf(scenario);
  const rest = 1 - now[at]!;
  const others = scenario.model.factors.length - 1;
  const weights = now.map((w, k) => {
    if (k === at) return weight;
    return rest > 0 ? (w * (1 - weight)) / rest : (1 - weight) / others;
  });
  return withWeights(scenario, weights);
}

/**
 * The scenario with these factor weights (model order) and, when given, these within-factor indicator weights
 * (per factor, in model order). Weights are used as given; the index renormalises them.
 * @throws {RangeError} when the lengths do not match the model
 * @example factorWeightsOf(withWeights(baseline, [1, 1, 1, 1, 1])) // [0.2, 0.2, 0.2, 0.2, 0.2]
 */
export function withWeights(
  scenario: WeightedScenario,
  factorWeights: readonly number[],
  indicatorWeights?: readonly (readonly number[])[],
): WeightedScenario {
  const factors = scenario.model.factors;
  if (factorWeights.length !== factors.length) {
    throw new RangeError(`expected ${factors.length} factor weights, got ${factorWeights.length}`);
  }
  return {
    ...scenario,
    model: {
      ...scenario.model,
      factors: factors.map((f, k) => {
        const inner = indicatorWeights?.[k];
        if (inner !== undefined && inner.length !== f.indicators.length) {
          throw new RangeError(`expected ${f.indicators.length} indicator weights for factor ${f.id}`);
        }
        return {
          ...f,
          weight: factorWeights[k]!,
          ...(inner !== undefined
            ? { indicators: f.indicators.map((i, m) => ({ ...i, weight: inner[m]! })) }
            : {}),
        };
      }),
    },
  };
}

/** One AHP judgement of a scenario: the (group) value of row over column in one matrix. */
export interface JudgementRef {
  /** `null` for the matrix of the factors, else the id of the factor whose indicators it compares. */
  readonly factor: string | null;
  /** Row and column (0-based, row < column) and their ids (factor or indicator ids). */
  readonly row: number;
  readonly column: number;
  readonly rowId: string;
  readonly columnId: string;
  /** The group's judgement today: the geometric mean of the experts' values (one expert: the value). */
  readonly value: number;
}

/** The AHP spec of a scenario whose weights come from AHP judgements (`ahp` or `combined`), else undefined. */
export function ahpSpecOf(scenario: WeightedScenario): AhpSpec | undefined {
  const spec = scenario.model.weighting;
  return spec.method === "ahp" || spec.method === "combined" ? spec.ahp : undefined;
}

/**
 * Every judgement above the diagonal of every AHP matrix of the scenario (the factors' matrix first, then each
 * factor's indicators in model order), with the group's value. Empty when the weights do not come from AHP.
 * @example ahpJudgements(expertWeights).length // 11: 10 pairs of 5 factors and 1 pair of the economy's 2 indicators
 */
export function ahpJudgements(scenario: WeightedScenario): JudgementRef[] {
  const ahp = scenario.weighting.ahp;
  if (ahp === undefined || ahpSpecOf(scenario) === undefined) return [];
  const refs: JudgementRef[] = [];
  const add = (factor: string | null, names: readonly string[], matrix: readonly (readonly number[])[]) => {
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        refs.push({
          factor,
          row: i,
          column: j,
          rowId: names[i]!,
          columnId: names[j]!,
          value: matrix[i]![j]!,
        });
      }
    }
  };
  add(null, ahp.factors.names, ahp.factors.combined.matrix);
  for (const f of scenario.model.factors) {
    const group = ahp.indicators[f.id];
    if (group !== undefined && group.names.length > 1) add(f.id, group.names, group.combined.matrix);
  }
  return refs;
}

/**
 * The scenario with one AHP judgement set to `value` (its reciprocal below the diagonal) in the group's matrix,
 * which replaces the experts' matrices of that level (one "group" matrix: the same weights as the experts'
 * geometric mean), and the weights derived again. An inconsistent matrix is accepted (the caller reports the CR).
 * @throws {RangeError} when the scenario's weights do not come from AHP or the value is not > 0
 * @throws {InputError} when the weights cannot be derived (not expected for a positive reciprocal matrix)
 * @example withJudgement(expertWeights, ahpJudgements(expertWeights)[0], 2).weighting.ahp.factors.combined.matrix[0][1] // 2
 */
export function withJudgement(
  scenario: WeightedScenario,
  ref: JudgementRef,
  value: number,
): WeightedScenario {
  const spec = ahpSpecOf(scenario);
  const ahp = scenario.weighting.ahp;
  if (spec === undefined || ahp === undefined)
    throw new RangeError("the scenario's weights are not from AHP");
  if (!(value > 0 && Number.isFinite(value))) throw new RangeError(`a judgement must be > 0, got ${value}`);
  const group = ref.factor === null ? ahp.factors : ahp.indicators[ref.factor];
  if (group === undefined) throw new RangeError(`no AHP matrix for factor ${ref.factor}`);
  const matrix = group.combined.matrix.map((row) => [...row]);
  matrix[ref.row]![ref.column] = value;
  matrix[ref.column]![ref.row] = 1 / value;
  const experts = [{ name: "group", matrix }];
  const next: AhpSpec =
    ref.factor === null
      ? { ...spec, factors: { experts } }
      : { ...spec, indicators: { ...spec.indicators, [ref.factor]: { experts } } };
  const weighting = { ...scenario.model.weighting, ahp: next } as WeightingSpec;
  return weighScenario({ ...scenario, acceptInconsistent: true, model: { ...scenario.model, weighting } });
}
