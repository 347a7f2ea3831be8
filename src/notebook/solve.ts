/**
 * The one solve the pages run (in a Web Worker): resolve a scenario from in-memory files, then
 * allocate it. Bad files come back as a status with every problem (an `InputError` thrown across the
 * worker boundary would lose them); infeasible settings come back as a result with the diagnosis.
 */
import {
  allocateScenario,
  InputError,
  type InputProblem,
  type Scenario,
  type ScenarioResult,
  type ScenarioSources,
  scenarioFromSources,
} from "../index.ts";

/** What `solveSources` gives: the resolved scenario and its result, or the problems in the files. */
export type SolveOutcome =
  | { readonly status: "solved"; readonly scenario: Scenario; readonly result: ScenarioResult }
  | { readonly status: "problems"; readonly problems: readonly InputProblem[] };

/**
 * Resolves and allocates a scenario given as in-memory files. In a browser, load HiGHS first
 * (`loadHighs(highsInitOptions)`) so scenarios with ordering rows find its WASM.
 * @throws only for faults of the program itself (never for bad files or infeasible settings)
 * @example const outcome = await solveSources(sources); if (outcome.status === "solved") outcome.result.townships
 */
export async function solveSources(sources: ScenarioSources): Promise<SolveOutcome> {
  try {
    const scenario = await scenarioFromSources(sources);
    return { status: "solved", scenario, result: await allocateScenario(scenario) };
  } catch (error) {
    if (error instanceof InputError) return { status: "problems", problems: error.problems };
    throw error;
  }
}
