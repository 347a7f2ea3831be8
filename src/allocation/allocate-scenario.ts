import { type PolicyCheck, policyChecks } from "../explain/policy-checks.ts";
import { bindingReason, explainUnit, type Reason } from "../explain/reasons.ts";
import {
  type AllocationMethod,
  type Bilingual,
  type Category,
  InputError,
  type PostType,
  type Scenario,
  type SolverChoice,
} from "../types.ts";
import type { WeightingReport } from "../weighting/derive-weights.ts";
import { computeIndex, type IndexWeights, type IndicatorPart } from "../weighting/weighted-index.ts";
import type { LabelledModel } from "../words/factor-label.ts";
import { APPORTION_METHOD_LABELS } from "../words/method-labels.ts";
import { apportion } from "./apportion/apportion.ts";
import { describeLastPost } from "./apportion/last-post.ts";
import type {
  ApportionMethod,
  ApportionOk,
  DivisorRange,
  NextPost,
  PriorityEntry,
} from "./apportion/types.ts";
import { buildScenarioProblem, currentPosts, type ScenarioTotals } from "./build-problem.ts";
import { diagnoseAllocation } from "./diagnose.ts";
import { type AllocationTie, allocateExact } from "./exact.ts";
import type { AllocationProblem, Conflict } from "./problem.ts";
import { type AllocationOutcome, type Backend, solveAllocation } from "./solve.ts";
import { verifyAllocation } from "./verify.ts";

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
  /** `apportionment` when a classical method placed the posts (computed exactly; "optimal" then means exact). */
  readonly backend: Backend | "apportionment";
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
    readonly method: AllocationMethod;
    /** The model's factors and indicators with their display names, for reports (`factorLabel`, `indicatorLabel`). */
    readonly factors: LabelledModel["factors"];
  };
  /** How the weights were obtained (AHP consistency, entropy/CRITIC values). */
  readonly weighting: WeightingReport;
  /** With a classical apportionment method: the order posts were handed out and who gets the next one (units by id). */
  readonly apportionment?: {
    readonly method: ApportionMethod;
    readonly label: Bilingual;
    readonly priorityList: readonly PriorityEntry[];
    readonly nextPost: NextPost | null;
    readonly tieBreak: Bilingual;
    readonly divisor?: DivisorRange;
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
    method: scenario.method,
    factors: scenario.model.factors.map((factor) => ({
      id: factor.id,
      label: factor.label,
      indicators: factor.indicators.map((indicator) => ({ id: indicator.id, label: indicator.label })),
    })),
  };
  const base = { scenario: header, weights: indexOutcome.result.weights, weighting: scenario.weighting };

  let apportioned: ApportionOk | undefined;
  let outcome: ScenarioOutcome;
  if (built.conflicts.length > 0) {
    outcome = {
      status: "infeasible",
      backend: "exact",
      conflicts: built.conflicts,
      detail: "diagnosed before solving",
    };
  } else if (scenario.method === "lp") {
    outcome = await solveAllocation(problem, {
      solver: scenario.solver,
      timeLimitSeconds: scenario.timeLimitSeconds,
      names,
    });
  } else {
    ({ outcome, apportioned } = apportionScenario(problem, built.demands, scenario.method, names));
  }

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
    const lastPost = apportioned?.units[j]?.lastPost;
    const reasons = explainUnit({
      unit,
      plainTarget: built.plainTargets[j]!,
      coefficient,
      withoutOrdering: withoutOrdering[j]!,
      allocated: posts[j]!,
      ...(apportioned && lastPost
        ? {
            method: {
              label: APPORTION_METHOD_LABELS[apportioned.method],
              lastPost: { zh: describeLastPost(lastPost, "zh"), en: describeLastPost(lastPost, "en") },
            },
          }
        : {}),
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
    ...(apportioned
      ? {
          apportionment: {
            method: apportioned.method,
            label: APPORTION_METHOD_LABELS[apportioned.method],
            priorityList: apportioned.priorityList,
            nextPost: apportioned.nextPost,
            tieBreak: apportioned.tieBreak,
            ...(apportioned.divisor ? { divisor: apportioned.divisor } : {}),
          },
        }
      : {}),
  };
}

/**
 * Places the posts of a scenario problem by a classical apportionment method: weights are the demands (index ×
 * coefficient), minimums and maximums the townships' bounds. Bound conflicts come back diagnosed as for the LP.
 */
function apportionScenario(
  problem: AllocationProblem,
  demands: readonly number[],
  method: ApportionMethod,
  names: ReadonlyMap<string, string>,
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
type ScenarioOutcome = AllocationOutcome extends infer O
  ? O extends { readonly backend: Backend }
    ? Omit<O, "backend"> & { readonly backend: Backend | "apportionment" }
    : never
  : never;
