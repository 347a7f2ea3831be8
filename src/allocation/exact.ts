import { TIE_TOLERANCE } from "../policy.ts";
import type { AllocationUnit } from "./problem.ts";
import { compareStepCosts, type StepCost, stepCost } from "./step-cost.ts";

/** A pair of townships whose claims on the last post were equal, so the choice between them is a tie. */
export interface AllocationTie {
  /** Township that got the post. */
  readonly taken: string;
  /** Township with an equal claim that did not. */
  readonly left: string;
}

/** Result of the exact greedy: whole posts per unit in input order. */
export interface GreedyAllocation {
  readonly posts: number[];
  /** |x − target| summed. */
  readonly objective: number;
  /** Ties at the margin, broken by the unit order given (reported, never silent). */
  readonly ties: readonly AllocationTie[];
}

/**
 * Exact integer allocation minimising Σ |x_j − target_j| subject to Σ x = total and lower <= x <= upper,
 * with ties in that objective broken by least Σ (x_j − target_j)² / target_j, then by unit order (reported).
 * Each unit's cost is convex in x, so the answer is the `total − Σ lower` cheapest unit steps, taken cheapest first
 * (the classical greedy for separable convex resource allocation), ties in unit order.
 *
 * Time does not depend on the size of the total: the steps fall in three runs per unit (below the target: first key
 * −1; the step across it; above it: +1) and within a run the second key grows linearly, so a bisection on that key
 * (counting each unit's steps below a threshold in O(1)) takes all but O(n) of the steps at once, each of them
 * provably among the cheapest; a heap of next steps takes the rest one by one, exactly as the unit-step greedy did.
 * O(n log n + n · iterations).
 * Returns undefined when the bounds cannot meet the total (see `diagnoseAllocation` for why).
 * @throws {RangeError} when the total or a bound is beyond Number.MAX_SAFE_INTEGER (no whole-number arithmetic).
 * @example allocateExact([{ id: "a", target: 1.5, lower: 0, upper: 9, … }, …], 3)
 */
export function allocateExact(units: readonly AllocationUnit[], total: number): GreedyAllocation | undefined {
  const posts = units.map((u) => u.lower);
  let remaining = total - posts.reduce((s, x) => s + x, 0);
  const capacity = units.reduce((s, u) => s + (u.upper - u.lower), 0);
  if (remaining < 0 || remaining > capacity || !Number.isInteger(remaining)) return undefined;
  if (!Number.isSafeInteger(total) || !Number.isSafeInteger(total - remaining))
    throw new RangeError(`allocateExact: total ${total} is beyond whole-number arithmetic (2^53 − 1)`);

  const start = bulkSteps(units, remaining);
  start.forEach((x, j) => {
    remaining -= x - posts[j]!;
    posts[j] = x;
  });
  const heap = new StepHeap();
  units.forEach((unit, j) => {
    if (posts[j]! < unit.upper) heap.push(j, stepCost(posts[j]!, unit.target));
  });
  while (remaining > 0) {
    const j = heap.pop()!.unit;
    posts[j]! += 1;
    remaining -= 1;
    if (posts[j]! < units[j]!.upper) heap.push(j, stepCost(posts[j]!, units[j]!.target));
  }
  const objective = units.reduce((s, u, j) => s + Math.abs(posts[j]! - u.target), 0);
  return { posts, objective, ties: marginTies(units, posts) };
}

/**
 * The ties at the margin of a greedy allocation: the last step taken (the most expensive taken step, the later unit
 * among equals, as the greedy takes equal steps in unit order) against every unit's next step that costs the same.
 * [] when no step was taken.
 * @example marginTies([a(target 1.5), b(target 1.5)], [2, 1]) // [{ taken: "a", left: "b" }]
 */
export function marginTies(units: readonly AllocationUnit[], posts: readonly number[]): AllocationTie[] {
  let lastKey: StepCost | undefined;
  let lastUnit = -1;
  units.forEach((unit, j) => {
    if (posts[j]! <= unit.lower) return;
    const key = stepCost(posts[j]! - 1, unit.target);
    if (lastKey === undefined || compareStepCosts(key, lastKey) >= 0) {
      lastKey = key;
      lastUnit = j;
    }
  });
  if (lastKey === undefined) return [];
  const ties: AllocationTie[] = [];
  units.forEach((unit, j) => {
    if (j === lastUnit || posts[j]! >= unit.upper) return;
    if (compareStepCosts(stepCost(posts[j]!, unit.target), lastKey!) === 0)
      ties.push({ taken: units[lastUnit]!.id, left: unit.id });
  });
  return ties;
}

/** A run of one unit's steps x ∈ [from, to) sharing a first key, whose second key (2(x − t) + 1)/t grows with x. */
interface StepRun {
  readonly from: number;
  readonly to: number;
}

