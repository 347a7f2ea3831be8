import type { AllocationProblem } from "../../src/allocation/problem.ts";
import { verifyAllocation } from "../../src/allocation/verify.ts";

/**
 * The independent check: enumerate every whole-number allocation within the bounds that sums to the total, keep
 * those that pass `verifyAllocation` (orderings included), return the least Σ |x − target|. Small problems only.
 */
export function exhaustiveOptimum(problem: AllocationProblem): number | undefined {
  let best: number | undefined;
  const n = problem.units.length;
  const x = new Array<number>(n).fill(0);
  const visit = (j: number, left: number): void => {
    if (j === n) {
      if (left !== 0 || verifyAllocation(problem, x).length > 0) return;
      const cost = problem.units.reduce((s, u, k) => s + Math.abs(x[k]! - u.target), 0);
      if (best === undefined || cost < best) best = cost;
      return;
    }
    const unit = problem.units[j]!;
    const high = Math.min(unit.upper, left);
    for (let v = unit.lower; v <= high; v++) {
      x[j] = v;
      visit(j + 1, left - v);
    }
  };
  visit(0, problem.total);
  return best;
}
