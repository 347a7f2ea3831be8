import type { ApportionOk } from "../allocation/apportion/types.ts";
import { apportionProblem, type ScenarioOutcome } from "../allocation/apportion-problem.ts";
import { buildScenarioProblem, type ScenarioProblem } from "../allocation/scenario-problem.ts";
import { solveAllocation } from "../allocation/solve.ts";
import { InputError } from "../types.ts";
import { computeIndex, type IndexResult, reweighIndex } from "../weighting/weighted-index.ts";
import type { WeightedScenario } from "./weigh-scenario.ts";

/** The index, the problem and the solver's outcome of a scenario: what `runScenario` explains. */
export interface ScenarioSolved {
  readonly index: IndexResult;
  readonly built: ScenarioProblem;
  readonly outcome: ScenarioOutcome;
  /** With a classical method: its result (priority list, next post, tie-break). */
  readonly apportioned?: ApportionOk;
}

/**
 * Index, problem and solve of a scenario, nothing else (no reasons, story or checks): the part of `runScenario` that
 * decides the numbers. `options.names` (township names by id) only word the diagnosis of an infeasible problem;
 * `options.like`, the solve of a scenario with the same data, indicators, category rules, post type and band (only the
 * weights differ), lends its scores (reweighed, `reweighIndex`: the same numbers to the bit) and bounds.
 * @throws {InputError} when the index cannot be computed (the problems, located), as `runScenario`.
 * @example (await solveScenario(baseline)).outcome.status // "optimal"
 */
export async function solveScenario(
  scenario: WeightedScenario,
  options: { readonly names?: ReadonlyMap<string, string>; readonly like?: ScenarioSolved } = {},
): Promise<ScenarioSolved> {
  const { names, like } = options;
  let index: IndexResult;
  if (like !== undefined) index = reweighIndex(scenario.model, like.index);
  else {
    const indexOutcome = computeIndex(scenario.model, scenario.data);
    if (indexOutcome.status === "problems") throw new InputError(indexOutcome.problems);
    index = indexOutcome.result;
  }
  const built = buildScenarioProblem(scenario, index.townships, like?.built.problem.units);
  if (built.conflicts.length > 0)
    return {
      index,
      built,
      outcome: {
        status: "infeasible",
        backend: "exact",
        conflicts: built.conflicts,
        detail: "diagnosed before solving",
      },
    };
  const named = names ?? new Map(scenario.data.townships.map((t) => [t.id, t.name]));
  if (scenario.method === "lp")
    return {
      index,
      built,
      outcome: await solveAllocation(built.problem, {
        solver: scenario.solver,
        timeLimitSeconds: scenario.timeLimitSeconds,
        names: named,
      }),
    };
  const { outcome, apportioned } = apportionProblem(
    built.problem,
    built.demands,
    scenario.method,
    named,
    scenario.source,
  );
  return { index, built, outcome, ...(apportioned !== undefined ? { apportioned } : {}) };
}
