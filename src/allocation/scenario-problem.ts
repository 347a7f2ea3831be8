import { presentCategories } from "../data/present-categories.ts";
import type { Scenario } from "../types.ts";
import type { TownshipIndex } from "../weighting/weighted-index.ts";
import { type TownshipBounds, townshipBounds } from "./bounds.ts";
import type { AllocationProblem, AllocationUnit, Conflict, OrderingPair } from "./problem.ts";
import { proportionalTargets } from "./targets.ts";
import { type ScenarioTotals, scenarioTotals } from "./totals.ts";

/** What `buildScenarioProblem` returns: the plain problem plus what explanations need. */
export interface ScenarioProblem {
  readonly problem: AllocationProblem;
  readonly totals: ScenarioTotals;
  /** Conflicts found at the scenario level (R2, reserve); the problem is not solved when there are any. */
  readonly conflicts: readonly Conflict[];
  /** Per township, in data order: index × category coefficient. */
  readonly demands: readonly number[];
  /** Per township: the share of the total by index alone (no category coefficient). */
  readonly plainTargets: readonly number[];
}

/**
 * Turns a scenario (weights derived) and its index into an allocation problem: the totals (R2, R6; totals.ts), the
 * proportional targets (R5 with the category coefficients of R4; targets.ts), each township's bounds (R3 floors, caps,
 * the stability band; bounds.ts) and, when switched on, the category ordering pairs (R4) between neighbouring
 * categories present in the county.
 * `bounds`, when given, are the townships' bounds already made for the same data, category rules, post type and band
 * (many runs that move only the weights): they are used as they are.
 * @throws {InputError} when the index gives a negative or all-zero demand (e.g. z-score normalisation).
 * @example buildScenarioProblem(scenario, index).problem.total // 511 for the demo baseline
 */
export function buildScenarioProblem(
  scenario: Scenario,
  index: readonly TownshipIndex[],
  bounds?: readonly TownshipBounds[],
): ScenarioProblem {
  const { totals, conflicts } = scenarioTotals(scenario);
  const { demands, targets, plainTargets } = proportionalTargets(scenario, index, totals.toAllocate);
  const units: AllocationUnit[] = scenario.data.townships.map((t, j) => ({
    id: t.id,
    category: t.category,
    target: targets[j]!,
    weight: index[j]!.index,
    ...boundsOf(
      bounds?.[j] ??
        townshipBounds(t, scenario.model.categories[t.category], scenario.postType, scenario.band),
    ),
  }));
  const ordering: OrderingPair[] = [];
  if (scenario.model.allocation.ordering) {
    const chain = presentCategories(scenario.data);
    for (let k = 0; k + 1 < chain.length; k++) ordering.push({ higher: chain[k]!, lower: chain[k + 1]! });
  }
  return {
    problem: { total: totals.toAllocate, units, ordering, objective: scenario.model.allocation.objective },
    totals,
    conflicts,
    demands,
    plainTargets,
  };
}

/** Only the bound fields (a unit passed as `bounds` keeps its own target and weight out). */
function boundsOf(b: TownshipBounds): TownshipBounds {
  return { lower: b.lower, upper: b.upper, lowerParts: b.lowerParts, upperParts: b.upperParts };
}
