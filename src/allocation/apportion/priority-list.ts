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
 * each unit's count held within its bounds, see `apportionByDivisor`). Runs in O(units × total).
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

  const held = input.units.map((unit) => unit.min);
  const lastRank = input.units.map(() => 0);
  const list: PriorityEntry[] = [];
  const toHand = total - input.minimumSum;
  for (let rank = 1; rank <= toHand; rank++) {
    const winner = bestCandidates(input.units, held, method)[0]!;
    const i = winner.index;
    list.push({ rank, unit: winner.name, post: held[i]! + 1, priority: winner.priority });
    held[i]! += 1;
    lastRank[i] = rank;
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
