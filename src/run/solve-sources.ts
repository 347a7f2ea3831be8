/**
 * A run from in-memory files with its outcome as a status: the resolved scenario and its result, or every
 * problem of the files. What the pages' Web Worker calls (an `InputError` thrown across the worker boundary
 * would lose its problems); infeasible settings come back as a result with the diagnosis.
 */
import { InputError, type InputProblem } from "../types.ts";
import { loadScenarioSources, type ScenarioSources } from "./load-scenario.ts";
import { provinceAsResult } from "./province-as-result.ts";
import type { ProvinceResult } from "./province-result.ts";
import type { ScenarioResult } from "./result.ts";
import { isProvinceScenario, runProvince } from "./run-province.ts";
import { runScenario } from "./run-scenario.ts";
import type { WeightedScenario } from "./weigh-scenario.ts";

/**
 * What `solveSources` gives: the resolved scenario and its result, or the problems in the files. For a province's
 * table (a county column) also `province`, the run county by county (`runProvince`, as the CLI's `solve`), and
 * `result` is it as one result (`provinceAsResult`).
 */
export type SolveOutcome =
  | {
      readonly status: "solved";
      readonly scenario: WeightedScenario;
      readonly result: ScenarioResult;
      readonly province?: ProvinceResult;
    }
  | { readonly status: "problems"; readonly problems: readonly InputProblem[] };

/**
 * Resolves and allocates a scenario given as in-memory files; a province's table county by county (`runProvince`). In a browser, load HiGHS first
 * (`loadHighs(highsInitOptions)`) so scenarios with ordering rows find its WASM.
 * @throws only for faults of the program itself (never for bad files or infeasible settings)
 * @example
 * const outcome = await solveSources(sources); if (outcome.status === "solved") outcome.result.townships
 * // the demo baseline: 25 townships, 城厢镇 (T01) first with 46 posts (golden/baseline.json)
 */
export async function solveSources(sources: ScenarioSources): Promise<SolveOutcome> {
  try {
    const scenario = await loadScenarioSources(sources);
    if (isProvinceScenario(scenario)) {
      const province = await runProvince(scenario);
      return { status: "solved", scenario, result: provinceAsResult(province), province };
    }
    return { status: "solved", scenario, result: await runScenario(scenario) };
  } catch (error) {
    if (error instanceof InputError) return { status: "problems", problems: error.problems };
    throw error;
  }
}
