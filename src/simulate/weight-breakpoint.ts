/**
 * The exact point where moving one factor weight first changes the greedy's allocation, in closed form.
 *
 * Along a one-weight sweep (the others renormalised in proportion) every factor weight is linear in the swept weight
 * w, so each township's demand D_j(w) (index × category coefficient) and index I_j(w) are linear in w, and its target
 * t_j(w) = T · D_j(w) / Σ D(w) a ratio of linear functions. The exact greedy (`allocateExact`) takes the cheapest unit
 * steps, each step x → x+1 costing the pair (|x + 1 − t| − |x − t|, (2(x − t) + 1)/t) (`stepCost`). Its allocation x
 * stays the unique optimum as long as every township's last step taken costs no more than every other township's next
 * step left, and it changes as soon as one such pair swaps (the bounds are whole numbers that do not depend on w: a
 * bound "starting to bind" is the step beyond it becoming the cheapest, a swap like any other). For one pair the
 * comparison can change sign only where one of these linear equations in w holds (multiply by Σ D(w) > 0):
 * t_i = x_i − 1, t_i = x_i, t_j = x_j, t_j = x_j + 1 (where |x − t| bends), t_j − t_i = x_j − x_i + 1 (first keys
 * equal), (2x_i − 1)·t_j = (2x_j + 1)·t_i (second keys equal). Between two consecutive roots the sign is constant, so
 * testing one point inside each interval finds the first interval where the pair is out of order; its left end is the
 * pair's breakpoint, and the smallest over all pairs is the allocation's. With the category ordering on and not
 * binding, a row "posts per unit of index, higher ≥ lower" (linear in w for the fixed allocation) failing is one more
 * breakpoint.
 *
 * A divisor method (Jefferson, Webster, Adams, Dean, Huntington-Hill, with the townships' bounds) is the same kind of
 * greedy: from the lower bounds, each next post goes to the largest priority D / d(x) (`apportionByPriority`). Its
 * allocation stays while every township's last post taken has a priority no lower than every other township's next
 * one, D_i / d(x_i − 1) ≥ D_j / d(x_j); the two cross only where D_i·d(x_j) = D_j·d(x_i − 1), linear in w (the
 * signposts d are constants; a post of infinite priority, d = 0, never swaps). Pure arithmetic: the caller verifies
 * the answer by runs on either side.
 */
import { priorityValue, signpost } from "../allocation/apportion/signposts.ts";
import type { DivisorMethod } from "../allocation/apportion/types.ts";
import { type AllocationObjective, compareStepCosts, stepCost } from "../allocation/step-cost.ts";
import type { Category } from "../types.ts";

/** A one-weight sweep seen from the allocation at its start. Arrays in township (data) order. */
export interface WeightLine {
  /** Posts to allocate (a whole number). */
  readonly total: number;
  readonly objective: AllocationObjective;
  /** Bounds (whole posts; upper may be Infinity) and category of each township. */
  readonly units: readonly { readonly lower: number; readonly upper: number; readonly category: Category }[];
  /** The allocation at `from`. */
  readonly posts: readonly number[];
  /** Demands (index × coefficient) with the swept weight at 0 and at 1: D(w) = (1 − w)·D(0) + w·D(1). */
  readonly demandAt0: readonly number[];
  readonly demandAt1: readonly number[];
  /** Indices at 0 and at 1 (the ordering rows' weights). */
  readonly indexAt0: readonly number[];
  readonly indexAt1: readonly number[];
  /** Neighbouring category pairs of the ordering rows; [] when the ordering is off. */
  readonly ordering: readonly { readonly higher: Category; readonly lower: Category }[];
  /** The swept weight at the start, in [0, 1]. */
  readonly from: number;
  /**
   * The divisor method that allocates (its priority list with the bounds), instead of the exact greedy of
   * `objective`; then `ordering` must be [] (a classical method runs without the ordering rows).
   */
  readonly divisor?: DivisorMethod;
}

/** Where the allocation first changes, and why. */
export interface WeightBreakpoint {
  /** The swept weight at the breakpoint (the exact root, as a double). */
  readonly value: number;
  /**
   * `steps`: a step taken and a step left swap (township indices; the first such pair found when several cross at
   * the same point); `ordering`: a category row fails.
   */
  readonly cause:
    | { readonly kind: "steps"; readonly taken: number; readonly left: number }
    | { readonly kind: "ordering"; readonly higher: Category; readonly lower: Category };
}

/** Largest county searched pair by pair (n² pairs); beyond it the caller uses the grid. */
export const WEIGHT_BREAKPOINT_MAX_TOWNSHIPS = 2000;

/**
 * The smallest move of the swept weight from `line.from` towards 1 (`up`) or 0 (`down`) beyond which the exact greedy
 * allocates otherwise, or null when nothing changes up to the end of the scale. A pair that touches without swapping
 * (equal only at one point) is not a breakpoint.
 * @throws {RangeError} when the county has more than WEIGHT_BREAKPOINT_MAX_TOWNSHIPS townships or `from` is outside [0, 1]
 * @example weightBreakpoint({ total: 3, posts: [2, 1], demandAt0: [2, 1], demandAt1: [1, 2], from: 0, … }, "up")!.value // 0.5: t = (2 − w, 1 + w), a's second post and b's second swap at t = (1.5, 1.5)
 */
