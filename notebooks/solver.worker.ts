/**
 * The pages' solver: a Web Worker hosting the library's solve (HiGHS is synchronous WebAssembly, so
 * solves run here and the page stays responsive). HiGHS loads from the WASM file served beside the pages.
 */
import {
  loadHighs,
  type PlanSolveOutcome,
  type ScenarioSources,
  type SolveOutcome,
  type SweepOutcome,
  type SweepRequest,
  solvePlanSources,
  solveSources,
  sweepSources,
} from "../src/index.ts";
import { highsInitOptions } from "../src/notebook/highs-wasm.ts";
import type { SolverWorkerApi } from "../src/notebook/solve.ts";
import { exposeWorkerApi } from "../src/notebook/worker.ts";

const highs = loadHighs(highsInitOptions);

const api: SolverWorkerApi = {
  /** Resolves and allocates a scenario from in-memory files. */
  async solve(sources: ScenarioSources): Promise<SolveOutcome> {
    await highs;
    return solveSources(sources);
  },
  /** Loads and runs a plan (several post types, `postTypes`) from in-memory files. */
  async solvePlan(sources: ScenarioSources): Promise<PlanSolveOutcome> {
    await highs;
    return solvePlanSources(sources);
  },
  /** Resolves a scenario and solves it at every county total of a range with a chosen method. */
  async sweep(sources: ScenarioSources, request: SweepRequest): Promise<SweepOutcome> {
    await highs;
    return sweepSources(sources, request);
  },
};

export type SolverApi = SolverWorkerApi;

// Pages import only the type of this module (`import type`), so none of it is bundled into a page.
exposeWorkerApi(api);
