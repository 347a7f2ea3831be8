import { APPORTION_MAX_LISTED_POSTS } from "../policy.ts";
import { InputError } from "../types.ts";
import { apportionScenarioListTooLong } from "../words/apportion-limit.ts";
import { APPORTION_METHOD_LABELS } from "../words/method-labels.ts";
import { apportion, apportionListLength } from "./apportion/apportion.ts";
import type { ApportionMethod, ApportionOk } from "./apportion/types.ts";
import { diagnoseAllocation } from "./diagnose.ts";
import type { AllocationProblem, Conflict } from "./problem.ts";
import type { AllocationOutcome, Backend } from "./solve.ts";
import { verifyAllocation } from "./verify.ts";

/**
 * Places the posts of a scenario problem by a classical apportionment method: weights are the demands (index ×
 * coefficient), minimums and maximums the townships' bounds. Bound conflicts come back diagnosed as for the LP.
 * @throws {InputError} at the scenario's `total` when Hamilton's take-backs would exceed APPORTION_MAX_LISTED_POSTS (a
 *   divisor method beyond it is computed by bisection on the divisor, its list truncated).
 */
export function apportionProblem(
  problem: AllocationProblem,
  demands: readonly number[],
  method: ApportionMethod,
  names: ReadonlyMap<string, string>,
  source?: string,
): { outcome: ScenarioOutcome; apportioned?: ApportionOk } {
  const conflicts = diagnoseAllocation(problem, names);
  if (conflicts.length > 0) {
    return {
      outcome: {
        status: "infeasible",
        backend: "apportionment",
        conflicts,
        detail: "diagnosed before solving",
      },
    };
  }
  const units = problem.units.map((u, j) => ({
    name: u.id,
    weight: demands[j]!,
    min: u.lower,
    max: u.upper,
  }));
  const listed = apportionListLength(units, problem.total, method);
  if (listed > APPORTION_MAX_LISTED_POSTS) {
    throw new InputError([
      {
        code: "apportion-list-too-long",
        ...(source !== undefined ? { file: source } : {}),
        path: "total",
        found: String(problem.total),
        message: apportionScenarioListTooLong(APPORTION_METHOD_LABELS[method], listed),
      },
    ]);
  }
  const result = apportion(units, problem.total, method);
  if (result.status === "infeasible") {
    const conflict: Conflict = {
      kind: result.minimumSum > result.total ? "lower-above-total" : "upper-below-total",
      involves: [],
      numbers: { minimumSum: result.minimumSum, maximumSum: result.maximumSum, total: result.total },
      message: result.diagnosis,
    };
    return {
      outcome: {
        status: "infeasible",
        backend: "apportionment",
        conflicts: [conflict],
        detail: result.diagnosis.en,
      },
    };
  }
  const posts = result.units.map((u) => u.allocated);
  const violations = verifyAllocation(problem, posts);
  if (violations.length > 0) {
    return { outcome: { status: "error", backend: "apportionment", detail: violations.join("; ") } };
  }
  const ties = result.ties
    .filter((tie) => tie.decisive)
    .flatMap((tie) =>
      tie.awarded.flatMap((taken) =>
        tie.units.filter((u) => !tie.awarded.includes(u)).map((left) => ({ taken, left })),
      ),
    );
  return {
    apportioned: result,
    outcome: {
      status: "optimal",
      backend: "apportionment",
      provenOptimal: true,
      posts,
      objective: problem.units.reduce((s, u, j) => s + Math.abs(posts[j]! - u.target), 0),
      ties,
      detail: `${APPORTION_METHOD_LABELS[method].en}; ${result.tieBreak.en}`,
    },
  };
}

/** What the LP solver or an apportionment method gave, in one shape: a solver outcome whose backend may be a method. */
export type ScenarioOutcome = AllocationOutcome extends infer O
  ? O extends { readonly backend: Backend }
    ? Omit<O, "backend"> & { readonly backend: Backend | "apportionment" }
    : never
  : never;