export function weightBreakpoint(line: WeightLine, direction: "up" | "down"): WeightBreakpoint | null {
  const n = line.units.length;
  if (n > WEIGHT_BREAKPOINT_MAX_TOWNSHIPS)
    throw new RangeError(
      `weightBreakpoint searches at most ${WEIGHT_BREAKPOINT_MAX_TOWNSHIPS} townships, got ${n}`,
    );
  if (!(line.from >= 0 && line.from <= 1)) throw new RangeError(`from must be in [0, 1], got ${line.from}`);
  const sign = direction === "up" ? 1 : -1;
  const room = direction === "up" ? 1 - line.from : line.from;
  if (!(room > 0)) return null;
  // D_j(s) = p_j + q_j s along s = |w − from| ∈ [0, room].
  const linear = (at0: readonly number[], at1: readonly number[]) => {
    const p = at0.map((d0, j) => d0 + line.from * (at1[j]! - d0));
    const q = at0.map((d0, j) => sign * (at1[j]! - d0));
    return { p, q };
  };
  const demand = linear(line.demandAt0, line.demandAt1);
  const P = demand.p.reduce((s, x) => s + x, 0);
  const Q = demand.q.reduce((s, x) => s + x, 0);
  const T = line.total;
  const target = (j: number, s: number): number => (T * (demand.p[j]! + demand.q[j]! * s)) / (P + Q * s);
  /** Roots in (0, room) of α·t_i + β·t_j + γ = 0, i.e. T(α D_i + β D_j) + γ Σ D = 0 (linear in s). */
  const roots: number[] = [];
  const root = (i: number, alpha: number, j: number, beta: number, gamma: number) => {
    const c0 = T * (alpha * demand.p[i]! + beta * demand.p[j]!) + gamma * P;
    const c1 = T * (alpha * demand.q[i]! + beta * demand.q[j]!) + gamma * Q;
    if (c1 === 0) return;
    const s = -c0 / c1;
    if (s > 0 && s < room) roots.push(s);
  };
  const x = line.posts;
  const divisor = line.divisor;
  const absolute = divisor === undefined && line.objective !== "least-squares-relative";
  let best: { s: number; cause: WeightBreakpoint["cause"] } | null = null;

  for (let i = 0; i < n; i++) {
    if (x[i]! <= line.units[i]!.lower) continue;
    for (let j = 0; j < n; j++) {
      if (j === i || x[j]! >= line.units[j]!.upper) continue;
      roots.length = 0;
      if (absolute) {
        root(i, 1, i, 0, -(x[i]! - 1));
        root(i, 1, i, 0, -x[i]!);
        root(j, 1, j, 0, -x[j]!);
        root(j, 1, j, 0, -(x[j]! + 1));
        root(i, -1, j, 1, -(x[j]! - x[i]! + 1));
      }
      if (divisor !== undefined) {
        const last = signpost(divisor, x[i]! - 1);
        const next = signpost(divisor, x[j]!);
        // i's last post of infinite priority is never given back; j's next one of infinite priority was taken
        if (last === 0 || next === 0) continue;
        root(i, next, j, -last, 0);
      } else root(i, -(2 * x[j]! + 1), j, 2 * x[i]! - 1, 0);
      roots.sort((a, b) => a - b);
      const swapped =
        divisor !== undefined
          ? (s: number) =>
              priorityValue(divisor, demand.p[j]! + demand.q[j]! * s, x[j]!) >
              priorityValue(divisor, demand.p[i]! + demand.q[i]! * s, x[i]! - 1)
          : (s: number) =>
              compareStepCosts(
                stepCost(x[i]! - 1, target(i, s), line.objective),
                stepCost(x[j]!, target(j, s), line.objective),
              ) > 0;
      let left = 0;
      let found: number | undefined;
      for (const r of [...roots, room]) {
        if (best !== null && left >= best.s) break;
        if (r > left && swapped((left + r) / 2)) {
          found = left;
          break;
        }
        left = r;
      }
      if (found === undefined && (best === null || room < best.s) && swapped(room)) found = room;
      if (found !== undefined && (best === null || found < best.s))
        best = { s: found, cause: { kind: "steps", taken: i, left: j } };
    }
  }

  if (line.ordering.length > 0) {
    const index = linear(line.indexAt0, line.indexAt1);
    for (const pair of line.ordering) {
      // lowerIndex(s)·higherPosts − higherIndex(s)·lowerPosts >= 0 holds at s = 0; it is a + b·s, linear in s.
      let higherPosts = 0;
      let lowerPosts = 0;
      let higherP = 0;
      let higherQ = 0;
      let lowerP = 0;
      let lowerQ = 0;
      line.units.forEach((unit, j) => {
        if (unit.category === pair.higher) {
          higherPosts += x[j]!;
          higherP += index.p[j]!;
          higherQ += index.q[j]!;
        } else if (unit.category === pair.lower) {
          lowerPosts += x[j]!;
          lowerP += index.p[j]!;
          lowerQ += index.q[j]!;
        }
      });
      const a = lowerP * higherPosts - higherP * lowerPosts;
      const b = lowerQ * higherPosts - higherQ * lowerPosts;
      const fails = (s: number) => {
        const rhs = (higherP + higherQ * s) * lowerPosts;
        return a + b * s < -1e-9 * Math.max(1, Math.abs(rhs));
      };
      // The row fails beyond its root (b < 0), or right away when it holds with no margin left.
      const s = b < 0 ? Math.max(0, Math.min(room, -a / b)) : undefined;
      if (s !== undefined && (s < room || fails(room)) && (best === null || s < best.s))
        best = { s, cause: { kind: "ordering", higher: pair.higher, lower: pair.lower } };
    }
  }
  return best === null ? null : { value: line.from + sign * best.s, cause: best.cause };
}
