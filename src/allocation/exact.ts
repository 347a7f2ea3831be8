import { TIE_TOLERANCE } from "../policy.ts";
import type { AllocationUnit } from "./problem.ts";
import {
  type AllocationObjective,
  compareStepCosts,
  objectiveValue,
  PROBLEM_DEFAULT_OBJECTIVE,
  type StepCost,
  stepCost,
} from "./step-cost.ts";

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
  /** The objective's value: Σ |x − target|, or Σ (x − target)²/target under `least-squares-relative`. */
  readonly objective: number;
  /** Ties at the margin, broken by the unit order given (reported, never silent). */
  readonly ties: readonly AllocationTie[];
}

/**
 * Exact integer allocation minimising Σ |x_j − target_j| subject to Σ x = total and lower <= x <= upper,
 * with ties in that objective broken by least Σ (x_j − target_j)² / target_j, then by unit order (reported).
 * Each unit's cost is convex in x, so the answer is the `total − Σ lower` cheapest unit steps, taken cheapest first
 * (the classical greedy for separable convex resource allocation), ties in unit order.
 * Under `least-squares-relative` the objective is Σ (x_j − target_j)² / target_j alone (Webster's method with the
 * bounds as floors and caps): every step lies in one run whose key grows linearly.
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
export function allocateExact(
  units: readonly AllocationUnit[],
  total: number,
  objective: AllocationObjective = PROBLEM_DEFAULT_OBJECTIVE,
): GreedyAllocation | undefined {
  const posts = units.map((u) => u.lower);
  let remaining = total - posts.reduce((s, x) => s + x, 0);
  const capacity = units.reduce((s, u) => s + (u.upper - u.lower), 0);
  if (remaining < 0 || remaining > capacity || !Number.isInteger(remaining)) return undefined;
  if (!Number.isSafeInteger(total) || !Number.isSafeInteger(total - remaining))
    throw new RangeError(`allocateExact: total ${total} is beyond whole-number arithmetic (2^53 − 1)`);

  const start = bulkSteps(units, remaining, objective);
  start.posts.forEach((x, j) => {
    remaining -= x - posts[j]!;
    posts[j] = x;
  });
  // Only units whose next step can still be among the cheapest enter the heap (all of them when no limit is known);
  // should it run dry early, every unit enters, which is always correct.
  const heap = new StepHeap(units.length);
  const inHeap = new Uint8Array(units.length);
  const fill = (limit: StepLimit | undefined) => {
    units.forEach((unit, j) => {
      if (inHeap[j] || posts[j]! >= unit.upper) return;
      const key = stepCost(posts[j]!, unit.target, objective);
      if (limit !== undefined && !withinLimit(key, limit)) return;
      inHeap[j] = 1;
      heap.push(j, key);
    });
  };
  fill(start.limit);
  while (remaining > 0) {
    let j = heap.pop();
    if (j < 0) {
      fill(undefined);
      j = heap.pop();
    }
    inHeap[j] = 0;
    posts[j]! += 1;
    remaining -= 1;
    if (posts[j]! < units[j]!.upper) {
      inHeap[j] = 1;
      heap.push(j, stepCost(posts[j]!, units[j]!.target, objective));
    }
  }
  return {
    posts,
    objective: objectiveValue(units, posts, objective),
    ties: marginTies(units, posts, objective),
  };
}

/**
 * The ties at the margin of a greedy allocation: the last step taken (the most expensive taken step, the later unit
 * among equals, as the greedy takes equal steps in unit order) against every unit's next step that costs the same.
 * [] when no step was taken.
 * @example marginTies([a(target 1.5), b(target 1.5)], [2, 1]) // [{ taken: "a", left: "b" }]
 */
