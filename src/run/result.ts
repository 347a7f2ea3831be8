// The result of a run: what `runScenario` returns and every renderer (CLI, Markdown, CSV, XLSX, pages) reads.

import type {
  ApportionMethod,
  DivisorRange,
  NextPost,
  PriorityEntry,
} from "../allocation/apportion/types.ts";
import type { AllocationTie } from "../allocation/exact.ts";
import type { Conflict } from "../allocation/problem.ts";
import type { Relaxation } from "../allocation/relaxations.ts";
import type { Backend } from "../allocation/solve.ts";
import type { ScenarioTotals } from "../allocation/totals.ts";
import type { TransitionPath } from "../allocation/transition-path.ts";
import type { CountyStory } from "../explain/county-story.ts";
import type { PolicyCheck } from "../explain/policy-checks.ts";
import type { Reason } from "../explain/reasons.ts";
import type { AllocationMethod, Bilingual, Category, Objective, PostType, SolverChoice } from "../types.ts";
import type { WeightingReport } from "../weighting/derive-weights.ts";
import type { IndexWeights, IndicatorPart } from "../weighting/weighted-index.ts";
import type { LabelledModel } from "../words/factor-label.ts";
import type { BindingKind } from "../words/reason-labels.ts";
import type { HiringSection } from "./hiring-section.ts";

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
  /**
   * The constraint that moved it most (`bindingReason`): floor, cap, band, ordering or method, or `free` when none
   * did.
   */
  readonly binding: BindingKind;
  readonly reasons: readonly Reason[];
}

/** The solver's account of itself. */
export interface SolverReport {
  readonly requested: SolverChoice;
  /** `apportionment` when a classical method placed the posts (computed exactly; "optimal" then means exact). */
  readonly backend: Backend | "apportionment";
  readonly status: "optimal" | "feasible" | "infeasible" | "timedOut" | "error";
  readonly provenOptimal: boolean;
  /**
   * The value of the objective that ran (`objectiveName`): Σ |allocated − target| (posts) or Σ (allocated − target)²/
   * target; absent without a solution.
   */
  readonly objective?: number;
  /** The objective method lp minimised; absent for the classical methods (they round by their own rule). */
  readonly objectiveName?: Objective;
  readonly detail: string;
  /** Why a solve gave no answer, in both languages, when a solver ran into a cap (its time limit or a size cap). */
  readonly message?: Bilingual;
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
  /**
   * The county-level explanation (what the floors cost and who pays, the band, the caps, the reserve, the ordering),
   * each figure a sum of the townships' steps; null when there is no solution.
   */
  readonly story: CountyStory | null;
  /** Why there is no solution (status infeasible). */
  readonly conflicts: readonly Conflict[];
  /**
   * With status infeasible: the smallest change of each single setting that makes the scenario feasible (raise the
   * total by 2, lower the general townships' floor by 1, …). Absent when feasible or when no single setting does.
   */
  readonly remedies?: readonly Relaxation[];
  readonly ties: readonly AllocationTie[];
  readonly checks: readonly PolicyCheck[];
  /** The hiring plan (R7) and lending table (R8), when the scenario has a `hiring` block (`hiringSection`). */
  readonly hiring?: HiringSection;
  /** With a `transition` block and an allocation: the multi-year path from today's posts to it (R12). */
  readonly transition?: TransitionPath;
}
