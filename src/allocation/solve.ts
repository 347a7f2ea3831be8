import { MILP_MAX_UNIT_STEPS } from "../policy.ts";
import type { Bilingual, SolverChoice } from "../types.ts";
import { solverCapMessage } from "../words/solver-cap.ts";
import { solveWithHighs } from "./backends/highs.ts";
import { solveWithJsLpSolver } from "./backends/js-lp-solver.ts";
import type { BackendSolution } from "./backends/solution.ts";
import { diagnoseAllocation } from "./diagnose.ts";
import { type AllocationTie, allocateExact } from "./exact.ts";
import { buildAllocationLp, postsVar, unitStepCount } from "./linear-model.ts";
import { chainRange, solveOrderingChain } from "./ordering-chain.ts";
import type { AllocationProblem, Conflict } from "./problem.ts";
import { objectiveValue, PROBLEM_DEFAULT_OBJECTIVE } from "./step-cost.ts";
import { verifyAllocation } from "./verify.ts";

/**
 * The engine that produced an allocation. `exact`: the greedy (no ordering rows, or rows the greedy's answer already
 * meets); `exact+ordering`: the exact decomposition of the ordering chain (category totals by branch and bound, the
 * greedy within them); `highs+exact`: HiGHS solved the MILP, the exact algorithms then chose among its equal optima by
 * the tie-break (and confirmed its objective).
 */
export type Backend = "exact" | "exact+ordering" | "highs" | "highs+exact" | "jsLpSolver";

