// The cost of giving one more post to a township, and the rule that decides when two such costs tie.
import { TIE_TOLERANCE } from "../policy.ts";

/** A step cost: [change in |x − t|, change in (x − t)²/t]. */
export type StepCost = readonly [number, number];

/**
 * Marginal cost of the step x → x+1 for one unit, as a lexicographic pair:
 * first the change in |x − t| (−1 below the target, 1 − 2·frac(t) across it, +1 above),
 * then the change in (x − t)² / t, which spreads unavoidable cuts in proportion to the targets
 * (the Sainte-Laguë measure) among steps the first key cannot tell apart.
 * @example stepCost(0, 1.5) // [-1, -4/3]: below the target the distance falls by 1
 */
export function stepCost(x: number, target: number): StepCost {
  const l1 = Math.abs(x + 1 - target) - Math.abs(x - target);
  const scale = Math.max(target, 1e-9);
  return [l1, (2 * (x - target) + 1) / scale];
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
