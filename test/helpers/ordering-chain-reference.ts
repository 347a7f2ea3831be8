// The category ordering (R4) solved exactly without a MILP: the ordering rows tie only category totals, so the problem
// splits into a small search over the totals (one per category of the chain) and the exact greedy within each category.

import { type AllocationTie, allocateExact, marginTies } from "../../src/allocation/exact.ts";
import type { AllocationProblem, AllocationUnit } from "../../src/allocation/problem.ts";
import {
  type AllocationObjective,
  PROBLEM_DEFAULT_OBJECTIVE,
  stepCost,
} from "../../src/allocation/step-cost.ts";
import type { Category } from "../../src/types.ts";

/** A lexicographic cost: [Σ |x − t|, Σ (x − t)² / t]; under `least-squares-relative` [0, Σ (x − t)² / t]. */
export type LexCost = readonly [number, number];

/** Relative tolerance below which two summed costs are equal (sums of thousands of terms carry float noise). */
const SUM_TOLERANCE = 1e-9;

/**
 * Compares two summed costs key by key; keys closer than 1e-9 (relative, at least absolute) are equal.
 * @example compareLexCosts([1, 2], [1 + 1e-12, 1]) > 0 // first keys equal, the second decides
 */
export function compareLexCosts(a: LexCost, b: LexCost): number {
  if (Math.abs(a[0] - b[0]) > SUM_TOLERANCE * Math.max(1, Math.abs(a[0]), Math.abs(b[0]))) return a[0] - b[0];
  if (Math.abs(a[1] - b[1]) > SUM_TOLERANCE * Math.max(1, Math.abs(a[1]), Math.abs(b[1]))) return a[1] - b[1];
  return 0;
}

/**
 * The lexicographic cost of an allocation: Σ |x − t| and the tie-break Σ (x − t)² / t (t at least 1e-9, as the
 * greedy's step costs take it); under `least-squares-relative` the first key is 0 (the second alone is minimised).
 * @example lexCost([a(target 1.5), b(target 0.5)], [2, 0]) // [1, 0.25/1.5 + 0.25/0.5 = 2/3]
 */
export function lexCost(
  units: readonly AllocationUnit[],
  posts: readonly number[],
  objective: AllocationObjective = PROBLEM_DEFAULT_OBJECTIVE,
): LexCost {
  let first = 0;
  let second = 0;
  units.forEach((u, j) => {
    const d = posts[j]! - u.target;
    first += Math.abs(d);
    second += (d * d) / Math.max(u.target, 1e-9);
  });
  return [objective === "least-squares-relative" ? 0 : first, second];
}

/** Steps beyond which a step table is not built (the greedy is used instead): memory, not correctness. */
const MAX_TABLE_STEPS = 5_000_000;

/**
 * The sorted unit steps of groups of units (a category, or the categories from c down pooled): since each unit's step
 * costs rise with x (convex), the cheapest m steps overall are a valid placement, and it is the greedy's optimum, so
 * the lexicographic cost at Σ lower + m is the cost at the floors plus the first m step costs (prefix sums).
 * `first[m]` counts the steps of the first group among them (where the pooled greedy puts that group's posts; equal
 * steps in unit order, as the greedy takes them).
 */
interface StepTable {
  readonly lowerSum: number;
  readonly base: LexCost;
  readonly prefix0: Float64Array;
  readonly prefix1: Float64Array;
  readonly first: Int32Array;
  readonly firstLower: number;
  /** The step costs in sorted order. */
  readonly key0: Float64Array;
  readonly key1: Float64Array;
}