/** Each unit's three runs: steps below the target, the step across it (at most one), steps above it. */
function stepRuns(unit: AllocationUnit): { below: StepRun; across: StepRun; above: StepRun } {
  const { lower, upper, target } = unit;
  const floor = Math.floor(target);
  // The step from floor(t) crosses the target; its first key 1 − 2·frac(t) joins a neighbouring run when the tie rule
  // cannot tell it from −1 or +1 (a target within float noise of a whole number).
  const key = stepCost(floor, target)[0];
  const belowEnd = key <= -1 + TIE_TOLERANCE ? floor + 1 : floor;
  const aboveStart = key >= 1 - TIE_TOLERANCE ? floor : floor + 1;
  const clip = (from: number, to: number): StepRun => {
    const a = Math.max(lower, from);
    const b = Math.min(upper, to);
    return b > a ? { from: a, to: b } : { from: a, to: a };
  };
  return {
    below: clip(Number.NEGATIVE_INFINITY, belowEnd),
    across: belowEnd < aboveStart ? clip(floor, floor + 1) : clip(floor, floor),
    above: clip(aboveStart, Number.POSITIVE_INFINITY),
  };
}

const runLength = (run: StepRun) => run.to - run.from;

/**
 * Posts per unit after taking, at once, steps that are certainly among the `steps` cheapest: every run before the
 * run that holds the last step, and in that run every step whose second key lies below a threshold found by
 * bisection, with a margin far above the tie tolerance, so that the heap's comparisons can never rank a left-out step
 * ahead of a taken one. At most `steps` steps are taken; the heap takes the rest (O(n) of them).
 */
function bulkSteps(units: readonly AllocationUnit[], steps: number): number[] {
  const runs = units.map(stepRuns);
  const posts = units.map((u) => u.lower);
  const n = units.length;
  if (steps <= 4 * n) return posts;
  const belowCount = runs.reduce((s, r) => s + runLength(r.below), 0);
  const acrossCount = runs.reduce((s, r) => s + runLength(r.across), 0);
  if (steps <= belowCount)
    return takeBelowThreshold(
      units,
      runs.map((r) => r.below),
      steps,
      posts,
    );
  runs.forEach((r, j) => {
    posts[j] = r.below.to > r.below.from ? r.below.to : posts[j]!;
  });
  if (steps <= belowCount + acrossCount) return posts;
  runs.forEach((r, j) => {
    if (r.across.to > r.across.from) posts[j] = r.across.to;
  });
  return takeBelowThreshold(
    units,
    runs.map((r) => r.above),
    steps - belowCount - acrossCount,
    posts,
  );
}

/** Second key of the step from x (as `stepCost` computes it). */
function secondKey(x: number, target: number): number {
  return stepCost(x, target)[1];
}

/** How many steps of `run` have a second key below μ (computed in O(1), confirmed with `stepCost`). */
function countBelow(run: StepRun, target: number, mu: number): number {
  const length = runLength(run);
  if (length <= 0) return 0;
  const scale = Math.max(target, 1e-9);
  // (2(x − t) + 1)/scale < μ  ⇔  x < t + (μ·scale − 1)/2
  const bound = target + (mu * scale - 1) / 2;
  let count = Number.isFinite(bound) ? Math.min(length, Math.max(0, Math.ceil(bound) - run.from)) : 0;
  if (bound === Number.POSITIVE_INFINITY) count = length;
  while (count > 0 && secondKey(run.from + count - 1, target) >= mu) count--;
  while (count < length && secondKey(run.from + count, target) < mu) count++;
  return count;
}

/**
 * Adds to `posts` the steps of one run per unit whose second key is below a threshold μ′ such that fewer than `steps`
 * steps of the runs lie below μ′ + margin, and `steps` minus that count is at most about n.
 */
function takeBelowThreshold(
  units: readonly AllocationUnit[],
  runs: readonly StepRun[],
  steps: number,
  posts: number[],
): number[] {
  const n = units.length;
  const counted = (mu: number) => runs.reduce((s, run, j) => s + countBelow(run, units[j]!.target, mu), 0);
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  runs.forEach((run, j) => {
    const length = runLength(run);
    if (length <= 0) return;
    const t = units[j]!.target;
    low = Math.min(low, secondKey(run.from, t));
    high = Math.max(high, secondKey(run.from + Math.min(length, steps) - 1, t));
  });
  if (!(low <= high)) return posts;
  low -= Math.max(1, Math.abs(low)); // nothing below it
  high += Math.max(1, Math.abs(high)); // at least `steps` below it
  // Invariant: counted(low) < steps <= counted(high).
  for (let i = 0; i < 2000; i++) {
    if (steps - counted(low) <= n) break;
    const mid = low / 2 + high / 2;
    if (!(mid > low && mid < high)) break;
    if (counted(mid) < steps) low = mid;
    else high = mid;
  }
  const threshold = low - 1e-9 * Math.max(1, Math.abs(low));
  runs.forEach((run, j) => {
    if (runLength(run) > 0) posts[j] = run.from + countBelow(run, units[j]!.target, threshold);
  });
  return posts;
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
