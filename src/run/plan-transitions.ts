import type { TransitionPath } from "../allocation/transition-path.ts";
import type { Bilingual, PostType } from "../types.ts";
import type { WeightedPlan } from "./load-plan.ts";
import type { PlanResult } from "./plan-result.ts";
import type { ScenarioResult } from "./result.ts";

/** One post type's multi-year path (R12) in a plan. */
export interface PlanTypeTransition {
  readonly postType: PostType;
  /** The path to the type's allocation; null when the type has no allocation (`status` says why). */
  readonly path: TransitionPath | null;
  /** The type's solver status ("optimal", "feasible", "infeasible", "timedOut", …). */
  readonly status: ScenarioResult["solver"]["status"];
  /** Why the type has no allocation (its conflicts), empty when it has one. */
  readonly conflicts: readonly Bilingual[];
}

/**
 * Each post type's transition path of a plan run with `runPlan(plan, { transition: true })`, in the plan's order
 * (admin, institution, leader); a type without an allocation has no path (null) and keeps its conflicts. Empty when
 * the plan has no `transition` block.
 */
export function planTransitions(plan: WeightedPlan, result: PlanResult): PlanTypeTransition[] {
  if (plan.types.every((t) => t.scenario.transition === undefined)) return [];
  return plan.types.map(({ postType }) => {
    const r = result.types[postType]!;
    return {
      postType,
      path: r.transition ?? null,
      status: r.solver.status,
      conflicts: r.transition === undefined ? r.conflicts.map((c) => c.message) : [],
    };
  });
}