export function marginTies(
  units: readonly AllocationUnit[],
  posts: readonly number[],
  objective: AllocationObjective = PROBLEM_DEFAULT_OBJECTIVE,
): AllocationTie[] {
  let lastKey: StepCost | undefined;
  let lastUnit = -1;
  units.forEach((unit, j) => {
    if (posts[j]! <= unit.lower) return;
    const key = stepCost(posts[j]! - 1, unit.target, objective);
    if (lastKey === undefined || compareStepCosts(key, lastKey) >= 0) {
      lastKey = key;
      lastUnit = j;
    }
  });
  if (lastKey === undefined) return [];
  const ties: AllocationTie[] = [];
  units.forEach((unit, j) => {
    if (j === lastUnit || posts[j]! >= unit.upper) return;
    if (compareStepCosts(stepCost(posts[j]!, unit.target, objective), lastKey!) === 0)
      ties.push({ taken: units[lastUnit]!.id, left: unit.id });
  });
  return ties;
}

/** A run of one unit's steps x ∈ [from, to) sharing a first key, whose second key (2(x − t) + 1)/t grows with x. */
interface StepRun {
  readonly from: number;
  readonly to: number;
}

/**
 * Each unit's three runs: steps below the target, the step across it (at most one), steps above it. Under
 * `least-squares-relative` every step has first key 0, so all of them form the one run `below`.
 */
