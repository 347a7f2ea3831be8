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
 * @throws {InputError} naming the weighting block (model file or the scenario's overrides.weighting) and the judgements to change.
 * @example weighScenario(scenario).weighting.method // "ahp" for expert-weights.yaml
 */
export function weighScenario(scenario: Scenario): WeightedScenario {
  const derived = deriveWeights(scenario.model, scenario.data, {
    acceptInconsistent: scenario.acceptInconsistent,
    file: scenario.weightingAt.file,
    path: scenario.weightingAt.path,
  });
  if (derived.status === "problems") throw new InputError(derived.problems);
  return { ...scenario, model: derived.model, weighting: derived.report };
}
