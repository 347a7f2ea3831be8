import { type PolicyCheck, policyChecks } from "../explain/policy-checks.ts";
import { bindingReason, explainUnit, type Reason } from "../explain/reasons.ts";
import {
  type Bilingual,
  type Category,
  InputError,
  type PostType,
  type Scenario,
  type SolverChoice,
} from "../types.ts";
import { computeIndex, type IndexWeights, type IndicatorPart } from "../weighting/weighted-index.ts";
import { buildScenarioProblem, currentPosts, type ScenarioTotals } from "./build-problem.ts";
import { type AllocationTie, allocateExact } from "./exact.ts";
import type { Conflict } from "./problem.ts";
import { type Backend, solveAllocation } from "./solve.ts";

/** One township's line in a result: its numbers and the reasons behind them. */
export interface TownshipResult {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** Today's posts of the post type. */
  readonly current: number;
  /** Weighted index (dimensionless) and its parts by factor and indicator. */
  readonly index: number;
  readonly factorParts: Readonly<Record<string, number>>;
  readonly indicatorParts: readonly IndicatorPart[];
  /** Category coefficient applied (R4). */
  readonly coefficient: number;
  /** Share of the total to allocate, from index × coefficient; sums to 1. */
  readonly share: number;
  /** Share of the total by index alone (no coefficient), posts, fractional. */
  readonly plainTarget: number;
  /** Proportional target, posts, fractional. */
  readonly target: number;
  /** Bounds, whole posts (upper may be null for none). */
  readonly lower: number;
  readonly upper: number | null;
  readonly allocated: number;
  /** allocated − current. */
  readonly change: number;
  /** The step that moved it most from the rounded target, if any. */
  readonly binding: Reason["kind"] | null;
  readonly reasons: readonly Reason[];
}

/** The solver's account of itself. */
export interface SolverReport {
  readonly requested: SolverChoice;
  readonly backend: Backend;
  readonly status: "optimal" | "feasible" | "infeasible" | "timedOut" | "error";
  readonly provenOptimal: boolean;
  /** Σ |allocated − target|, posts; absent without a solution. */
  readonly objective?: number;
  readonly detail: string;
}

/** Everything a scenario produces: reproducible from the scenario file, deterministic to the byte when serialised. */
export interface ScenarioResult {
  readonly scenario: {
    readonly name: Bilingual;
    readonly source: string;
    readonly data: string;
    readonly model: string;
    readonly postType: PostType;
    readonly ordering: boolean;
  };
  readonly totals: ScenarioTotals & { readonly allocated: number | null };
  readonly solver: SolverReport;
  readonly weights: IndexWeights;
  /** Empty when there is no solution. */
  readonly townships: readonly TownshipResult[];
  /** Why there is no solution (status infeasible). */
  readonly conflicts: readonly Conflict[];
  readonly ties: readonly AllocationTie[];
  readonly checks: readonly PolicyCheck[];
}

/**
 * Runs a resolved scenario end to end: index → proportional targets → integer allocation → reasons → checks.
 * Infeasible settings give a result with status "infeasible" and the conflicts; bad data throws InputError.
 * @throws {InputError} when the index cannot be computed from the data (e.g. log of 0).
 * @example const result = await allocateScenario(scenario); result.townships.map((t) => t.allocated)
 */
export async function allocateScenario(scenario: Scenario): Promise<ScenarioResult> {
  const indexOutcome = computeIndex(scenario.model, scenario.data);
  if (!indexOutcome.ok) throw new InputError(indexOutcome.problems);
  const index = indexOutcome.result.townships;
  const built = buildScenarioProblem(scenario, index);
  const { problem, totals } = built;
  const townships = scenario.data.townships;
  const names = new Map(townships.map((t) => [t.id, t.name]));
  const header = {
    name: scenario.name,
    source: scenario.source,
    data: scenario.dataSource,
    model: scenario.modelSource,
    postType: scenario.postType,
    ordering: problem.ordering.length > 0,
  };
  const base = { scenario: header, weights: indexOutcome.result.weights };

  const outcome =
    built.conflicts.length > 0
      ? ({
          status: "infeasible",
          backend: "exact",
          conflicts: built.conflicts,
          detail: "diagnosed before solving",
        } as const)
      : await solveAllocation(problem, {
          solver: scenario.solver,
          timeLimitSeconds: scenario.timeLimitSeconds,
          names,
        });

  if (outcome.status !== "optimal" && outcome.status !== "feasible") {
    return {
      ...base,
      totals: { ...totals, allocated: null },
      solver: {
        requested: scenario.solver,
        backend: outcome.backend,
        status: outcome.status,
        provenOptimal: false,
        detail: outcome.detail,
      },
      townships: [],
      conflicts: outcome.status === "infeasible" ? outcome.conflicts : [],
      ties: [],
      checks: [],
    };
  }

  const posts = outcome.posts;
  const withoutOrdering =
    problem.ordering.length > 0 ? (allocateExact(problem.units, problem.total)?.posts ?? [...posts]) : posts;
  const demandSum = built.demands.reduce((s, d) => s + d, 0);
  const rows: TownshipResult[] = townships.map((t, j) => {
    const unit = problem.units[j]!;
    const coefficient = scenario.model.categories[t.category].coefficient;
    const reasons = explainUnit({
      unit,
      plainTarget: built.plainTargets[j]!,
      coefficient,
      withoutOrdering: withoutOrdering[j]!,
      allocated: posts[j]!,
    });
    const current = currentPosts(scenario, t);
    return {
      id: t.id,
      name: t.name,
      category: t.category,
      current,
      index: index[j]!.index,
      factorParts: index[j]!.factorParts,
      indicatorParts: index[j]!.indicatorParts,
      coefficient,
      share: built.demands[j]! / demandSum,
      plainTarget: built.plainTargets[j]!,
      target: unit.target,
      lower: unit.lower,
      upper: Number.isFinite(unit.upper) ? unit.upper : null,
      allocated: posts[j]!,
      change: posts[j]! - current,
      binding: bindingReason(reasons) ?? null,
      reasons,
    };
  });
  const allocatedSum = posts.reduce((s, x) => s + x, 0);
  return {
    ...base,
    totals: { ...totals, allocated: allocatedSum },
    solver: {
      requested: scenario.solver,
      backend: outcome.backend,
      status: outcome.status,
      provenOptimal: outcome.provenOptimal,
      objective: outcome.objective,
      detail: outcome.detail,
    },
    townships: rows,
    conflicts: [],
    ties: outcome.ties,
    checks: policyChecks(scenario, totals, posts),
  };
}
