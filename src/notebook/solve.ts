/**
 * The one solve the pages run (in a Web Worker): resolve a scenario from in-memory files, then
 * allocate it. Bad files come back as a status with every problem (an `InputError` thrown across the
 * worker boundary would lose them); infeasible settings come back as a result with the diagnosis.
 */
import {
  type AllocationMethod,
  type Bilingual,
  type Category,
  InputError,
  type InputProblem,
  loadScenarioSources,
  runScenario,
  type ScenarioResult,
  type ScenarioSources,
  type SweepResult,
  sweepTotals,
  type WeightedScenario,
} from "../index.ts";
import type { PlannerSourcesOutcome } from "./planner-sources.ts";
import type { Cell, Notebook } from "./runtime.ts";
import type { WorkerClient } from "./worker.ts";

/** What `solveSources` gives: the resolved scenario and its result, or the problems in the files. */
export type SolveOutcome =
  | { readonly status: "solved"; readonly scenario: WeightedScenario; readonly result: ScenarioResult }
  | { readonly status: "problems"; readonly problems: readonly InputProblem[] };

/**
 * Resolves and allocates a scenario given as in-memory files. In a browser, load HiGHS first
 * (`loadHighs(highsInitOptions)`) so scenarios with ordering rows find its WASM.
 * @throws only for faults of the program itself (never for bad files or infeasible settings)
 * @example const outcome = await solveSources(sources); if (outcome.status === "solved") outcome.result.townships
 */
export async function solveSources(sources: ScenarioSources): Promise<SolveOutcome> {
  try {
    const scenario = await loadScenarioSources(sources);
    return { status: "solved", scenario, result: await runScenario(scenario) };
  } catch (error) {
    if (error instanceof InputError) return { status: "problems", problems: error.problems };
    throw error;
  }
}

/** What the sweep page asks the worker: a method and a range of county totals. */
export interface SweepRequest {
  /** The allocation method to sweep with (may differ from the scenario's). */
  readonly method: AllocationMethod;
  /** First and last county total, whole posts, first <= last. */
  readonly from: number;
  readonly to: number;
}

/** What `sweepSources` gives: the sweep with what the page shows about it, or the problems in the files. */
export type SweepOutcome =
  | {
      readonly status: "swept";
      readonly name: Bilingual;
      readonly method: AllocationMethod;
      /** The scenario has category ordering rows, which the classical method asked for does not use. */
      readonly orderingOff: boolean;
      readonly townships: readonly {
        readonly id: string;
        readonly name: string;
        readonly category: Category;
      }[];
      readonly sweep: SweepResult;
    }
  | { readonly status: "problems"; readonly problems: readonly InputProblem[] };

/**
 * Resolves a scenario from in-memory files and solves it at every county total of the request's range
 * with the request's method (`sweepTotals`), flagging every Alabama-paradox case. A classical method is
 * swept without the scenario's ordering rows (it has none; `orderingOff` says so); the LP keeps them.
 * @throws {RangeError} when the range is not whole totals with from <= to (see `sweepTotals`)
 * @example const outcome = await sweepSources(sources, { method: "webster", from: 511, to: 571 })
 */
export async function sweepSources(sources: ScenarioSources, request: SweepRequest): Promise<SweepOutcome> {
  let scenario: WeightedScenario;
  try {
    scenario = await loadScenarioSources(sources);
  } catch (error) {
    if (error instanceof InputError) return { status: "problems", problems: error.problems };
    throw error;
  }
  const orderingOff = request.method !== "lp" && scenario.model.allocation.ordering;
  const swept: WeightedScenario = {
    ...scenario,
    method: request.method,
    ...(orderingOff
      ? { model: { ...scenario.model, allocation: { ...scenario.model.allocation, ordering: false } } }
      : {}),
  };
  try {
    return {
      status: "swept",
      name: scenario.name,
      method: request.method,
      orderingOff,
      townships: scenario.data.townships.map((tw) => ({ id: tw.id, name: tw.name, category: tw.category })),
      sweep: await sweepTotals(swept, request.from, request.to),
    };
  } catch (error) {
    if (error instanceof InputError) return { status: "problems", problems: error.problems };
    throw error;
  }
}

/** The worker API the pages solve through (hosted by notebooks/solver.worker.ts). */
export interface SolverWorkerApi {
  readonly [method: string]: (...args: never[]) => unknown;
  /** Resolves and allocates a scenario from in-memory files. */
  solve(sources: ScenarioSources): Promise<SolveOutcome>;
  /** Resolves a scenario and solves it at every county total of a range with a chosen method. */
  sweep(sources: ScenarioSources, request: SweepRequest): Promise<SweepOutcome>;
}

/**
 * The cell every page starts from: the planner's current scenario solved in the worker, or the problems in its files.
 * A newer input aborts the call still waiting (see `createWorkerClient`).
 * @example const outcome = solvedScenarioCell(nb, planner.sources, solver);
 */
export function solvedScenarioCell(
  nb: Notebook,
  sources: Cell<PlannerSourcesOutcome>,
  solver: WorkerClient<SolverWorkerApi>,
  name = "outcome",
): Cell<SolveOutcome> {
  return nb.cell(name, [sources], (s, { signal }): Promise<SolveOutcome> | SolveOutcome =>
    s.ok ? solver.call("solve", [s.sources], { signal }) : { status: "problems", problems: s.problems },
  );
}
