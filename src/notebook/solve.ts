/**
 * The pages' side of the solve in the Web Worker: the worker's API (hosted by notebooks/solver.worker.ts,
 * which calls the library's `solveSources` and `sweepSources`) and the cell every page starts from.
 */
import type { ScenarioSources, SolveOutcome, SweepOutcome, SweepRequest } from "../index.ts";
import type { PlannerSourcesOutcome } from "./planner-sources.ts";
import type { Cell, Notebook } from "./runtime.ts";
import type { WorkerClient } from "./worker.ts";

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
