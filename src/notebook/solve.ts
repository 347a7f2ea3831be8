/**
 * The pages' side of the solve in the Web Worker: the worker's API (hosted by notebooks/solver.worker.ts,
 * which calls the library's `solveSources` and `sweepSources`) and the cell every page starts from.
 */
import {
  type Bilingual,
  type InputProblem,
  PLAN_PAGE_LABELS,
  PLAN_POST_TYPES,
  type PlanSolveOutcome,
  POST_TYPE_LABELS,
  type ScenarioFile,
  type ScenarioSources,
  SOLVE_STOP_LABELS,
  type SolveOutcome,
  type SweepOutcome,
  type SweepRequest,
} from "../index.ts";
import type { PlannerSources, PlannerSourcesOutcome } from "./planner-sources.ts";
import type { Cell, Notebook } from "./runtime.ts";
import { CallStopped, type StoppableClient, type StopReason, type WorkerClient } from "./worker.ts";

/** The worker API the pages solve through (hosted by notebooks/solver.worker.ts). */
export interface SolverWorkerApi {
  readonly [method: string]: (...args: never[]) => unknown;
  /** Resolves and allocates a scenario from in-memory files. */
  solve(sources: ScenarioSources): Promise<SolveOutcome>;
  /** Loads and runs a plan (several post types, `postTypes`) from in-memory files. */
  solvePlan(sources: ScenarioSources): Promise<PlanSolveOutcome>;
  /** Resolves a scenario and solves it at every county total of a range with a chosen method. */
  sweep(sources: ScenarioSources, request: SweepRequest): Promise<SweepOutcome>;
}

/**
 * Seconds a solve may run in the worker beyond the scenario's `timeLimitSeconds` (loading the solver, reading the
 * files) before the page stops it.
 */
export const TIME_LIMIT_GRACE_SECONDS = 5;

/**
 * The problem that stands where a stopped solve's result would be: stopped by the planner (`solve-stopped`) or past
 * the time limit of `limitSeconds` (`solve-time-limit`), the scenario file named.
 * @example stoppedProblem("user", "baseline.yaml", 30).code // "solve-stopped"
 */
export function stoppedProblem(reason: StopReason, file: string, limitSeconds: number): InputProblem {
  const byLimit = reason === "timeLimit";
  const label = byLimit ? SOLVE_STOP_LABELS.timeLimit : SOLVE_STOP_LABELS.stopped;
  const n = String(limitSeconds);
  return {
    code: byLimit ? "solve-time-limit" : "solve-stopped",
    file,
    message: { zh: label.zh.replace("{n}", n), en: label.en.replace("{n}", n) },
  };
}

/**
 * Solves `sources` in the worker, stopping it when it runs past `limitSeconds` (+ `TIME_LIMIT_GRACE_SECONDS`); a solve
 * stopped that way or by the planner's stop button is a `problems` outcome saying so (code `solve-time-limit` or
 * `solve-stopped`, the scenario file named), never a frozen page.
 * @example const outcome = await solveWithLimit(solver, sources, { limitSeconds: 30, file: "baseline.yaml" });
 */
export async function solveWithLimit(
  solver: WorkerClient<SolverWorkerApi> & Partial<Pick<StoppableClient<SolverWorkerApi>, "stop">>,
  sources: ScenarioSources,
  options: { readonly limitSeconds: number; readonly file: string; readonly signal?: AbortSignal },
): Promise<SolveOutcome> {
  return callWithLimit(solver, "solve", sources, options);
}

/**
 * `solveWithLimit` for a plan (a file with `postTypes`): the worker's `solvePlan`, stopped the same way.
 * @example const outcome = await solvePlanWithLimit(solver, sources, { limitSeconds: 30, file: "whole-policy.yaml" });
 */
export async function solvePlanWithLimit(
  solver: WorkerClient<SolverWorkerApi> & Partial<Pick<StoppableClient<SolverWorkerApi>, "stop">>,
  sources: ScenarioSources,
  options: { readonly limitSeconds: number; readonly file: string; readonly signal?: AbortSignal },
): Promise<PlanSolveOutcome> {
  return callWithLimit(solver, "solvePlan", sources, options);
}

