// The cost of giving one more post to a township, and the rule that decides when two such costs tie.
import { TIE_TOLERANCE } from "../policy.ts";
import type { Objective } from "../types.ts";

/** A step cost: [change in |x − t|, change in (x − t)²/t]; under `least-squares-relative` the first key is 0. */
export type StepCost = readonly [number, number];

/**
 * What the allocation minimises.
 * - `least-absolute-deviation`: Σ |x − t|, ties by Σ (x − t)²/t. Behaves like Hamilton's method: raising the total
 *   can take a post from a township (the Alabama paradox), because the targets move with the total.
 * - `least-squares-relative`: Σ (x − t)²/t alone. The step x → x+1 costs (2x + 1)/t − 2, with t proportional to the
 *   township's demand, so the order of the steps does not depend on the total: Webster's (Sainte-Laguë) method with
 *   the floors and caps, house monotone (raising the total never lowers a township) while the bounds stay the same.
 */
export type AllocationObjective = Objective;

/**
 * The objective of a bare `AllocationProblem` that names none (the allocation functions called directly, as they
 * always were): `least-absolute-deviation`. A scenario's problem always names its objective (the model's, else
 * DEFAULT_OBJECTIVE in src/types.ts, `least-squares-relative`).
 */
export const PROBLEM_DEFAULT_OBJECTIVE: AllocationObjective = "least-absolute-deviation";

/**
 * Marginal cost of the step x → x+1 for one unit, as a lexicographic pair:
 * first the change in |x − t| (−1 below the target, 1 − 2·frac(t) across it, +1 above),
 * then the change in (x − t)² / t, which spreads unavoidable cuts in proportion to the targets
 * (the Sainte-Laguë measure) among steps the first key cannot tell apart.
 * Under `least-squares-relative` the first key is 0 and the second alone decides (Webster's priority t/(x + ½)).
 * @example stepCost(0, 1.5) // [-1, -4/3]: below the target the distance falls by 1
 * @example stepCost(0, 1.5, "least-squares-relative") // [0, -4/3]
 */
export function stepCost(
  x: number,
  target: number,
  objective: AllocationObjective = PROBLEM_DEFAULT_OBJECTIVE,
): StepCost {
  const scale = Math.max(target, 1e-9);
  const second = (2 * (x - target) + 1) / scale;
  if (objective === "least-squares-relative") return [0, second];
  const l1 = Math.abs(x + 1 - target) - Math.abs(x - target);
  return [l1, second];
}

/**
 * The objective's value of an allocation: Σ |x − t| or Σ (x − t)²/t (t at least 1e-9, as the step costs take it).
 * @example objectiveValue([{ target: 1.5 }, { target: 0.5 }], [2, 0], "least-squares-relative") // 0.25/1.5 + 0.25/0.5
 */
export function objectiveValue(
  units: readonly { readonly target: number }[],
  posts: readonly number[],
  objective: AllocationObjective = PROBLEM_DEFAULT_OBJECTIVE,
): number {
  let sum = 0;
  for (let j = 0; j < units.length; j++) {
    const t = units[j]!.target;
    const d = posts[j]! - t;
    sum += objective === "least-squares-relative" ? (d * d) / Math.max(t, 1e-9) : Math.abs(d);
  }
  return sum;
}

/**
 * The tie rule of the exact greedy: compares two step costs key by key; keys closer than TIE_TOLERANCE (relative, at
 * least 1 for the second key) are equal, and 0 means a tie, which the caller reports.
 * @example compareStepCosts(stepCost(0, 1.5), stepCost(0, 0.5)) < 0 // the unit further below its target goes first
 */
export function compareStepCosts(a: StepCost, b: StepCost): number {
  if (Math.abs(a[0] - b[0]) > TIE_TOLERANCE) return a[0] - b[0];
  if (Math.abs(a[1] - b[1]) > TIE_TOLERANCE * Math.max(1, Math.abs(a[1]), Math.abs(b[1]))) return a[1] - b[1];
  return 0;
}
