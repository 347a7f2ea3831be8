/**
 * Compare, sensitivity and Monte Carlo from in-memory files, each outcome a status: the answer, or every problem of
 * the files. What the pages' analysis worker calls (an `InputError` thrown across the worker boundary would lose its
 * problems). The same functions as the CLI's, on the same loader.
 */
import { loadScenarioSources, type ScenarioSources } from "../run/load-scenario.ts";
import { runScenario } from "../run/run-scenario.ts";
import type { WeightedScenario } from "../run/weigh-scenario.ts";
import { type Bilingual, InputError, type InputProblem } from "../types.ts";
import { compareScenarios, type ScenarioComparison } from "./compare-scenarios.ts";
import { type MonteCarloOptions, type MonteCarloResult, monteCarlo } from "./monte-carlo.ts";
import { type SensitivityOptions, type SensitivityResult, weightSensitivity } from "./weight-sensitivity.ts";

/** The problems of the files, as every outcome below gives them. */
export interface ProblemsOutcome {
  readonly status: "problems";
  readonly problems: readonly InputProblem[];
}

async function loadAll(list: readonly ScenarioSources[]): Promise<WeightedScenario[] | ProblemsOutcome> {
  const problems: InputProblem[] = [];
  const scenarios: WeightedScenario[] = [];
  for (const sources of list) {
    try {
      scenarios.push(await loadScenarioSources(sources));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  return problems.length > 0 ? { status: "problems", problems } : scenarios;
}

async function guarded<T>(run: () => Promise<T>): Promise<T | ProblemsOutcome> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InputError) return { status: "problems", problems: error.problems };
    throw error;
  }
}

/**
 * Loads and runs two or more scenarios and compares them (`compareScenarios`).
 * @throws {RangeError} with fewer than two sources
 * @example (await compareSources([baseline, populationFirst])).status // "compared"
 */
export async function compareSources(
  list: readonly ScenarioSources[],
): Promise<{ readonly status: "compared"; readonly comparison: ScenarioComparison } | ProblemsOutcome> {
  if (list.length < 2) throw new RangeError(`compareSources needs two or more scenarios, got ${list.length}`);
  const loaded = await loadAll(list);
  if (!Array.isArray(loaded)) return loaded;
  return guarded(async () => {
    const runs = [];
    for (const scenario of loaded) runs.push({ scenario, result: await runScenario(scenario) });
    return { status: "compared" as const, comparison: compareScenarios(runs) };
  });
}

/**
 * Loads a scenario and computes its sensitivity to the weights (`weightSensitivity`).
 * @example (await sensitivitySources(baseline)).status // "analysed"
 */
export async function sensitivitySources(
  sources: ScenarioSources,
  options: Omit<SensitivityOptions, "onProgress"> = {},
): Promise<
  | { readonly status: "analysed"; readonly name: Bilingual; readonly result: SensitivityResult }
  | ProblemsOutcome
> {
  const loaded = await loadAll([sources]);
  if (!Array.isArray(loaded)) return loaded;
  const scenario = loaded[0]!;
  return guarded(async () => ({
    status: "analysed" as const,
    name: scenario.name,
    result: await weightSensitivity(scenario, options),
  }));
}

/**
 * Loads a scenario and runs the Monte Carlo (`monteCarlo`); `onProgress` is called after each run.
 * @throws {RangeError} for options out of range (see `monteCarlo`)
 * @example (await simulateSources(baseline, { runs: 10, seed: 1 })).status // "simulated"
 */
export async function simulateSources(
  sources: ScenarioSources,
  options: MonteCarloOptions,
): Promise<
  | { readonly status: "simulated"; readonly name: Bilingual; readonly result: MonteCarloResult }
  | ProblemsOutcome
> {
  const loaded = await loadAll([sources]);
  if (!Array.isArray(loaded)) return loaded;
  const scenario = loaded[0]!;
  return guarded(async () => ({
    status: "simulated" as const,
    name: scenario.name,
    result: await monteCarlo(scenario, options),
  }));
}