async function callWithLimit<K extends "solve" | "solvePlan">(
  solver: WorkerClient<SolverWorkerApi> & Partial<Pick<StoppableClient<SolverWorkerApi>, "stop">>,
  method: K,
  sources: ScenarioSources,
  options: { readonly limitSeconds: number; readonly file: string; readonly signal?: AbortSignal },
): Promise<Awaited<ReturnType<SolverWorkerApi[K]>>> {
  type Out = Awaited<ReturnType<SolverWorkerApi[K]>>;
  let timedOut = false;
  const timer =
    solver.stop === undefined
      ? undefined
      : setTimeout(
          () => {
            timedOut = true;
            solver.stop?.("timeLimit");
          },
          (options.limitSeconds + TIME_LIMIT_GRACE_SECONDS) * 1000,
        );
  const stopTimer = (): void => clearTimeout(timer);
  options.signal?.addEventListener("abort", stopTimer, { once: true });
  try {
    return (await solver.call(
      method,
      [sources] as never,
      options.signal ? { signal: options.signal } : {},
    )) as Out;
  } catch (error) {
    if (!(error instanceof CallStopped)) throw error;
    const reason = timedOut ? "timeLimit" : error.reason;
    return {
      status: "problems",
      problems: [stoppedProblem(reason, options.file, options.limitSeconds)],
    } as Out;
  } finally {
    stopTimer();
    options.signal?.removeEventListener("abort", stopTimer);
  }
}

/**
 * The cell every page starts from: the planner's current scenario solved in the worker, or the problems in its files.
 * A newer input aborts the call still waiting (see `createWorkerClient`); a solve past the scenario's time limit or
 * stopped by the planner is a problem saying so (`solveWithLimit`). A plan (a file with `postTypes`) is refused with a
 * problem naming the pages that show plans (the Overview, hiring and lending, transition path, offices, township:
 * they start from `solvedPageCell` / `planPageCells`).
 * @example const outcome = solvedScenarioCell(nb, planner.sources, solver);
 */
export function solvedScenarioCell(
  nb: Notebook,
  sources: Cell<PlannerSourcesOutcome>,
  solver: WorkerClient<SolverWorkerApi>,
  name = "outcome",
): Cell<SolveOutcome> {
  return nb.cell(name, [sources], (s, { signal }): Promise<SolveOutcome> | SolveOutcome =>
    s.ok && s.file.postTypes !== undefined
      ? { status: "problems", problems: [planOnlyOnOverview(s)!] }
      : s.ok
        ? solveWithLimit(solver, s.sources, {
            signal,
            limitSeconds: s.file.timeLimitSeconds,
            file: s.fileName,
          })
        : { status: "problems", problems: s.problems },
  );
}

/**
 * The problem a single-type page shows for a plan (a file with `postTypes`): its name and post types, and which
 * pages show it (Overview, hiring and lending, transition path, offices, township); null for a single-type scenario.
 * @example planOnlyOnOverview(sources)?.code // "plan-file" for whole-policy.yaml
 */
export function planOnlyOnOverview(s: PlannerSources): InputProblem | null {
  if (s.file.postTypes === undefined) return null;
  return planProblem(s.fileName, s.label, s.file.postTypes);
}

function planProblem(
  file: string,
  name: Bilingual,
  postTypes: NonNullable<ScenarioFile["postTypes"]>,
): InputProblem {
  const types = PLAN_POST_TYPES.filter((p) => postTypes[p] !== undefined);
  const label = PLAN_PAGE_LABELS.planOnlyOverview;
  const fill = (text: string, lang: "zh" | "en") =>
    text
      .replace("{name}", name[lang])
      .replace("{types}", types.map((p) => POST_TYPE_LABELS[p][lang]).join(lang === "zh" ? "、" : ", "));
  return {
    code: "plan-file",
    file,
    path: "postTypes",
    message: { zh: fill(label.zh, "zh"), en: fill(label.en, "en") },
  };
}