/** Outcome of `solveAllocation`. Infeasible, timed-out and failed solves are statuses, never exceptions. */
export type AllocationOutcome =
  | {
      readonly status: "optimal" | "feasible";
      readonly backend: Backend;
      /** True only when the solver proved optimality; a time-out is "feasible" and false. */
      readonly provenOptimal: boolean;
      /** Whole posts per unit, in the problem's unit order. */
      readonly posts: readonly number[];
      /** The value of the problem's objective: Σ |posts − target|, or Σ (posts − target)²/target (`least-squares-relative`). */
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
  | {
      readonly status: "timedOut" | "error";
      readonly backend: Backend;
      readonly detail: string;
      /** The cap the solver ran into (its time limit, or a size cap), in both languages, when that is why. */
      readonly message?: Bilingual;
    };

export interface SolveOptions {
  /**
   * Default "auto": the exact algorithms (the greedy; with ordering rows the exact decomposition of the chain), HiGHS
   * only for ordering rows that do not form one chain. "exact" never falls back; "highs" and "jsLpSolver" solve the
   * MILP and then break its ties as the exact algorithms do.
   */
  readonly solver?: SolverChoice;
  /** Time limit, seconds, for every path (the MILP backends and the search of the ordering chain). Default 30. */
  readonly timeLimitSeconds?: number;
  /** Township names for messages, by id. */
  readonly names?: ReadonlyMap<string, string>;
}

/**
 * Solves an integer allocation problem: Σ x = total, bounds, orderings; least Σ |x − target|, then least
 * Σ (x − target)² / target, then unit order (ties that survive are reported). Every path gives that same
 * lexicographic optimum. Under `problem.objective: "least-squares-relative"` the objective is Σ (x − target)²/target
 * alone; the MILP backends then get it as an LP over unit steps (`buildAllocationLp`), up to MILP_MAX_UNIT_STEPS
 * step variables (beyond: status `error` saying so). Conflicting settings come back as `infeasible` with a diagnosis naming the constraints and
 * numbers. Every answer is checked independently (sum, bounds, integrality, orderings) before it is returned.
 * @example await solveAllocation(problem, { solver: "auto" })
 */
export async function solveAllocation(
  problem: AllocationProblem,
  options: SolveOptions = {},
): Promise<AllocationOutcome> {
  const started = performance.now();
  const choice = options.solver ?? "auto";
  const timeLimitSeconds = options.timeLimitSeconds ?? 30;
  const deadline = started + timeLimitSeconds * 1000;
  const hasOrdering = problem.ordering.length > 0;
  const milp: Backend | undefined =
    choice === "jsLpSolver" ? "jsLpSolver" : choice === "highs" ? "highs" : undefined;
  const named: Backend = milp ?? (hasOrdering ? "exact+ordering" : "exact");
  const objectiveName = problem.objective ?? PROBLEM_DEFAULT_OBJECTIVE;
  const steps = objectiveName === "least-squares-relative" ? unitStepCount(problem) : 0;
  const tooManySteps = `the ${objectiveName} model for the MILP backends needs ${steps} unit-step variables, more than ${MILP_MAX_UNIT_STEPS}`;
  const stepsCap = (solver: "highs" | "jsLpSolver") =>
    solverCapMessage(solver, { kind: "size", unit: "unitSteps", size: steps, limit: MILP_MAX_UNIT_STEPS });
  if (milp !== undefined && steps > MILP_MAX_UNIT_STEPS)
    return {
      status: "error",
      backend: milp,
      detail: tooManySteps,
      message: stepsCap(milp === "jsLpSolver" ? "jsLpSolver" : "highs"),
    };

  const conflicts = diagnoseAllocation(problem, options.names);
  if (conflicts.length > 0)
    return { status: "infeasible", backend: named, conflicts, detail: "diagnosed before solving" };

  if (milp === undefined) {
    const exact = solveExactly(problem, { deadline });
    if (exact.status !== "notCovered") return finish(problem, exact, exact.backend);
    if (choice === "exact" || steps > MILP_MAX_UNIT_STEPS)
      return {
        status: "error",
        backend: named,
        detail: `the exact algorithms do not cover this problem: ${exact.reason}${choice === "exact" ? "" : `; ${tooManySteps}`}`,
        ...(choice === "exact" ? {} : { message: stepsCap("highs") }),
      };
  }

  const backend: Backend = milp ?? "highs";
  const model = buildAllocationLp(problem, { integer: true });
  const seconds = Math.max(0.001, (deadline - performance.now()) / 1000);
  const solution: BackendSolution =
    backend === "jsLpSolver"
      ? await solveWithJsLpSolver(model, { timeLimitSeconds: seconds })
      : await solveWithHighs(model, { timeLimitSeconds: seconds, relativeGap: 0 });
  if (solution.status === "infeasible") {
    return {
      status: "infeasible",
      backend,
      conflicts: [integerOrderingConflict(problem)],
      detail: solution.detail,
    };
  }
  if (solution.status !== "optimal" && solution.status !== "feasible") {
    return {
      status: solution.status === "unbounded" ? "error" : solution.status,
      backend,
      detail: solution.detail,
      ...(solution.cap !== undefined
        ? {
            message: solverCapMessage(
              backend === "jsLpSolver" ? "jsLpSolver" : "highs",
              // The backend had what was left of the time limit; the person set the whole of it.
              solution.cap.kind === "timeLimit"
                ? { kind: "timeLimit", seconds: timeLimitSeconds }
                : solution.cap,
            ),
          }
        : {}),
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
  const posts = raw.map((v) => Math.round(v));
  const solverAnswer = checked(problem, {
    status: solution.status,
    backend,
    provenOptimal: solution.provenOptimal,
    posts,
    objective: objectiveOf(problem, posts),
    ties: [],
    detail: solution.detail,
  });
  if (solverAnswer.status !== "optimal" && solverAnswer.status !== "feasible") return solverAnswer;
  // The MILP of the absolute objective knows only Σ |x − t| (that of least-squares-relative the whole objective, but not
  // the unit order): among its equal optima, the exact algorithms take the tie-break's (seeded with the
  // solver's answer, which bounds their search). Where they do not cover the problem, polish within categories.
  const exact = solveExactly(problem, { deadline, incumbent: posts });
  if (exact.status === "optimal") {
    const objective = objectiveOf(problem, exact.posts);
    if (objective > solverAnswer.objective + 1e-9 * Math.max(1, solverAnswer.objective))
      return {
        status: "error",
        backend,
        detail: `${solution.detail}: the exact algorithms found Σ|x − t| = ${objective}, above the solver's ${solverAnswer.objective}`,
      };
    return checked(problem, {
      status: solution.status,
      backend: "highs+exact",
      provenOptimal: solution.provenOptimal,
      posts: exact.posts,
      objective,
      ties: exact.ties,
      detail: `${solution.detail}; the tie-break by ${exact.backend}`,
    });
  }
  const polished = polishWithinCategories(problem, posts);
  return checked(problem, {
    status: solution.status,
    backend: backend === "highs" ? "highs+exact" : backend,
    provenOptimal: solution.provenOptimal,
    posts: polished.posts,
    objective: objectiveOf(problem, polished.posts),
    ties: polished.ties,
    detail:
      exact.status === "notCovered"
        ? `${solution.detail}; the tie-break within categories only (${exact.reason})`
        : `${solution.detail}; the tie-break within categories only (the exact search: ${exact.status})`,
  });
}

const objectiveOf = (problem: AllocationProblem, posts: readonly number[]) =>
  objectiveValue(problem.units, posts, problem.objective ?? PROBLEM_DEFAULT_OBJECTIVE);

/** What the exact algorithms give, before checking. */
type ExactResult =
  | {
      readonly status: "optimal";
      readonly backend: "exact" | "exact+ordering";
      readonly posts: number[];
      readonly ties: readonly AllocationTie[];
      readonly detail: string;
    }
  | {
      readonly status: "infeasible";
      readonly backend: "exact+ordering";
      readonly conflict: Conflict;
      readonly detail: string;
    }
  | {
      readonly status: "timedOut";
      readonly backend: "exact+ordering";
      readonly posts?: number[];
      readonly detail: string;
    }
  | { readonly status: "notCovered"; readonly reason: string };

/**
 * The exact lexicographic optimum without a MILP. Without ordering rows: the greedy. With them: the greedy on the
 * pooled problem when its answer already meets the rows (the rows cut nothing better away), else the exact
 * decomposition of the chain (`solveOrderingChain`).
 */
function solveExactly(
  problem: AllocationProblem,
  options: { readonly deadline: number; readonly incumbent?: readonly number[] },
): ExactResult {
  const greedy = allocateExact(problem.units, problem.total, problem.objective);
  if (greedy === undefined) return { status: "notCovered", reason: "bounds cannot meet the total" };
  if (problem.ordering.length === 0)
    return {
      status: "optimal",
      backend: "exact",
      posts: greedy.posts,
      ties: greedy.ties,
      detail: "exact greedy (separable convex costs)",
    };
  if (verifyAllocation(problem, greedy.posts).length === 0) {
    return {
      status: "optimal",
      backend: "exact",
      posts: greedy.posts,
      ties: greedy.ties.filter((tie) => swapKeepsOrdering(problem, greedy.posts, tie)),
      detail: "exact greedy; its answer meets the category ordering, which therefore binds nowhere",
    };
  }
  const chain = solveOrderingChain(problem, options);
  switch (chain.status) {
    case "notCovered":
      return chain;
    case "overBudget":
      return {
        status: "notCovered",
        reason: `the search of the ordering chain used up its budget (${chain.visits} nodes, ${chain.work} townships through the greedy)`,
      };
    case "optimal":
      return {
        status: "optimal",
        backend: "exact+ordering",
        posts: chain.posts,
        ties: chain.ties,
        detail: `exact decomposition: category totals ${chain.totals.join(", ")} by branch and bound, the greedy within each category`,
      };
    case "infeasible":
      return {
        status: "infeasible",
        backend: "exact+ordering",
        conflict: integerOrderingConflict(problem),
        detail: `whole-number chain range ${chain.range.leastSum}..${chain.range.greatestSum}${chain.range.feasible ? "" : " (empty)"}, total ${problem.total}`,
      };
    case "timedOut":
      return {
        status: "timedOut",
        backend: "exact+ordering",
        ...(chain.posts !== undefined ? { posts: chain.posts } : {}),
        detail: "the search of the ordering chain reached the time limit",
      };
  }
}

/** The outcome of the exact algorithms, checked; a time-out with an answer is "feasible", not proven. */
function finish(
  problem: AllocationProblem,
  exact: Exclude<ExactResult, { status: "notCovered" }>,
  backend: Backend,
) {
  if (exact.status === "infeasible")
    return { status: "infeasible", backend, conflicts: [exact.conflict], detail: exact.detail } as const;
  if (exact.status === "timedOut") {
    if (exact.posts === undefined) return { status: "timedOut", backend, detail: exact.detail } as const;
    return checked(problem, {
      status: "feasible",
      backend,
      provenOptimal: false,
      posts: exact.posts,
      objective: objectiveOf(problem, exact.posts),
      ties: [],
      detail: exact.detail,
    });
  }
  return checked(problem, {
    status: "optimal",
    backend,
    provenOptimal: true,
    posts: exact.posts,
    objective: objectiveOf(problem, exact.posts),
    ties: exact.ties,
    detail: exact.detail,
  });
}

/** Whether moving one post from the tie's `taken` township to its `left` one keeps every ordering row. */
function swapKeepsOrdering(
  problem: AllocationProblem,
  posts: readonly number[],
  tie: AllocationTie,
): boolean {
  const from = problem.units.findIndex((u) => u.id === tie.taken);
  const to = problem.units.findIndex((u) => u.id === tie.left);
  if (from < 0 || to < 0 || problem.units[from]!.category === problem.units[to]!.category) return true;
  const swapped = [...posts];
  swapped[from]! -= 1;
  swapped[to]! += 1;
  return verifyAllocation(problem, swapped).length === 0;
}

/** The conflict when the ordering cannot hold in whole posts although it can as a continuous problem. */
function integerOrderingConflict(problem: AllocationProblem): Conflict {
  const range = chainRange(problem);
  return {
    kind: "ordering",
    involves: [...new Set(problem.ordering.flatMap((p) => [p.higher, p.lower]))],
    numbers:
      range === undefined ? {} : { need: range.leastSum, allow: range.greatestSum, total: problem.total },
    message: {
      zh: "按整数编制，类别排序约束与各乡镇上下限无法同时满足（连续情形可行，取整后不可行）",
      en: "with whole posts the category ordering cannot hold within the townships' bounds (it can as a continuous problem)",
    },
  };
}

/**
 * The ordering rows involve only category totals, so given the solver's category totals the best placement within
 * each category is the exact greedy. This keeps the objective (never worse) and makes the within-category choice
 * deterministic and explainable instead of an arbitrary vertex among equal-cost ones. Used only where the exact
 * decomposition does not cover the problem (ordering rows that are not one chain).
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
    const objective = problem.objective ?? PROBLEM_DEFAULT_OBJECTIVE;
    const greedy = allocateExact(
      members.map(({ u }) => u),
      total,
      objective,
    );
    if (greedy === undefined) continue;
    const before = objectiveValue(
      members.map(({ u }) => u),
      members.map(({ j }) => posts[j]!),
      objective,
    );
    if (greedy.objective > before + 1e-9) continue;
    members.forEach(({ j }, k) => {
      out[j] = greedy.posts[k]!;
    });
    for (const tie of greedy.ties) ties.push(tie);
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
