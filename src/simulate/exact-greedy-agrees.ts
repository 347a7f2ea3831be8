import { allocateExact } from "../allocation/exact.ts";
import { buildScenarioProblem } from "../allocation/scenario-problem.ts";
import type { WeightedScenario } from "../run/weigh-scenario.ts";
import { computeIndex } from "../weighting/weighted-index.ts";

/**
 * Whether the exact greedy on the scenario's problem (ordering rows aside) gives `posts`: then the category ordering
 * binds nowhere and the greedy's allocation is the lexicographic optimum every backend returns (issue 10: HiGHS and
 * javascript-lp-solver solve the MILP, then the exact algorithms choose among its equal optima), so the greedy's
 * breakpoints (`weightBreakpoint`) are the MILP backend's too. False when the index or the problem cannot be built.
 * @example exactGreedyAgrees(baseline, runPosts) // true for the demo baseline (no binding ordering)
 */
export function exactGreedyAgrees(scenario: WeightedScenario, posts: readonly number[]): boolean {
  const index = computeIndex(scenario.model, scenario.data);
  if (index.status !== "computed") return false;
  try {
    const { problem } = buildScenarioProblem(scenario, index.result.townships);
    const greedy = allocateExact(problem.units, problem.total, problem.objective);
    return (
      greedy !== undefined &&
      greedy.posts.length === posts.length &&
      greedy.posts.every((x, j) => x === posts[j])
    );
  } catch {
    return false;
  }
}