function stepTable(
  groups: readonly (readonly AllocationUnit[])[],
  objective: AllocationObjective,
): StepTable | undefined {
  let count = 0;
  for (const units of groups)
    for (const u of units) {
      if (!Number.isFinite(u.upper)) return undefined;
      count += u.upper - u.lower;
      if (count > MAX_TABLE_STEPS) return undefined;
    }
  const key0 = new Float64Array(count);
  const key1 = new Float64Array(count);
  const owner = new Uint8Array(count);
  let base0 = 0;
  let base1 = 0;
  let lowerSum = 0;
  let firstLower = 0;
  let m = 0;
  groups.forEach((units, g) => {
    for (const u of units) {
      const d = u.lower - u.target;
      base0 += Math.abs(d);
      base1 += (d * d) / Math.max(u.target, 1e-9);
      lowerSum += u.lower;
      if (g === 0) firstLower += u.lower;
      for (let x = u.lower; x < u.upper; x++) {
        const step = stepCost(x, u.target, objective);
        key0[m] = step[0];
        key1[m] = step[1];
        owner[m] = g === 0 ? 1 : 0;
        m++;
      }
    }
  });
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  // Exact key order, then the order the steps were listed in (unit order, x rising): a total order.
  order.sort((a, b) => key0[a]! - key0[b]! || key1[a]! - key1[b]! || a - b);
  const sorted0 = new Float64Array(count);
  const sorted1 = new Float64Array(count);
  const sortedOwner = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const j = order[i]!;
    sorted0[i] = key0[j]!;
    sorted1[i] = key1[j]!;
    sortedOwner[i] = owner[j]!;
  }
  return withPrefixes(
    lowerSum,
    [objective === "least-squares-relative" ? 0 : base0, base1],
    firstLower,
    sorted0,
    sorted1,
    sortedOwner,
  );
}

/** A step table from sorted step costs (which of them belong to the first group: `owner`). */
function withPrefixes(
  lowerSum: number,
  base: LexCost,
  firstLower: number,
  key0: Float64Array,
  key1: Float64Array,
  owner: Uint8Array,
): StepTable {
  const count = key0.length;
  const prefix0 = new Float64Array(count + 1);
  const prefix1 = new Float64Array(count + 1);
  const first = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) {
    prefix0[i + 1] = prefix0[i]! + key0[i]!;
    prefix1[i + 1] = prefix1[i]! + key1[i]!;
    first[i + 1] = first[i]! + owner[i]!;
  }
  return { lowerSum, base, prefix0, prefix1, first, firstLower, key0, key1 };
}

/**
 * The pooled table of a category (`own`, the first group) and the pooled categories below it (`rest`): their sorted
 * steps merged, equal steps the category's first (the order `stepTable` would list them in).
 */
function mergeTables(own: StepTable, rest: StepTable): StepTable {
  const a = own.key0.length;
  const b = rest.key0.length;
  const key0 = new Float64Array(a + b);
  const key1 = new Float64Array(a + b);
  const owner = new Uint8Array(a + b);
  let i = 0;
  let j = 0;
  for (let m = 0; m < a + b; m++) {
    const takeOwn =
      j >= b ||
      (i < a &&
        (own.key0[i]! < rest.key0[j]! || (own.key0[i] === rest.key0[j] && own.key1[i]! <= rest.key1[j]!)));
    if (takeOwn) {
      key0[m] = own.key0[i]!;
      key1[m] = own.key1[i]!;
      owner[m] = 1;
      i++;
    } else {
      key0[m] = rest.key0[j]!;
      key1[m] = rest.key1[j]!;
      j++;
    }
  }
  return withPrefixes(
    own.lowerSum + rest.lowerSum,
    [own.base[0] + rest.base[0], own.base[1] + rest.base[1]],
    own.lowerSum,
    key0,
    key1,
    owner,
  );
}

