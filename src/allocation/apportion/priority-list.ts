import { APPORTION_LISTED_TAIL, APPORTION_MAX_LISTED_POSTS } from "../../policy.ts";
import { apportionListTruncated } from "../../words/apportion-limit.ts";
import { boundedShares } from "./bounded-shares.ts";
import { divisorBisection } from "./divisor-bisection.ts";
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
import { type CheckedUnit, checkInput, infeasibility, sumInNameOrder } from "./validate.ts";

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
 * each unit's count held within its bounds, see `apportionByDivisor`). Runs in O((units + total) · log units). Beyond
 * APPORTION_MAX_LISTED_POSTS posts after the minimums the posts are found by bisection on the divisor instead
 * (`apportionByBisection`), whatever the total, and the list holds only its last APPORTION_LISTED_TAIL posts
 * (`listTruncated` says from which rank).
 *
 * @param units the units, names unique, weights finite >= 0 (not all 0), bounds whole with min <= max
 * @param total posts to hand out, a whole number >= 0
 * @param method jefferson, webster, adams, dean or huntington-hill
 * @param _options unused by divisor methods (accepted for a uniform signature)
 * @returns `{ status: "ok", units, priorityList, nextPost, ties, divisor, … }`, or
 *   `{ status: "infeasible", diagnosis }` when Σ min > total or Σ max < total
 * @throws {RangeError} for a caller mistake, naming the unit (bad weight, bound, duplicate name) or the total
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

  const toHand = total - input.minimumSum;
  if (toHand > APPORTION_MAX_LISTED_POSTS) return apportionByBisection(units, total, method);
  const held = input.units.map((unit) => unit.min);
  const lastRank = input.units.map(() => 0);
  const list: PriorityEntry[] = [];
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

  return listedResult(input.units, total, method, held, list, lastRank);
}

/**
 * A divisor method's allocation by bisection on the divisor, without handing out every post
 * (`divisorBisection`): the same result as `apportionByPriority` (tested on the published tables and on seeded random
 * cases), except that the priority list holds only its last `tail` posts (default APPORTION_LISTED_TAIL), and a
 * unit whose last post came before them says so (`lastPost: { step: "divisor" }`); `listTruncated` gives the first
 * listed rank and the sentence saying so. Time does not depend on the total.
 * @param units the units, names unique, weights finite >= 0 (not all 0), bounds whole with min <= max
 * @param total posts to hand out, a whole number >= 0
 * @param method jefferson, webster, adams, dean or huntington-hill
 * @param options `tail`: how many of the list's last posts to give (default APPORTION_LISTED_TAIL)
 * @throws {RangeError} for a caller mistake, naming the unit (bad weight, bound, duplicate name) or the total
 * @example
 * apportionByBisection([{ name: "A", weight: 5 }, { name: "B", weight: 3 }, { name: "C", weight: 2 }], 1e12, "webster")
 * // A 5·10^11, B 3·10^11, C 2·10^11; priorityList ranks 999999999001 … 10^12; listTruncated.firstRank 999999999001
 */
export function apportionByBisection(
  units: readonly ApportionUnit[],
  total: number,
  method: DivisorMethod,
  options: { readonly tail?: number } = {},
): ApportionResult {
  const input = checkInput(units, total);
  const infeasible = infeasibility(input, method);
  if (infeasible) return infeasible;
  const tail = options.tail ?? APPORTION_LISTED_TAIL;
  const { held, tail: list } = divisorBisection(input.units, total, method, tail);
  const lastRank = input.units.map(() => 0);
  const indexOf = new Map(input.units.map((unit) => [unit.name, unit.index]));
  for (const entry of list) lastRank[indexOf.get(entry.unit)!] = entry.rank;
  return listedResult(input.units, total, method, held, list, lastRank);
}

/** The result from the posts and the (possibly truncated: ranks from list[0].rank) priority list. */
function listedResult(
  units: readonly CheckedUnit[],
  total: number,
  method: DivisorMethod,
  held: readonly number[],
  list: readonly PriorityEntry[],
  lastRank: readonly number[],
): ApportionResult {
  const firstRank = list[0]?.rank ?? 1;
  const input = { units };
  const candidates = bestCandidates(input.units, held, method);
  const ties = findTies<RankedPost>(list, candidates).map((tie) =>
    firstRank > 1 ? { ...tie, atRank: tie.atRank + firstRank - 1 } : tie,
  );
  const nextPost = toNextPost(candidates, held);
  const bounded = boundedShares(input.units, total);
  const weightSum = sumInNameOrder(input.units, (unit) => unit.weight);
  const allocation: UnitApportionment[] = input.units.map((unit, i) => ({
    name: unit.name,
    weight: unit.weight,
    quota: (total * unit.weight) / weightSum,
    boundedQuota: bounded[i]!,
    min: unit.min,
    max: unit.max,
    allocated: held[i]!,
    lastPost: lastPostOf(held[i]!, lastRank[i]!, firstRank > 1 && held[i]! > unit.min),
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
    ...(firstRank > 1
      ? {
          listTruncated: {
            firstRank,
            message: apportionListTruncated(firstRank, firstRank + list.length - 1),
          },
        }
      : {}),
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

function lastPostOf(allocated: number, rank: number, beforeTheList: boolean): LastPost {
  if (rank > 0) return { step: "priority", rank };
  if (beforeTheList) return { step: "divisor" };
  return allocated > 0 ? { step: "minimum" } : { step: "none" };
}
