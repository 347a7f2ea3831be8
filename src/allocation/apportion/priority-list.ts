import { APPORTION_MAX_LISTED_POSTS } from "../../policy.ts";
import { boundedShares } from "./bounded-shares.ts";
import { divisorRange } from "./divisor-range.ts";
import { priorityValue } from "./signposts.ts";
import {
  findTies,
  nextPostOf,
  type PostCandidate,
  type RankedPost,
  regroupTies,
  samePriority,
  TIE_BREAK_RULE,
  tieBreakOrder,
  tiesWith,
} from "./ties.ts";
import type {
  ApportionOptions,
  ApportionResult,
  ApportionUnit,
  DivisorMethod,
  LastPost,
  NextPost,
  PriorityEntry,
  UnitApportionment,
} from "./types.ts";
import { type CheckedUnit, checkInput, infeasibility } from "./validate.ts";

/**
 * Apportions `total` posts by a divisor method in its priority-list form: every unit starts at its
 * minimum, then each next post goes to the unit with the largest priority weight / d(k) (k = posts it
 * holds) among the units below their maximum. Under Adams, Dean and Huntington-Hill d(0) = 0, so a unit
 * with weight > 0 and no post has infinite priority: all such units get a first post before any unit
 * gets a second. Equal priorities (relative difference <= 1e-12) are reported in `ties` and broken by
 * larger weight, then name in code-point order; the result does not depend on the order of `units`.
 *
 * The list is the one the US Census Bureau publishes as "priority values" for Huntington-Hill; with
 * bounds it is the minimum-maximum restricted divisor method (same result as the divisor form with
 * each unit's count held within its bounds, see `apportionByDivisor`). Runs in O((units + total) · log units); the
 * list is refused beyond APPORTION_MAX_LISTED_POSTS posts after the minimums (`apportionByDivisor` has no such limit).
 *
 * @param units the units, names unique, weights finite >= 0 (not all 0), bounds whole with min <= max
 * @param total posts to hand out, a whole number >= 0
 * @param method jefferson, webster, adams, dean or huntington-hill
 * @param _options unused by divisor methods (accepted for a uniform signature)
 * @returns `{ status: "ok", units, priorityList, nextPost, ties, divisor, … }`, or
 *   `{ status: "infeasible", diagnosis }` when Σ min > total or Σ max < total
 * @throws {RangeError} for a caller mistake, naming the unit (bad weight, bound, duplicate name) or the total, or
 *   when the list would hold more than APPORTION_MAX_LISTED_POSTS posts
 * @example
 * apportionByPriority([{ name: "A", weight: 60 }, { name: "B", weight: 30 }, { name: "C", weight: 10 }], 5, "jefferson")
 * // priorityList A 60, A 30, B 30, A 20, A 15 → A 4, B 1, C 0; the 5th post was a decisive tie
 * // (A 60/4 = B 30/2 = 15), given to A for its larger weight; nextPost B (15), ahead of A (12) by 3
 */
export function apportionByPriority(
  units: readonly ApportionUnit[],
  total: number,
  method: DivisorMethod,
  _options: ApportionOptions = {},
): ApportionResult {
  const input = checkInput(units, total);
  const infeasible = infeasibility(input, method);
  if (infeasible) return infeasible;

  const held = input.units.map((unit) => unit.min);
  const lastRank = input.units.map(() => 0);
  const list: PriorityEntry[] = [];
  const toHand = total - input.minimumSum;
  checkListLength(toHand);
  // The best next post of every unit below its maximum, in a heap: the same winner as sorting all candidates each
  // time (priority, then the tie-break rule among equal priorities), in O(log n) a post.
  const heap = new CandidateHeap();
  const candidate = (unit: CheckedUnit): Candidate => ({
    index: unit.index,
    name: unit.name,
    weight: unit.weight,
    unit: unit.name,
    priority: priorityValue(method, unit.weight, held[unit.index]!),
  });
  for (const unit of input.units) if (held[unit.index]! < unit.max) heap.push(candidate(unit));
  for (let rank = 1; rank <= toHand; rank++) {
    const winner = heap.pop()!;
    const i = winner.index;
    list.push({ rank, unit: winner.name, post: held[i]! + 1, priority: winner.priority });
    held[i]! += 1;
    lastRank[i] = rank;
    const unit = input.units[i]!;
    if (held[i]! < unit.max) heap.push(candidate(unit));
  }

  const candidates = bestCandidates(input.units, held, method);
  const ties = findTies<RankedPost>(list, candidates);
  const nextPost = toNextPost(candidates, held);
  const bounded = boundedShares(input.units, total);
  const allocation: UnitApportionment[] = input.units.map((unit, i) => ({
    name: unit.name,
    weight: unit.weight,
    quota: (total * unit.weight) / input.weightSum,
    boundedQuota: bounded[i]!,
    min: unit.min,
    max: unit.max,
    allocated: held[i]!,
    lastPost: lastPostOf(held[i]!, lastRank[i]!),
  }));
  return {
    status: "ok",
    method,
    total,
    units: allocation,
    priorityList: list,
    nextPost,
    ties,
    tieBreak: TIE_BREAK_RULE,
    divisor: divisorRange(input.units, held, method),
  };
}

/**
 * Refuses a priority list longer than the stated limit (a list of 10^12 posts cannot be held in memory).
 * @throws {RangeError} stating the posts asked for and the limit
 */
export function checkListLength(posts: number): void {
  if (posts > APPORTION_MAX_LISTED_POSTS)
    throw new RangeError(
      `apportion: ${posts} posts to hand out after the minimums; the priority list holds at most ${APPORTION_MAX_LISTED_POSTS}`,
    );
}

/** Best candidate first: larger priority, equal priorities (within the tolerance) by the tie-break rule. */
function better(a: Candidate, b: Candidate): boolean {
  const c = tiesWith(a.priority, b.priority) ? tieBreakOrder(a, b) : b.priority - a.priority;
  return c < 0;
}

/** Binary heap of candidates, best on top. */
class CandidateHeap {
  private readonly items: Candidate[] = [];
  push(item: Candidate): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!better(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): Candidate | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && better(items[l]!, items[m]!)) m = l;
        if (r < items.length && better(items[r]!, items[m]!)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** A unit below its maximum with the priority of its next post. */
type Candidate = PostCandidate;

/**
 * Units below their maximum, best first: by priority, with priorities within the tolerance of the
 * best ordered by the tie-break rule, then the rest the same way.
 */
function bestCandidates(
  units: readonly CheckedUnit[],
  held: readonly number[],
  method: DivisorMethod,
): Candidate[] {
  const open: Candidate[] = [];
  for (const unit of units) {
    const k = held[unit.index]!;
    if (k >= unit.max) continue;
    const priority = priorityValue(method, unit.weight, k);
    open.push({ index: unit.index, name: unit.name, weight: unit.weight, unit: unit.name, priority });
  }
  open.sort((a, b) => b.priority - a.priority || tieBreakOrder(a, b));
  // Regroup runs of tied priorities so that the tie-break rule, not float noise, orders them.
  return regroupTies(open, samePriority, tieBreakOrder);
}

function toNextPost(candidates: readonly Candidate[], held: readonly number[]): NextPost | null {
  return nextPostOf(candidates, held, samePriority);
}

function lastPostOf(allocated: number, rank: number): LastPost {
  if (rank > 0) return { step: "priority", rank };
  return allocated > 0 ? { step: "minimum" } : { step: "none" };
}
