import type { SolverChoice } from "../types.ts";
import { solveWithHighs } from "./backends/highs.ts";
import { solveWithJsLpSolver } from "./backends/js-lp-solver.ts";
import type { BackendSolution } from "./backends/solution.ts";
import { diagnoseAllocation } from "./diagnose.ts";
import { type AllocationTie, allocateExact } from "./exact.ts";
import { buildAllocationLp, postsVar } from "./linear-model.ts";
import type { AllocationProblem, Conflict } from "./problem.ts";
import { verifyAllocation } from "./verify.ts";

/** The engine that produced an allocation. `highs+exact`: HiGHS fixed the category totals, the greedy placed posts within them. */
export type Backend = "exact" | "highs" | "highs+exact" | "jsLpSolver";

/** Outcome of `solveAllocation`. Infeasible, timed-out and failed solves are statuses, never exceptions. */
export type AllocationOutcome =
  | {
      readonly status: "optimal" | "feasible";
      readonly backend: Backend;
      /** True only when the solver proved optimality; a time-out is "feasible" and false. */
      readonly provenOptimal: boolean;
      /** Whole posts per unit, in the problem's unit order. */
      readonly posts: readonly number[];
      /** Σ |posts − target|. */
      readonly objective: number;
      readonly ties: readonly AllocationTie[];
      readonly detail: string;
    }
  | {
      readonly status: "infeasible";
      readonly backend: Backend;
      readonly conflicts: readonly Conflict[];
      readonly detail: string;
    }
  | { readonly status: "timedOut" | "error"; readonly backend: Backend; readonly detail: string };

export interface SolveOptions {
  /** Default "auto": the exact greedy without ordering rows, HiGHS with them. */
  readonly solver?: SolverChoice;
  /** Time limit for the MILP backends, seconds. Default 30. */
  readonly timeLimitSeconds?: number;
  /** Township names for messages, by id. */
  readonly names?: ReadonlyMap<string, string>;
}

/**
 * Solves an integer allocation problem: Σ x = total, bounds, orderings, least Σ |x − target|.
 * Conflicting settings come back as `infeasible` with a diagnosis naming the constraints and numbers.
 * Every solver answer is checked independently (sum, bounds, integrality, orderings) before it is returned.
 * @example await solveAllocation(problem, { solver: "auto" })
 */
export async function solveAllocation(
  problem: AllocationProblem,
  options: SolveOptions = {},
): Promise<AllocationOutcome> {
  const choice = options.solver ?? "auto";
  const timeLimitSeconds = options.timeLimitSeconds ?? 30;
  const hasOrdering = problem.ordering.length > 0;
  const backend: Backend =
    choice === "jsLpSolver"
      ? "jsLpSolver"
      : choice === "exact" || (choice === "auto" && !hasOrdering)
        ? "exact"
        : "highs";

  const conflicts = diagnoseAllocation(problem, options.names);
  if (conflicts.length > 0)
    return { status: "infeasible", backend, conflicts, detail: "diagnosed before solving" };

  if (backend === "exact") {
    if (hasOrdering) {
      return {
        status: "error",
        backend,
        detail: "the exact greedy does not handle category ordering rows; use solver auto or highs",
      };
    }
    const greedy = allocateExact(problem.units, problem.total);
    if (greedy === undefined) return { status: "error", backend, detail: "bounds cannot meet the total" };
    return checked(problem, {
      status: "optimal",
      backend,
      provenOptimal: true,
      posts: greedy.posts,
      objective: greedy.objective,
      ties: greedy.ties,
      detail: "exact greedy (separable convex costs)",
    });
  }

  const model = buildAllocationLp(problem, { integer: true });
  const solution: BackendSolution =
    backend === "highs"
      ? await solveWithHighs(model, { timeLimitSeconds, relativeGap: 0 })
      : await solveWithJsLpSolver(model, { timeLimitSeconds });
  if (solution.status === "infeasible") {
    return {
      status: "infeasible",
      backend,
      conflicts: [
        {
          kind: "ordering",
          involves: [...new Set(problem.ordering.flatMap((p) => [p.higher, p.lower]))],
          numbers: {},
          message: {
            zh: "按整数编制，类别排序约束与各乡镇上下限无法同时满足（连续情形可行，取整后不可行）",
            en: "with whole posts the category ordering cannot hold within the townships' bounds (it can as a continuous problem)",
          },
        },
      ],
      detail: solution.detail,
    };
  }
  if (solution.status !== "optimal" && solution.status !== "feasible") {
    return {
      status: solution.status === "unbounded" ? "error" : solution.status,
      backend,
      detail: solution.detail,
    };
  }
  const values = solution.values ?? {};
  const raw = problem.units.map((_, j) => values[postsVar(j)] ?? 0);
  const fractional = raw.findIndex((v) => Math.abs(v - Math.round(v)) > 1e-6);
  if (fractional >= 0) {
    return {
      status: "error",
      backend,
      detail: `${solution.detail}: non-integral value ${raw[fractional]} for ${problem.units[fractional]!.id}`,
    };
  }
  // Solver values are integral within 1e-6 (checked above); this only drops floating-point noise.
  let posts = raw.map((v) => Math.round(v));
  let ties: AllocationTie[] = [];
  let used: Backend = backend;
  if (backend === "highs") {
    const polished = polishWithinCategories(problem, posts);
    posts = polished.posts;
    ties = polished.ties;
    used = "highs+exact";
  }
  const objective = problem.units.reduce((s, u, j) => s + Math.abs(posts[j]! - u.target), 0);
  return checked(problem, {
    status: solution.status,
    backend: used,
    provenOptimal: solution.provenOptimal,
    posts,
    objective,
    ties,
    detail: solution.detail,
  });
}

/**
 * The ordering rows involve only category totals, so given the solver's category totals the best placement within
 * each category is the exact greedy. This keeps the objective (never worse) and makes the within-category choice
 * deterministic and explainable instead of an arbitrary vertex among equal-cost ones.
 */
function polishWithinCategories(
  problem: AllocationProblem,
  posts: readonly number[],
): { posts: number[]; ties: AllocationTie[] } {
  const out = [...posts];
  const ties: AllocationTie[] = [];
  const categories = [...new Set(problem.units.map((u) => u.category))];
  for (const category of categories) {
    const members = problem.units.map((u, j) => ({ u, j })).filter(({ u }) => u.category === category);
    const total = members.reduce((s, { j }) => s + posts[j]!, 0);
    const greedy = allocateExact(
      members.map(({ u }) => u),
      total,
    );
    if (greedy === undefined) continue;
    const before = members.reduce((s, { u, j }) => s + Math.abs(posts[j]! - u.target), 0);
    if (greedy.objective > before + 1e-9) continue;
    members.forEach(({ j }, k) => {
      out[j] = greedy.posts[k]!;
    });
    ties.push(...greedy.ties);
  }
  return { posts: out, ties };
}

function checked(
  problem: AllocationProblem,
  outcome: AllocationOutcome & { posts: readonly number[] },
): AllocationOutcome {
  const violations = verifyAllocation(problem, outcome.posts);
  if (violations.length > 0) {
    return {
      status: "error",
      backend: outcome.backend,
      detail: `answer failed verification: ${violations.join("; ")}`,
    };
  }
  return outcome;
}
