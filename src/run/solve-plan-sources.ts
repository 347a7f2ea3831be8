/**
 * A plan run (several post types in one scenario file) from in-memory files with its outcome as a status: the
 * weighed plan and its result, or every problem of the files. What the pages' Web Worker calls for a file with
 * `postTypes` (an `InputError` thrown across the worker boundary would lose its problems); a type whose settings
 * admit no allocation keeps its diagnosis in the result.
 */
import { InputError, type InputProblem } from "../types.ts";
import { loadPlanSources, type WeightedPlan } from "./load-plan.ts";
import type { ScenarioSources } from "./load-scenario.ts";
import type { PlanResult } from "./plan-result.ts";
import { runPlan } from "./run-plan.ts";

/** What `solvePlanSources` gives: the weighed plan and its result, or the problems in the files. */
export type PlanSolveOutcome =
  | { readonly status: "solved"; readonly plan: WeightedPlan; readonly result: PlanResult }
  | { readonly status: "problems"; readonly problems: readonly InputProblem[] };

/**
 * Loads and runs a plan given as in-memory files, as `quota-planner solve` and `check` run it (`runPlan` with its
 * default options: the transition path is computed when the file has one). In a browser, load HiGHS first.
 * @throws only for faults of the program itself (never for bad files or infeasible settings)
 * @example
 * const outcome = await solvePlanSources(sources); if (outcome.status === "solved") outcome.result.scenario.postTypes
 * // the demo whole-policy.yaml: ["admin", "institution", "leader"]
 */
export async function solvePlanSources(sources: ScenarioSources): Promise<PlanSolveOutcome> {
  try {
    const plan = await loadPlanSources(sources);
    return { status: "solved", plan, result: await runPlan(plan) };
  } catch (error) {
    if (error instanceof InputError) return { status: "problems", problems: error.problems };
    throw error;
  }
}
