import * as solverNamespace from "javascript-lp-solver";
import { JS_LP_MAX_TABLEAU_CELLS } from "../../policy.ts";
import type { LinearModel } from "../linear-model.ts";
import type { BackendSolution } from "./solution.ts";

type JsLpSolver = { Solve: (model: unknown) => unknown };
// The package's types describe its CommonJS face; under ESM (Node and Vite) the solver is the default export.
const solver = (solverNamespace as unknown as { default: JsLpSolver }).default;

/**
 * Solves a LinearModel with javascript-lp-solver (the engine planners asked for).
 * Fine for continuous models; for integer models with coupling rows it was measured unfit (see README).
 * Its trap: after a time-out it returns `feasible: true` with fractional values; the only sign is that
 * `isIntegral` is missing. So an integer model counts as solved only when `isIntegral` is true, and a
 * solution is never reported as proven optimal after the time limit. Its time limit is checked only between
 * branch-and-bound nodes, so a model whose dense tableau (rows, variable bounds counted as rows, × columns) exceeds
 * `maxTableauCells` (default JS_LP_MAX_TABLEAU_CELLS) is status `error` naming that cap, without a solve; a time-out
 * names its time limit (`cap`).
 * @example await solveWithJsLpSolver(model, { timeLimitSeconds: 5 })
 */
export async function solveWithJsLpSolver(
  model: LinearModel,
  options: { readonly timeLimitSeconds: number; readonly maxTableauCells?: number },
): Promise<BackendSolution> {
  const maxCells = options.maxTableauCells ?? JS_LP_MAX_TABLEAU_CELLS;
  const cells = tableauCells(model);
  if (cells > maxCells)
    return {
      status: "error",
      provenOptimal: false,
      detail: `javascript-lp-solver: a tableau of ${cells} cells, more than the cap of ${maxCells}`,
      cap: { kind: "size", unit: "tableauCells", size: cells, limit: maxCells },
    };
  const timeLimit = { cap: { kind: "timeLimit", seconds: options.timeLimitSeconds } as const };
  const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
  const variables: Record<string, Record<string, number>> = {};
  const ints: Record<string, 1> = {};
  for (const v of model.variables) {
    const coefficients: Record<string, number> = { cost: v.cost };
    const bound: { min?: number; max?: number } = {};
    if (Number.isFinite(v.lower) && v.lower !== 0) bound.min = v.lower;
    if (v.lower < 0 && !Number.isFinite(v.lower))
      throw new RangeError(`free variable ${v.name} is not supported`);
    if (Number.isFinite(v.upper)) bound.max = v.upper;
    if (bound.min !== undefined || bound.max !== undefined) {
      constraints[`bound_${v.name}`] = bound;
      coefficients[`bound_${v.name}`] = 1;
    }
    variables[v.name] = coefficients;
    if (v.integer) ints[v.name] = 1;
  }
  for (const row of model.constraints) {
    if (row.lower === row.upper) constraints[row.name] = { equal: row.lower };
    else {
      const bound: { min?: number; max?: number } = {};
      if (Number.isFinite(row.lower)) bound.min = row.lower;
      if (Number.isFinite(row.upper)) bound.max = row.upper;
      constraints[row.name] = bound;
    }
    for (const term of row.terms) {
      const coefficients = variables[term.variable];
      if (coefficients === undefined)
        throw new RangeError(`row ${row.name} names unknown variable ${term.variable}`);
      coefficients[row.name] = (coefficients[row.name] ?? 0) + term.coefficient;
    }
  }
  const integer = Object.keys(ints).length > 0;
  const started = Date.now();
  const timeoutMs = Math.round(options.timeLimitSeconds * 1000);
  const result = solver.Solve({
    optimize: "cost",
    opType: "min",
    constraints,
    variables,
    ...(integer ? { ints } : {}),
    options: { timeout: timeoutMs },
  }) as Record<string, unknown> & {
    feasible: boolean;
    bounded?: boolean;
    result: number;
    isIntegral?: boolean;
  };
  const elapsedMs = Date.now() - started;
  if (!result.feasible) {
    // After a time-out the solver can also claim infeasibility; only trust it when it finished in time.
    return elapsedMs < timeoutMs
      ? { status: "infeasible", provenOptimal: false, detail: "javascript-lp-solver: infeasible" }
      : {
          status: "timedOut",
          provenOptimal: false,
          detail: "javascript-lp-solver: time limit reached",
          ...timeLimit,
        };
  }
  if (result.bounded === false)
    return { status: "unbounded", provenOptimal: false, detail: "javascript-lp-solver: unbounded" };
  const values: Record<string, number> = {};
  for (const v of model.variables) {
    const value = result[v.name];
    values[v.name] = typeof value === "number" ? value : 0;
  }
  if (integer && result.isIntegral !== true) {
    return {
      status: "timedOut",
      provenOptimal: false,
      detail:
        "javascript-lp-solver: stopped without an integral solution (feasible: true but isIntegral missing)",
      ...timeLimit,
    };
  }
  const timedOut = elapsedMs >= timeoutMs;
  return {
    status: timedOut ? "feasible" : "optimal",
    provenOptimal: !timedOut,
    values,
    objective: result.result,
    detail: timedOut ? "javascript-lp-solver: time limit reached" : "javascript-lp-solver: finished",
    ...(timedOut ? timeLimit : {}),
  };
}

/**
 * The cells of the dense tableau javascript-lp-solver builds for a model: (rows + 1) × (columns + 1), a row for every
 * constraint and for every variable with a bound other than 0 ≤ x < ∞ (as `solveWithJsLpSolver` passes them).
 * @example tableauCells({ variables: [{ name: "x", lower: 0, upper: 5, integer: true, cost: 1 }], constraints: [], offset: 0 }) // 4
 */
export function tableauCells(model: LinearModel): number {
  let rows = model.constraints.length;
  for (const v of model.variables)
    if ((Number.isFinite(v.lower) && v.lower !== 0) || Number.isFinite(v.upper)) rows++;
  return (rows + 1) * (model.variables.length + 1);
}