function stepRuns(
  unit: AllocationUnit,
  objective: AllocationObjective,
): { below: StepRun; across: StepRun; above: StepRun } {
  const { lower, upper, target } = unit;
  if (objective === "least-squares-relative") {
    const empty = { from: lower, to: lower };
    return { below: { from: lower, to: Math.max(lower, upper) }, across: empty, above: empty };
  }
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
 * A bound on the steps still to take: a first key, and a second key below which steps with that first key count
 * (−Infinity: only steps with a smaller first key). Every step the heap can still take lies within it.
 */
interface StepLimit {
  readonly first: number;
  readonly second: number;
}

/**
 * Whether a step's key may lie within the limit: never too tight, as a step left out here can be taken only after the
 * heap has taken every step it holds. A first key the heap's comparison (TIE_TOLERANCE) ranks below the limit's is
 * always in — a target a hair past a whole number has a step across it costing 1 − 2·frac(t), just below +1, which
 * must come before every step above a target; a first key more than 1e-9 above the limit's is out (float noise of the
 * runs' first keys stays far below that); in between the second key decides, with a generous margin.
 */
function withinLimit(key: StepCost, limit: StepLimit): boolean {
  if (key[0] < limit.first - TIE_TOLERANCE) return true;
  if (key[0] > limit.first + 1e-9) return false;
  return key[1] < limit.second + 1e-6 * Math.max(1, Math.abs(limit.second));
}

/**
 * Posts per unit after taking, at once, steps that are certainly among the `steps` cheapest: every run before the
 * run that holds the last step, and in that run every step whose second key lies below a threshold found by
 * bisection, with a margin far above the tie tolerance, so that the heap's comparisons can never rank a left-out step
 * ahead of a taken one. At most `steps` steps are taken; the heap takes the rest, from the units whose next step lies
 * within `limit`.
 */
function bulkSteps(
  units: readonly AllocationUnit[],
  steps: number,
  objective: AllocationObjective,
): { posts: number[]; limit: StepLimit | undefined } {
  const posts = units.map((u) => u.lower);
  const n = units.length;
  if (steps <= n) return { posts, limit: undefined };
  const runs = units.map((u) => stepRuns(u, objective));
  const belowCount = runs.reduce((s, r) => s + runLength(r.below), 0);
  const acrossCount = runs.reduce((s, r) => s + runLength(r.across), 0);
  if (steps <= belowCount) {
    const high = takeBelowThreshold(
      units,
      runs.map((r) => r.below),
      steps,
      posts,
    );
    return { posts, limit: { first: objective === "least-squares-relative" ? 0 : -1, second: high } };
  }
  runs.forEach((r, j) => {
    posts[j] = r.below.to > r.below.from ? r.below.to : posts[j]!;
  });
  if (steps <= belowCount + acrossCount)
    return { posts, limit: { first: 1, second: Number.NEGATIVE_INFINITY } };
  runs.forEach((r, j) => {
    if (r.across.to > r.across.from) posts[j] = r.across.to;
  });
  const high = takeBelowThreshold(
    units,
    runs.map((r) => r.above),
    steps - belowCount - acrossCount,
    posts,
  );
  return { posts, limit: { first: 1, second: high } };
}

/** Second key of the step from x, the same expression as in `stepCost` (so the same float), without allocating. */
function secondKey(x: number, target: number): number {
  return (2 * (x - target) + 1) / Math.max(target, 1e-9);
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
 * steps of the runs lie below μ′ + margin; returns a second key below which at least `steps` steps lie (so the rest
 * of the steps to take lie below it too). Bisection narrows the two until about n/32 steps lie between them.
 */
function takeBelowThreshold(
  units: readonly AllocationUnit[],
  runs: readonly StepRun[],
  steps: number,
  posts: number[],
): number {
  const n = units.length;
  const counted = (mu: number) => {
    let sum = 0;
    for (let j = 0; j < runs.length; j++) sum += countBelow(runs[j]!, units[j]!.target, mu);
    return sum;
  };
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  runs.forEach((run, j) => {
    const length = runLength(run);
    if (length <= 0) return;
    const t = units[j]!.target;
    low = Math.min(low, secondKey(run.from, t));
    high = Math.max(high, secondKey(run.from + Math.min(length, steps) - 1, t));
  });
  if (!(low <= high)) return high;
  low -= Math.max(1, Math.abs(low)); // nothing below it
  high += Math.max(1, Math.abs(high)); // at least `steps` below it
  // Invariant: counted(low) < steps <= counted(high).
  let atLow = 0;
  let atHigh = counted(high);
  const close = Math.max(16, n >> 5);
  for (let i = 0; i < 2000 && atHigh - atLow > close; i++) {
    const mid = low / 2 + high / 2;
    if (!(mid > low && mid < high)) break;
    const at = counted(mid);
    if (at < steps) {
      low = mid;
      atLow = at;
    } else {
      high = mid;
      atHigh = at;
    }
  }
  const threshold = low - 1e-9 * Math.max(1, Math.abs(low));
  runs.forEach((run, j) => {
    if (runLength(run) > 0) posts[j] = run.from + countBelow(run, units[j]!.target, threshold);
  });
  return high;
}

/**
 * Binary min-heap of units keyed by their next step cost (each unit at most once), ties by unit index (input order).
 * Keys live in typed arrays and are compared as `compareStepCosts` does, without allocating.
 */
class StepHeap {
  private readonly heap: Int32Array;
  private readonly first: Float64Array;
  private readonly second: Float64Array;
  private size = 0;
  constructor(units: number) {
    this.heap = new Int32Array(units);
    this.first = new Float64Array(units);
    this.second = new Float64Array(units);
  }
  private less(a: number, b: number): boolean {
    const d0 = this.first[a]! - this.first[b]!;
    if (Math.abs(d0) > TIE_TOLERANCE) return d0 < 0;
    const x = this.second[a]!;
    const y = this.second[b]!;
    if (Math.abs(x - y) > TIE_TOLERANCE * Math.max(1, Math.abs(x), Math.abs(y))) return x < y;
    return a < b;
  }
  push(unit: number, key: StepCost): void {
    this.first[unit] = key[0];
    this.second[unit] = key[1];
    const heap = this.heap;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(unit, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = unit;
  }
  /** The unit with the cheapest next step, removed; -1 when empty. */
  pop(): number {
    if (this.size === 0) return -1;
    const heap = this.heap;
    const top = heap[0]!;
    const last = heap[--this.size]!;
    const n = this.size;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const m = r < n && this.less(heap[r]!, heap[l]!) ? r : l;
      if (!this.less(heap[m]!, last)) break;
      heap[i] = heap[m]!;
      i = m;
    }
    if (n > 0) heap[i] = last;
    return top;
  }
}
