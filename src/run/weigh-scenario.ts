import { InputError, type Scenario } from "../types.ts";
import { deriveWeights, type WeightingReport } from "../weighting/derive-weights.ts";

/** A scenario whose model weights are filled in from its weighting method, with how they were obtained. */
export interface WeightedScenario extends Scenario {
  /** How the weights were obtained (AHP consistency, entropy/CRITIC intermediate values). */
  readonly weighting: WeightingReport;
}

/**
 * Derives a resolved scenario's weights (R5): as written (manual), from AHP judgements, from the county's data
 * (entropy, CRITIC) or a combination. An AHP matrix with CR >= 0.10 blocks unless the scenario accepts it.
 * `reviewJudgements: false` (with `acceptInconsistent` only) skips the per-judgement review of each AHP matrix: the
 * same weights and CRs, empty `judgements` in the report (the Monte Carlo's draws).
 * @throws {InputError} naming the weighting block (model file or the scenario's overrides.weighting) and the judgements to change.
 * @example weighScenario(scenario).weighting.method // "ahp" for expert-weights.yaml
 */
export function weighScenario(
  scenario: Scenario,
  options: { readonly reviewJudgements?: boolean } = {},
): WeightedScenario {
  const derived = deriveWeights(scenario.model, scenario.data, {
    acceptInconsistent: scenario.acceptInconsistent,
    file: scenario.weightingAt.file,
    path: scenario.weightingAt.path,
    ...(options.reviewJudgements !== undefined ? { reviewJudgements: options.reviewJudgements } : {}),
  });
  if (derived.status === "problems") throw new InputError(derived.problems);
  return { ...scenario, model: derived.model, weighting: derived.report };
}
