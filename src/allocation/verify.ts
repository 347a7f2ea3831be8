import type { AllocationProblem } from "./problem.ts";

/**
 * Checks an allocation against its problem, independently of any solver: whole numbers, exact sum, bounds,
 * ordering rows (with a relative tolerance of 1e-9). Returns the violations in words; [] when it holds.
 * @example verifyAllocation(problem, [15, 17, 20]) // []
 */
export function verifyAllocation(problem: AllocationProblem, posts: readonly number[]): string[] {
  const violations: string[] = [];
  if (posts.length !== problem.units.length)
    return [`expected ${problem.units.length} values, got ${posts.length}`];
  problem.units.forEach((unit, j) => {
    const x = posts[j]!;
    if (!Number.isInteger(x)) violations.push(`${unit.id}: ${x} is not a whole number`);
    if (x < unit.lower) violations.push(`${unit.id}: ${x} below lower bound ${unit.lower}`);
    if (x > unit.upper) violations.push(`${unit.id}: ${x} above upper bound ${unit.upper}`);
  });
  const total = posts.reduce((s, x) => s + x, 0);
  if (total !== problem.total) violations.push(`sum ${total} differs from total ${problem.total}`);
  for (const pair of problem.ordering) {
    let higherPosts = 0;
    let higherWeight = 0;
    let lowerPosts = 0;
    let lowerWeight = 0;
    problem.units.forEach((unit, j) => {
      if (unit.category === pair.higher) {
        higherPosts += posts[j]!;
        higherWeight += unit.weight;
      } else if (unit.category === pair.lower) {
        lowerPosts += posts[j]!;
        lowerWeight += unit.weight;
      }
    });
    const lhs = lowerWeight * higherPosts;
    const rhs = higherWeight * lowerPosts;
    if (lhs < rhs - 1e-9 * Math.max(1, Math.abs(rhs))) {
      violations.push(
        `ordering ${pair.higher} >= ${pair.lower} per unit of weight fails: ${higherPosts}/${higherWeight} < ${lowerPosts}/${lowerWeight}`,
      );
    }
  }
  return violations;
}
