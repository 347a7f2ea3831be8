// The unit-step greedy as it was before the O(n log n) rewrite of src/allocation/exact.ts, kept as the test oracle:
// take the cheapest next step `total − Σ lower` times from a heap (time proportional to the total).
import type { AllocationUnit } from "../../src/allocation/problem.ts";
import { compareStepCosts, type StepCost, stepCost } from "../../src/allocation/step-cost.ts";

/** A pair of townships whose claims on the last post were equal, so the choice between them is a tie. */
interface OracleTie {
  /** Township that got the post. */
  readonly taken: string;
  /** Township with an equal claim that did not. */
  readonly left: string;
}

/** Result of the exact greedy: whole posts per unit in input order. */
export interface OracleAllocation {
  readonly posts: number[];
  /** |x − target| summed. */
  readonly objective: number;
  /** Ties at the margin, broken by the unit order given (reported, never silent). */
  readonly ties: readonly OracleTie[];
}

/**
 * Exact integer allocation minimising Σ |x_j − target_j| subject to Σ x = total and lower <= x <= upper,
 * with ties in that objective broken by least Σ (x_j − target_j)² / target_j, then by unit order (reported).
 * Each unit's cost is convex in x, so taking the cheapest remaining unit step `total − Σ lower` times is optimal
 * (the classical greedy for separable convex resource allocation).
 * Returns undefined when the bounds cannot meet the total (see `diagnoseAllocation` for why).
 * @example allocateExact([{ id: "a", target: 1.5, lower: 0, upper: 9, … }, …], 3)
 */
export function unitStepGreedy(
  units: readonly AllocationUnit[],
  total: number,
): OracleAllocation | undefined {
  const posts = units.map((u) => u.lower);
  let remaining = total - posts.reduce((s, x) => s + x, 0);
  const capacity = units.reduce((s, u) => s + (u.upper - u.lower), 0);
  if (remaining < 0 || remaining > capacity || !Number.isInteger(remaining)) return undefined;

  const heap = new StepHeap();
  units.forEach((unit, j) => {
    if (posts[j]! < unit.upper) heap.push(j, stepCost(posts[j]!, unit.target));
  });
  let lastKey: StepCost | undefined;
  let lastUnit = -1;
  while (remaining > 0) {
    const next = heap.pop()!;
    const j = next.unit;
    posts[j]! += 1;
    remaining -= 1;
    lastKey = next.key;
    lastUnit = j;
    if (posts[j]! < units[j]!.upper) heap.push(j, stepCost(posts[j]!, units[j]!.target));
  }
  const ties: OracleTie[] = [];
  if (lastKey !== undefined) {
    for (const entry of heap.entries()) {
      if (compareStepCosts(entry.key, lastKey) === 0)
        ties.push({ taken: units[lastUnit]!.id, left: units[entry.unit]!.id });
    }
  }
  const objective = units.reduce((s, u, j) => s + Math.abs(posts[j]! - u.target), 0);
  return { posts, objective, ties };
}

/** Binary min-heap of units keyed by their next step cost, ties by unit index (input order). */
class StepHeap {
  private readonly items: { unit: number; key: StepCost }[] = [];
  private less(a: number, b: number): boolean {
    const x = this.items[a]!;
    const y = this.items[b]!;
    const c = compareStepCosts(x.key, y.key);
    return c < 0 || (c === 0 && x.unit < y.unit);
  }
  push(unit: number, key: StepCost): void {
    const items = this.items;
    items.push({ unit, key });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): { unit: number; key: StepCost } | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.less(l, m)) m = l;
        if (r < items.length && this.less(r, m)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top;
  }
  entries(): readonly { unit: number; key: StepCost }[] {
    return this.items;
  }
}