/** F(total) from a step table; Infinity outside the range the bounds allow (or for a fractional total). */
function tableCost(table: StepTable, total: number): LexCost {
  const m = total - table.lowerSum;
  if (!(m >= 0 && m < table.prefix0.length) || !Number.isInteger(m))
    return [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  return [table.base[0] + table.prefix0[m]!, table.base[1] + table.prefix1[m]!];
}

/** The first group's posts where the pooled greedy puts them at `total` (0 outside the range, as the greedy path). */
function tableFirst(table: StepTable, total: number): number {
  const m = total - table.lowerSum;
  if (!(m >= 0 && m < table.prefix0.length) || !Number.isInteger(m)) return 0;
  return table.firstLower + table.first[m]!;
}

/** What `solveOrderingChain` returns. */
export type ChainOutcome =
  | {
      readonly status: "optimal";
      readonly posts: number[];
      readonly cost: LexCost;
      /** Category totals in chain order. */
      readonly totals: readonly number[];
      readonly ties: readonly AllocationTie[];
      /** Leaves (complete vectors of category totals) the search evaluated, and nodes it visited. */
      readonly leaves: number;
      readonly visits: number;
    }
  /** The whole-number chain has no solution within the bounds (decided exactly, `chainRange`). */
  | { readonly status: "infeasible"; readonly range: ChainRange }
  /** The search ran past its deadline: the best allocation found so far (not proven optimal), if any. */
  | { readonly status: "timedOut"; readonly posts?: number[]; readonly cost?: LexCost }
  /** The search used up its work budget (`maxWork`) before it could prove an optimum. */
  | { readonly status: "overBudget"; readonly work: number; readonly visits: number }
  /** The problem is not a chain this algorithm covers (see `chainShape`). */
  | { readonly status: "notCovered"; readonly reason: string };

/** One category of the chain: its units (with their indices in the problem), bounds and weight. */
interface ChainCategory {
  readonly category: Category;
  readonly units: readonly AllocationUnit[];
  readonly indices: readonly number[];
  /** Σ lower, Σ upper (may be Infinity), Σ weight of the category's units. */
  readonly lower: number;
  readonly upper: number;
  readonly weight: number;
}

/**
 * The categories of an ordering problem as a chain (highest first), or why the problem is not one: ordering pairs
 * that do not link up one after the other, a unit outside the chain, or a category with no positive weight.
 */
function chainShape(problem: AllocationProblem): ChainCategory[] | string {
  const chain: Category[] = [];
  for (const pair of problem.ordering) {
    if (chain.length === 0) chain.push(pair.higher);
    else if (chain[chain.length - 1] !== pair.higher) return "ordering pairs do not form one chain";
    if (chain.includes(pair.lower)) return "ordering pairs repeat a category";
    chain.push(pair.lower);
  }
  if (chain.length === 0 && problem.units.length > 0) chain.push(problem.units[0]!.category);
  // Without ordering pairs every township is in the one link of a trivial chain.
  const position = new Map(chain.map((c, k) => [c, k]));
  const linkOf = (category: Category) => (problem.ordering.length === 0 ? 0 : position.get(category));
  const members = chain.map(() => [] as number[]);
  for (let j = 0; j < problem.units.length; j++) {
    const k = linkOf(problem.units[j]!.category);
    if (k === undefined) return `township ${problem.units[j]!.id} is in no category of the chain`;
    members[k]!.push(j);
  }
  const categories: ChainCategory[] = [];
  for (let k = 0; k < chain.length; k++) {
    const indices = members[k]!;
    const units = indices.map((j) => problem.units[j]!);
    const weight = units.reduce((s, u) => s + u.weight, 0);
    if (!(weight > 0) || !Number.isFinite(weight)) return `category ${chain[k]} has no positive weight`;
    categories.push({
      category: chain[k]!,
      units,
      indices,
      lower: units.reduce((s, u) => s + u.lower, 0),
      upper: units.reduce((s, u) => s + u.upper, 0),
      weight,
    });
  }
  return categories;
}

/**
 * The ordering row of one pair exactly as `verifyAllocation` checks it: posts per unit of weight in the higher
 * category (X_h / S_h) at least those in the lower one (X_l / S_l), up to a relative 1e-9.
 */
function pairHolds(
  higher: ChainCategory,
  lower: ChainCategory,
  higherPosts: number,
  lowerPosts: number,
): boolean {
  const lhs = lower.weight * higherPosts;
  const rhs = higher.weight * lowerPosts;
  return lhs >= rhs - 1e-9 * Math.max(1, Math.abs(rhs));
}

/** The most posts the lower category of a pair may hold when the higher one holds `higherPosts`. */
function mostBelow(higher: ChainCategory, lower: ChainCategory, higherPosts: number): number {
  if (higherPosts === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  let y = Math.floor((lower.weight * higherPosts) / higher.weight);
  while (pairHolds(higher, lower, higherPosts, y + 1)) y++;
  while (y > 0 && !pairHolds(higher, lower, higherPosts, y)) y--;
  return y;
}

/** The fewest posts the higher category of a pair must hold when the lower one holds `lowerPosts`. */
function fewestAbove(higher: ChainCategory, lower: ChainCategory, lowerPosts: number): number {
  let x = Math.ceil((higher.weight * lowerPosts) / lower.weight);
  while (x > 0 && pairHolds(higher, lower, x - 1, lowerPosts)) x--;
  while (!pairHolds(higher, lower, x, lowerPosts)) x++;
  return x;
}

/** The whole-number category totals the chain allows: componentwise least and greatest, and their sums. */
export interface ChainRange {
  /** False when no vector of totals within the bounds satisfies the chain at all. */
  readonly feasible: boolean;
  /** Least totals per category (chain order) and their sum: the fewest posts the chain can take. */
  readonly least: readonly number[];
  readonly leastSum: number;
  /** Greatest totals per category and their sum (Infinity without caps): the most posts the chain can take. */
  readonly greatest: readonly number[];
  readonly greatestSum: number;
}

/**
 * The exact whole-number range of the chain from category `from` down. The totals satisfying "X_{c+1} at most
 * mostBelow(X_c)" within the bounds form a lattice: its greatest element comes from the top down (each category as
 * high as its bounds and the one above allow), its least from the bottom up, and every sum in between is reached (raise
 * the first category below its greatest value one post at a time). So a total T is feasible iff the lattice is not
 * empty and leastSum ≤ T ≤ greatestSum.
 */
function rangeFrom(categories: readonly ChainCategory[], from: number, cap: number): ChainRange {
  const k = categories.length;
  const greatest: number[] = [];
  let above = cap;
  let feasible = true;
  for (let c = from; c < k; c++) {
    const cat = categories[c]!;
    const limit =
      c === from
        ? Math.min(cat.upper, above)
        : Math.min(cat.upper, mostBelow(categories[c - 1]!, cat, above));
    if (limit < cat.lower) feasible = false;
    greatest.push(limit);
    above = limit;
  }
  const least = new Array<number>(k - from).fill(0);
  let below = Number.NaN;
  for (let c = k - 1; c >= from; c--) {
    const cat = categories[c]!;
    const need = c === k - 1 ? cat.lower : Math.max(cat.lower, fewestAbove(cat, categories[c + 1]!, below));
    least[c - from] = need;
    below = need;
  }
  if (least.some((x, i) => x > greatest[i]!)) feasible = false;
  const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
  return { feasible, least, leastSum: sum(least), greatest, greatestSum: sum(greatest) };
}

/**
 * Whether the whole-number problem has any solution, decided exactly: bounds, total and the ordering chain.
 * Undefined when the problem is not a chain `solveOrderingChain` covers.
 * @example
 * // a county seat (weight 1, cap 1) above a central town (weight 1, floor 2): the seat would need 2 posts
 * chainRange({ total: 3, units: [seat, town], ordering: [{ higher: "countySeat", lower: "central" }] })?.feasible // false
 */
export function chainRange(problem: AllocationProblem): ChainRange | undefined {
  const categories = chainShape(problem);
  if (typeof categories === "string") return undefined;
  return rangeFrom(categories, 0, Number.POSITIVE_INFINITY);
}

/** Options of `solveOrderingChain`. */
export interface ChainOptions {
  /** Stop the search at this time (ms, as `performance.now()` gives it). Default: no deadline. */
  readonly deadline?: number;
  /** A known allocation (e.g. HiGHS's) whose cost bounds the search from the start. */
  readonly incumbent?: readonly number[];
  /**
   * Work allowed, in townships passed through the greedy (each greedy run costs its number of townships; a lookup in
   * a step table costs 1). Default: no budget (the deadline bounds the search). Beyond it the search
   * gives up (`overBudget`). The search is exact, but its bound (the pooled greedy below, without the chain) can be
   * loose where the rows bind hard in a large province, and the search then widens (3,100 binding townships: millions
   * of nodes).
   */
  readonly maxWork?: number;
  /** Nodes (choices of one category total) the search may visit. Default: no budget. */
  readonly maxVisits?: number;
}

/**
 * Exact least Σ |x − t|, then least Σ (x − t)² / t (under `least-squares-relative`: least Σ (x − t)² / t alone, whose
 * category costs are convex too), subject to Σ x = total, the bounds and the category ordering chain
 * (posts per unit of weight non-increasing down the chain, checked as `verifyAllocation` does).
 *
 * Given the category totals X_c the best placement within each category is the exact greedy, whose lexicographic cost
 * F_c(X_c) is convex in X_c. The totals are searched depth-first down the chain by branch and bound: choosing X_c
 * with the categories above fixed, the bound F_c(X_c) + P(rest) — P the pooled greedy of all categories below without
 * the chain, convex in what is left; with at least two categories below, the tighter chainBound, which keeps the
 * lowest row in continuous form — is unimodal in X_c and least where the pooled greedy of the categories from c
 * down puts X_c, so the search starts there and walks outwards until the bound exceeds the best leaf found. Every
 * range of X_c comes from the exact whole-number chain range (`chainRange`), so every leaf is feasible and an empty
 * search is a proof of infeasibility. Equal costs: the vector of totals first in chain order keeping more posts
 * higher up wins, and the other equal ones are reported as ties between the townships whose posts would move.
 * @example
 * // seat: weight 2, target 1; town: weight 1, target 3; total 4. X_seat/2 >= X_town rules out (2, 2) and (1, 3):
 * // (3, 1) costs |3 − 1| + |1 − 3| = 4, (4, 0) costs 6
 * solveOrderingChain({ total: 4, units: [seat, town], ordering: [{ higher: "countySeat", lower: "central" }] }).posts // [3, 1]
 */
export function solveOrderingChain(problem: AllocationProblem, options: ChainOptions = {}): ChainOutcome {
  const shape = chainShape(problem);
  if (typeof shape === "string") return { status: "notCovered", reason: shape };
  const categories = shape;
  const k = categories.length;
  const objective = problem.objective ?? PROBLEM_DEFAULT_OBJECTIVE;
  const range = rangeFrom(categories, 0, Number.POSITIVE_INFINITY);
  if (!range.feasible || problem.total < range.leastSum || problem.total > range.greatestSum)
    return { status: "infeasible", range };

  const maxWork = options.maxWork ?? Number.POSITIVE_INFINITY;
  const maxVisits = options.maxVisits ?? Number.POSITIVE_INFINITY;
  let work = 0;
  // Each category's cost F_c(X) and the pooled cost of categories c.. as lookups into sorted unit steps (`StepTable`);
  // the greedy itself runs only for the placements the answer uses (and where a table cannot be built: no cap).
  const within = categories.map(() => new Map<number, number[]>());
  const categoryPosts = (c: number, x: number) => {
    let posts = within[c]!.get(x);
    if (posts === undefined) {
      work += categories[c]!.units.length;
      posts = allocateExact(categories[c]!.units, x, objective)!.posts;
      within[c]!.set(x, posts);
    }
    return posts;
  };
  const ownTables = categories.map((cat) => stepTable([cat.units], objective));
  const ownCosts = categories.map(() => new Map<number, LexCost>());
  const categoryCost = (c: number, x: number): { cost: LexCost } => {
    const table = ownTables[c];
    if (table !== undefined) {
      work += 1;
      return { cost: tableCost(table, x) };
    }
    let cost = ownCosts[c]!.get(x);
    if (cost === undefined) {
      cost = lexCost(categories[c]!.units, categoryPosts(c, x), objective);
      ownCosts[c]!.set(x, cost);
    }
    return { cost };
  };
  // The pooled problem of categories c.. (no chain): its cost and where it puts category c's posts.
  const pooledUnits = categories.map((_, c) => categories.slice(c).flatMap((cat) => cat.units));
  const pooledTables = new Array<StepTable | undefined>(k);
  for (let c = k - 1; c >= 0; c--) {
    const own = ownTables[c];
    const rest = c === k - 1 ? undefined : pooledTables[c + 1];
    pooledTables[c] =
      c === k - 1 ? own : own !== undefined && rest !== undefined ? mergeTables(own, rest) : undefined;
  }
  const pooled = categories.map(() => new Map<number, { cost: LexCost; first: number }>());
  const pooledCost = (c: number, s: number) => {
    const table = pooledTables[c];
    if (table !== undefined) {
      work += 1;
      return { cost: tableCost(table, s), first: tableFirst(table, s) };
    }
    let entry = pooled[c]!.get(s);
    if (entry === undefined) {
      work += pooledUnits[c]!.length;
      const greedy = allocateExact(pooledUnits[c]!, s, objective);
      if (greedy === undefined) {
        entry = { cost: [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY], first: 0 };
      } else {
        const n = categories[c]!.units.length;
        entry = {
          cost: lexCost(pooledUnits[c]!, greedy.posts, objective),
          first: greedy.posts.slice(0, n).reduce((a, b) => a + b, 0),
        };
      }
      pooled[c]!.set(s, entry);
    }
    return entry;
  };
  const add = (a: LexCost, b: LexCost): LexCost => [a[0] + b[0], a[1] + b[1]];
  // A lower bound of the last two categories a, b sharing s posts under their chain row: y = X_a must be at least
  // z = s·S_a/(S_a + S_b) (X_b/S_b ≤ X_a/S_a). Minimise F_a(y) + F_b(s − y), extended linearly between whole posts,
  // over y ≥ z within the bounds: the pooled greedy's X_a if it is at least z, else the value at z (the function is
  // convex, so nondecreasing beyond the pooled minimiser). Convex in s, and never above the whole-number optimum.
  const lastPair = (s: number): LexCost => {
    const a = k - 2;
    const b = k - 1;
    const pooledAt = pooledCost(a, s);
    const ca = categories[a]!;
    const cb = categories[b]!;
    const low = Math.max(ca.lower, s - cb.upper);
    const high = Math.min(ca.upper, s - cb.lower);
    const z = ((s * ca.weight) / (ca.weight + cb.weight)) * (1 - 1e-9) - 1e-9;
    const clamped = Math.min(high, Math.max(low, z));
    if (!(low <= high) || pooledAt.first >= clamped) return pooledAt.cost;
    const pair = (y: number) => add(categoryCost(a, y).cost, categoryCost(b, s - y).cost);
    const f = Math.floor(clamped);
    const theta = clamped - f;
    const atFloor = pair(f);
    if (theta === 0) return atFloor;
    const atCeil = pair(f + 1);
    return [atFloor[0] + theta * (atCeil[0] - atFloor[0]), atFloor[1] + theta * (atCeil[1] - atFloor[1])];
  };

  // Lexicographic "less", Infinity (no placement) above every finite cost.
  const lexLess = (x: LexCost, y: LexCost) =>
    Number.isFinite(x[0]) && Number.isFinite(x[1])
      ? !(Number.isFinite(y[0]) && Number.isFinite(y[1])) || compareLexCosts(x, y) < 0
      : false;
  // A lower bound of the categories from a down (a at most k − 3) sharing s posts: R_a(s) = min over whole y = X_a of
  // F_a(y) + R_{a+1}(s − y), R_{k−2} = lastPair. Only the rows between a and a + 1 (and further up) are dropped, so
  // it is never above the whole-number optimum of those categories under the chain, and never below the pooled greedy
  // (lastPair is not). A sum of convex functions of y, so a ternary search on the lexicographic order narrows the
  // range to a few posts, which are then all evaluated; an inf-convolution of convex functions, so convex in s.
  const chainMemo = categories.map(() => new Map<number, LexCost>());
  const chainBound = (a: number, s: number): LexCost => {
    if (a === k - 2) return lastPair(s);
    const known = chainMemo[a]!.get(s);
    if (known !== undefined) return known;
    const ca = categories[a]!;
    let belowLower = 0;
    let belowUpper = 0;
    for (let b = a + 1; b < k; b++) {
      belowLower += categories[b]!.lower;
      belowUpper += categories[b]!.upper;
    }
    let lo = Math.max(ca.lower, s - belowUpper);
    let hi = Math.min(ca.upper, s - belowLower);
    let result: LexCost = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
    if (lo <= hi && Number.isFinite(lo) && Number.isFinite(hi)) {
      const at = (y: number) => add(categoryCost(a, y).cost, chainBound(a + 1, s - y));
      while (hi - lo > 8) {
        const m1 = Math.floor(lo + (hi - lo) / 3);
        const m2 = Math.floor(hi - (hi - lo) / 3);
        if (lexLess(at(m2), at(m1))) lo = m1;
        else hi = m2;
      }
      for (let y = lo; y <= hi; y++) {
        const value = at(y);
        if (lexLess(value, result)) result = value;
      }
    }
    if (!Number.isFinite(result[0])) result = pooledCost(a, s).cost;
    chainMemo[a]!.set(s, result);
    return result;
  };

  let best: { totals: number[]; cost: LexCost } | undefined;
  let bound: LexCost | undefined;
  if (options.incumbent !== undefined) bound = lexCost(problem.units, options.incumbent, objective);
  const equals: number[][] = [];
  let leaves = 0;
  let visits = 0;
  let timedOut = false;
  let overBudget = false;
  const totals = new Array<number>(k).fill(0);
  // Among equal costs, keep more posts higher up the chain (a canonical choice, independent of row order).
  const preferred = (a: readonly number[], b: readonly number[]) => {
    for (let c = 0; c < k; c++) if (a[c] !== b[c]) return a[c]! > b[c]!;
    return false;
  };
  const beats = (cost: LexCost) => {
    const against = best?.cost ?? bound;
    return against === undefined || compareLexCosts(cost, against) <= 0;
  };

  // The most posts the chain below category c can take when c holds x (the same at every node: memoised).
  const mostTakenMemo = categories.map(() => new Map<number, number>());
  const mostTaken = (c: number, x: number) => {
    let most = mostTakenMemo[c]!.get(x);
    if (most === undefined) {
      most = rangeFrom(categories, c + 1, mostBelow(categories[c]!, categories[c + 1]!, x)).greatestSum;
      mostTakenMemo[c]!.set(x, most);
    }
    return most;
  };
  // The uncapped chain range below each category: the same at every node.
  const rangesBelow = categories.map((_, c) => rangeFrom(categories, c + 1, Number.POSITIVE_INFINITY));
  const visit = (c: number, prefix: LexCost, remaining: number, cap: number): void => {
    if (timedOut) return;
    visits++;
    if (work > maxWork || visits > maxVisits) {
      overBudget = true;
      timedOut = true;
      return;
    }
    if (options.deadline !== undefined && (visits & 15) === 1 && performance.now() > options.deadline) {
      timedOut = true;
      return;
    }
    const cat = categories[c]!;
    if (c === k - 1) {
      if (remaining < cat.lower || remaining > Math.min(cat.upper, cap)) return;
      leaves++;
      totals[c] = remaining;
      const cost = add(prefix, categoryCost(c, remaining).cost);
      const order = best === undefined ? -1 : compareLexCosts(cost, best.cost);
      if (order < 0 || (order === 0 && preferred(totals, best!.totals))) {
        if (order === 0) equals.push([...best!.totals]);
        else equals.length = 0;
        best = { totals: [...totals], cost };
      } else if (order === 0) equals.push([...totals]);
      return;
    }
    // The range of X_c: within its bounds and the cap from above, leaving the categories below a feasible remainder.
    const below = rangesBelow[c]!;
    if (!below.feasible) return;
    let low = Math.max(cat.lower, fewestAbove(cat, categories[c + 1]!, below.least[0]!));
    const high = Math.min(cat.upper, cap, remaining - below.leastSum);
    if (low > high) return;
    const reaches = (x: number) => x + mostTaken(c, x) >= remaining;
    if (!reaches(high)) return;
    if (!reaches(low)) {
      // The least X_c whose chain below can still take the rest (monotone in X_c).
      let lo = low;
      let hi = high;
      while (hi - lo > 1) {
        const mid = Math.floor(lo / 2 + hi / 2);
        if (reaches(mid)) hi = mid;
        else lo = mid;
      }
      low = hi;
    }
    // The rest's bound: the pooled greedy below; when exactly two categories are left, their chain row in its
    // continuous form (lastPair), which the pooled greedy ignores. Both are lexicographically convex in what is left,
    // so the bound is unimodal in x: walking away from the start, the walk stops once the bound exceeds the best
    // leaf and no longer falls.
    const rest = (s: number) => (c + 3 <= k ? chainBound(c + 1, s) : pooledCost(c + 1, s).cost);
    const boundAt = (x: number) => add(add(prefix, categoryCost(c, x).cost), rest(remaining - x));
    const start = Math.min(high, Math.max(low, pooledCost(c, remaining).first));
    for (const direction of [-1, 1]) {
      let previous: LexCost | undefined = direction > 0 && start >= low ? boundAt(start) : undefined;
      for (let x = direction < 0 ? start : start + 1; x >= low && x <= high; x += direction) {
        const value = boundAt(x);
        const rising = previous !== undefined && compareLexCosts(value, previous) >= 0;
        previous = value;
        if (!beats(value)) {
          if (rising) break;
          continue;
        }
        totals[c] = x;
        visit(
          c + 1,
          add(prefix, categoryCost(c, x).cost),
          remaining - x,
          mostBelow(cat, categories[c + 1]!, x),
        );
        if (timedOut) return;
      }
    }
  };
  visit(0, [0, 0], problem.total, Number.POSITIVE_INFINITY);

  const assemble = (vector: readonly number[]) => {
    const posts = new Array<number>(problem.units.length).fill(0);
    categories.forEach((cat, c) => {
      const placed = categoryPosts(c, vector[c]!);
      cat.indices.forEach((j, i) => {
        posts[j] = placed[i]!;
      });
    });
    return posts;
  };
  if (overBudget) return { status: "overBudget", work, visits };
  if (timedOut) {
    if (best === undefined) return { status: "timedOut" };
    const posts = assemble(best.totals);
    return { status: "timedOut", posts, cost: best.cost };
  }
  if (best === undefined) {
    // Only an incumbent better than every leaf can prune them all; an incumbent is feasible, so it is optimal.
    if (options.incumbent !== undefined && bound !== undefined)
      return solveOrderingChain(problem, {
        ...(options.deadline !== undefined ? { deadline: options.deadline } : {}),
      });
    return { status: "infeasible", range };
  }
  const posts = assemble(best.totals);
  const ties: AllocationTie[] = [];
  categories.forEach((cat, c) => {
    ties.push(...marginTies(cat.units, categoryPosts(c, best!.totals[c]!), objective));
  });
  ties.push(...betweenCategories(categories, best.totals, equals, categoryPosts, objective));
  // The reported cost summed from the placements themselves (the search compared table sums, equal up to float noise).
  let cost: LexCost = [0, 0];
  categories.forEach((cat, c) => {
    cost = add(cost, lexCost(cat.units, categoryPosts(c, best!.totals[c]!), objective));
  });
  return { status: "optimal", posts, cost, totals: best.totals, ties, leaves, visits };
}

/**
 * Ties between categories: for each other vector of totals with the same cost, the township whose last post a
 * category would give up (its most expensive step) against the one that would take it in a category that gains.
 */
function betweenCategories(
  categories: readonly ChainCategory[],
  chosen: readonly number[],
  equals: readonly (readonly number[])[],
  categoryPosts: (c: number, x: number) => readonly number[],
  objective: AllocationObjective,
): AllocationTie[] {
  const seen = new Set<string>();
  const ties: AllocationTie[] = [];
  for (const other of equals) {
    for (let a = 0; a < categories.length; a++) {
      if (!(chosen[a]! > other[a]!)) continue;
      const giver = lastTaken(categories[a]!.units, categoryPosts(a, chosen[a]!), objective);
      for (let b = 0; b < categories.length; b++) {
        if (!(other[b]! > chosen[b]!)) continue;
        const taker = nextTaken(categories[b]!.units, categoryPosts(b, chosen[b]!), objective);
        if (giver === undefined || taker === undefined) continue;
        const key = `${giver}\u0000${taker}`;
        if (seen.has(key)) continue;
        seen.add(key);
        ties.push({ taken: giver, left: taker });
      }
    }
  }
  return ties;
}

/** The township whose last post is the most expensive step taken (ties: the later one, as the greedy takes them). */
function lastTaken(
  units: readonly AllocationUnit[],
  posts: readonly number[],
  objective: AllocationObjective,
): string | undefined {
  const ties = marginTies(units, posts, objective);
  if (ties.length > 0) return ties[0]!.taken;
  let best: { id: string; key: readonly [number, number] } | undefined;
  units.forEach((u, j) => {
    if (posts[j]! <= u.lower) return;
    const key = stepCost(posts[j]! - 1, u.target, objective);
    if (best === undefined || key[0] > best.key[0] || (key[0] === best.key[0] && key[1] >= best.key[1]))
      best = { id: u.id, key };
  });
  return best?.id;
}

/** The township with the cheapest next step (ties: the first one). */
function nextTaken(
  units: readonly AllocationUnit[],
  posts: readonly number[],
  objective: AllocationObjective,
): string | undefined {
  let best: { id: string; key: readonly [number, number] } | undefined;
  units.forEach((u, j) => {
    if (posts[j]! >= u.upper) return;
    const key = stepCost(posts[j]!, u.target, objective);
    if (best === undefined || key[0] < best.key[0] || (key[0] === best.key[0] && key[1] < best.key[1]))
      best = { id: u.id, key };
  });
  return best?.id;
}
