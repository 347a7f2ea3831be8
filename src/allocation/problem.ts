import type { Bilingual, Category } from "../types.ts";
import type { AllocationObjective } from "./step-cost.ts";

/** Where a township's lower or upper bound comes from. */
export interface BoundParts {
  /** Category floor (lower) or cap (upper), posts. */
  readonly rule?: number;
  /** Stability band: today ± the allowed cut/gain, posts. */
  readonly band?: number;
}

/** One township in an allocation problem. */
export interface AllocationUnit {
  readonly id: string;
  readonly category: Category;
  /** Proportional target, posts, fractional: total × demand / Σ demand. */
  readonly target: number;
  /** Ordering weight: the township's index (before the category coefficient). > 0 when ordering is on. */
  readonly weight: number;
  /** Lower bound, whole posts (the larger of the parts, at least 0). */
  readonly lower: number;
  /** Upper bound, whole posts, or Infinity. */
  readonly upper: number;
  readonly lowerParts: BoundParts;
  readonly upperParts: BoundParts;
}

/** One ordering constraint (R4): posts per unit of weight in `higher` >= in `lower`. */
export interface OrderingPair {
  readonly higher: Category;
  readonly lower: Category;
}

/** An integer allocation problem in plain data: Σ x = total, lower <= x <= upper, orderings; min Σ |x − target|. */
export interface AllocationProblem {
  /** Posts to allocate, a whole number. */
  readonly total: number;
  readonly units: readonly AllocationUnit[];
  readonly ordering: readonly OrderingPair[];
  /** What is minimised; default `least-absolute-deviation` (PROBLEM_DEFAULT_OBJECTIVE; see `AllocationObjective`). */
  readonly objective?: AllocationObjective;
}

/** One reason an allocation problem cannot be solved, with the numbers. */
export interface Conflict {
  /**
   * - `bounds-cross`: one township's lower bound exceeds its upper bound;
   * - `lower-above-total`: the lower bounds need more posts than the total;
   * - `upper-below-total`: the upper bounds allow fewer posts than the total;
   * - `ordering`: the category ordering cannot hold within the bounds;
   * - `total-below-current`: R2, the new total is below today's;
   * - `reserve-above-total`: the reserve takes more than the total.
   */
  readonly kind:
    | "bounds-cross"
    | "lower-above-total"
    | "upper-below-total"
    | "ordering"
    | "total-below-current"
    | "reserve-above-total";
  /** Township ids or categories involved. */
  readonly involves: readonly string[];
  /** The numbers behind it: e.g. { need: 520, total: 500 }. */
  readonly numbers: Readonly<Record<string, number>>;
  readonly message: Bilingual;
}
