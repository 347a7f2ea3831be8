/**
 * What every planner page starts from: the notebook, the language switch, the planner's scenario and data
 * (picker and storage), the solver worker, and — on pages that show a result — the solve of that scenario.
 * The page passes the worker's constructor because Vite bundles a worker only where `new Worker(new URL(…))`
 * is written in the page's own module.
 */
import { type Lang, SOLVE_STOP_LABELS, type SolveOutcome } from "../index.ts";
import { pageLanguage, t } from "./i18n.ts";
import { type PlannerContext, plannerContext } from "./planner-context.ts";
import { type Cell, type Notebook, notebook } from "./runtime.ts";
import { type SolverWorkerApi, solvedScenarioCell } from "./solve.ts";
import { type StoppableClient, stoppableWorkerClient } from "./worker.ts";

/** The cells and clients a planner page is made of. */
export interface PlannerPage {
  readonly nb: Notebook;
  readonly lang: Cell<Lang>;
  readonly planner: PlannerContext;
  /** The solver worker; `stop()` ends a long solve (the status line's stop button does). */
  readonly solver: StoppableClient<SolverWorkerApi>;
}

/** Milliseconds a solve runs before the page says so and offers to stop it. */
export const SOLVING_NOTICE_MS = 400;

/**
 * The line under the context bar while the worker solves (after `SOLVING_NOTICE_MS`): "solving… (n s)" and a stop
 * button that terminates the worker (the page stays usable; the stopped solve says so where its result would be).
 * Never printed.
 */
function solvingStatus(nb: Notebook, lang: Cell<Lang>, solver: StoppableClient<SolverWorkerApi>): void {
  const box = document.createElement("div");
  box.className = "solving-status no-print";
  box.dataset.testid = "solving";
  box.setAttribute("role", "status");
  box.hidden = true;
  const text = document.createElement("span");
  const stop = document.createElement("button");
  stop.type = "button";
  stop.className = "stop-solve";
  box.append(text, stop);
  (document.querySelector('[data-slot="context"]') ?? document.body).append(box);
  let l: Lang = "zh";
  let since = 0;
  let ticker: ReturnType<typeof setInterval> | undefined;
  const draw = (): void => {
    const seconds = Math.floor((Date.now() - since) / 1000);
    text.textContent = t(SOLVE_STOP_LABELS.solving, l, { s: seconds });
    stop.textContent = t(SOLVE_STOP_LABELS.stop, l);
    box.hidden = solver.busy === 0 || Date.now() - since < SOLVING_NOTICE_MS;
  };
  solver.onBusy((busy) => {
    if (busy > 0 && ticker === undefined) {
      since = Date.now();
      ticker = setInterval(draw, 200);
    } else if (busy === 0 && ticker !== undefined) {
      clearInterval(ticker);
      ticker = undefined;
    }
    draw();
  });
  stop.addEventListener("click", () => solver.stop("user"));
  nb.render(
    nb.cell("solvingLang", [lang], (next) => {
      l = next;
      draw();
      return document.createTextNode("");
    }),
    Object.assign(box.appendChild(document.createElement("span")), { hidden: true }),
  );
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
  const solver = stoppableWorkerClient<SolverWorkerApi>(worker);
  solvingStatus(nb, lang, solver);
  if (options.solved === undefined) return { nb, lang, planner, solver };
  return {
    nb,
    lang,
    planner,
    solver,
    outcome: solvedScenarioCell(nb, planner.sources, solver, options.solved),
  };
}
