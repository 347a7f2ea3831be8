/**
 * What every planner page starts from: the notebook, the language switch, the planner's scenario and data
 * (picker and storage), the solver worker, and — on pages that show a result — the solve of that scenario.
 * The page passes the worker's constructor because Vite bundles a worker only where `new Worker(new URL(…))`
 * is written in the page's own module.
 */
import type { Lang, SolveOutcome } from "../index.ts";
import { pageLanguage } from "./i18n.ts";
import { type PlannerContext, plannerContext } from "./planner-context.ts";
import { type Cell, type Notebook, notebook } from "./runtime.ts";
import { type SolverWorkerApi, solvedScenarioCell } from "./solve.ts";
import { createWorkerClient, type WorkerClient } from "./worker.ts";

/** The cells and clients a planner page is made of. */
export interface PlannerPage {
  readonly nb: Notebook;
  readonly lang: Cell<Lang>;
  readonly planner: PlannerContext;
  readonly solver: WorkerClient<SolverWorkerApi>;
}

/**
 * Sets up a planner page. With `solved`, also the cell that solves the planner's scenario under that name.
 * @example const { nb, lang, planner, outcome } = plannerPage(() => new Worker(new URL("./solver.worker.ts", import.meta.url), { type: "module" }), { solved: "outcome" })
 */
export function plannerPage(
  worker: () => Worker,
  options: { readonly solved: string; readonly picker?: boolean },
): PlannerPage & { readonly outcome: Cell<SolveOutcome> };
export function plannerPage(worker: () => Worker, options?: { readonly picker?: boolean }): PlannerPage;
export function plannerPage(
  worker: () => Worker,
  options: { readonly solved?: string; readonly picker?: boolean } = {},
): PlannerPage & { readonly outcome?: Cell<SolveOutcome> } {
  const nb = notebook();
  const lang = pageLanguage(nb);
  const planner = plannerContext(nb, lang, options.picker === false ? { picker: false } : {});
  const solver = createWorkerClient<SolverWorkerApi>(worker());
  if (options.solved === undefined) return { nb, lang, planner, solver };
  return {
    nb,
    lang,
    planner,
    solver,
    outcome: solvedScenarioCell(nb, planner.sources, solver, options.solved),
  };
}
