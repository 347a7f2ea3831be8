import { boundedSharesWithBounds } from "./bounded-shares.ts";
import { checkListLength } from "./priority-list.ts";
import {
  findTies,
  nextPostOf,
  type RankedPost,
  regroupTies,
  TIE_BREAK_RULE,
  TIE_TOLERANCE,
  tieBreakOrder,
} from "./ties.ts";
import type {
  ApportionOptions,
  ApportionResult,
  ApportionTie,
  ApportionUnit,
  LastPost,
  NextPost,
  PriorityEntry,
  UnitApportionment,
} from "./types.ts";
import { type CheckedUnit, checkInput, infeasibility } from "./validate.ts";

/**
 * Apportions `total` posts by Hamilton's method (largest remainder; also called Vinton's or
 * Hare-Niemeyer): every unit gets the whole part of its exact share (its lower quota), and the posts
 * left go one each to the units with the largest fractional remainders. Without bounds every unit gets
 * ⌊quota⌋ or ⌈quota⌉ (the quota rule), but a larger total can cost a unit a post (the Alabama paradox,
 * see `apportionSweep`).
 *
 * Bounds, by `options.hamiltonBounds`:
 * - `requota` (default; our rule): the exact shares are recomputed among the units no bound holds, on
 *   the posts the bounded units leave — clamp(λ·weight, min, max) summing to the total, the fixed point
 *   of "fix every unit whose share falls outside [min, max] at that bound, share the rest again". Lower
 *   quotas and largest remainders then apply to those shares (`boundedQuota`).
 * - `fixed-quota`: shares are computed once on the whole total; each lower quota is raised to the
 *   minimum or cut to the maximum; posts left go by largest remainder (share − posts held), and posts
 *   missing are taken back from the units most above their share (`reductions`). This is the US House
 *   practice with its one-seat minimum (1850–1900) that produced the Alabama paradox of 1880.
 *
 * Equal remainders (relative difference <= 1e-12) are reported in `ties` and broken by larger weight,
 * then name in code-point order (for take-backs: the unit last in that order gives up its post first).
 *
 * @param units the units, names unique, weights finite >= 0 (not all 0), bounds whole with min <= max
 * @param total posts to hand out, a whole number >= 0
 * @param options `hamiltonBounds`: "requota" (default) or "fixed-quota"
 * @returns `{ status: "ok", units, priorityList (the largest-remainder posts), nextPost (the next largest
 *   remainder), ties, … }`, or `{ status: "infeasible", diagnosis }` when Σ min > total or Σ max < total
 * @throws {RangeError} for a caller mistake, naming the unit (bad weight, bound, duplicate name) or the total
 * @example
 * apportionHamilton([{ name: "A", weight: 5 }, { name: "B", weight: 3 }, { name: "C", weight: 2 }], 4)
 * // quotas 2, 1.2, 0.8 → lower quotas 2, 1, 0 → the 4th post to C (remainder 0.8): A 2, B 1, C 1
 */
export function apportionHamilton(
  units: readonly ApportionUnit[],
  total: number,
  options: ApportionOptions = {},
): ApportionResult {
  const rule = options.hamiltonBounds ?? "requota";
  if (rule !== "requota" && rule !== "fixed-quota") {
    throw new RangeError(
      `apportionHamilton: hamiltonBounds must be "requota" or "fixed-quota", got "${rule}"`,
    );
  }
  const input = checkInput(units, total);
  const infeasible = infeasibility(input, "hamilton");
  if (infeasible) return infeasible;

  const quota = input.units.map((unit) => (total * unit.weight) / input.weightSum);
  const bounded = boundedSharesWithBounds(input.units, total);
  let share: number[];
  let heldAt: ("min" | "max" | undefined)[];
  let start: number[];
  if (rule === "requota") {
    share = bounded.map((entry) => entry.share);
    heldAt = bounded.map((entry) => entry.heldAt);
    start = input.units.map((unit, i) => clamp(Math.floor(share[i]!), unit.min, unit.max));
  } else {
    share = quota;
    start = input.units.map((unit, i) => clamp(Math.floor(quota[i]!), unit.min, unit.max));
    heldAt = input.units.map((unit, i) => {
      const floor = Math.floor(quota[i]!);
      if (floor < unit.min) return "min";
      return floor > unit.max ? "max" : undefined;
    });
  }

  const held = [...start];
  const lastRank = input.units.map(() => 0);
  const list: PriorityEntry[] = [];
  const reductions: PriorityEntry[] = [];
  const left = total - held.reduce((a, b) => a + b, 0);
  let rank = 1;
  for (const best of takeByRemainder(input.units, share, held, "add", left)) {
    list.push({ rank, unit: best.name, post: held[best.index]! + 1, priority: best.priority });
    held[best.index]! += 1;
    lastRank[best.index] = rank++;
  }
  checkListLength(-left);
  rank = 1;
  for (const worst of takeByRemainder(input.units, share, held, "remove", -left)) {
    reductions.push({ rank: rank++, unit: worst.name, post: held[worst.index]!, priority: worst.priority });
    held[worst.index]! -= 1;
  }

  const candidates = byRemainder(input.units, share, held, "add");
  const indexOf = new Map(input.units.map((unit) => [unit.name, unit.index]));
  const scaled = (entry: PriorityEntry): ScaledPost => ({
    ...entry,
    scale: Math.max(1, Math.abs(share[indexOf.get(entry.unit) ?? -1] ?? 0)),
  });
  const ties: ApportionTie[] = [...findTies(list.map(scaled), candidates, sameRemainder)];
  if (reductions.length > 0) {
    ties.push(
      ...findTies(reductions.map(scaled), byRemainder(input.units, share, held, "remove"), sameRemainder),
    );
  }

  const allocation: UnitApportionment[] = input.units.map((unit, i) => ({
    name: unit.name,
    weight: unit.weight,
    quota: quota[i]!,
    boundedQuota: bounded[i]!.share,
    min: unit.min,
    max: unit.max,
    allocated: held[i]!,
    lastPost: lastPostOf(held[i]!, lastRank[i]!, heldAt[i], start[i]!),
  }));
  return {
    status: "ok",
    method: "hamilton",
    total,
    units: allocation,
    priorityList: list,
    nextPost: toNextPost(candidates, held),
    ties,
    tieBreak: TIE_BREAK_RULE,
    hamiltonBounds: rule,
    ...(rule === "fixed-quota" ? { reductions } : {}),
  };
}

function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x));
}

/** A remainder with the size of the share it came from: float error grows with the share. */
interface ScaledPost extends RankedPost {
  /** max(1, |share|). */
  readonly scale: number;
}

interface Candidate extends ScaledPost {
  readonly index: number;
  readonly name: string;
  readonly weight: number;
}

/** Remainders tie when they differ by at most 1e-12 of the larger share (at least 1e-12 posts). */
function sameRemainder(a: ScaledPost, b: ScaledPost): boolean {
  return Math.abs(a.priority - b.priority) <= TIE_TOLERANCE * Math.max(a.scale, b.scale);
}

/**
 * The units that take (`add`) or give back (`remove`) the next `count` posts one by one, each time the first of
 * `byRemainder` as it stands then, in order. Sorts the remainders once: when every unit takes at most one post, every
 * tied run it draws from is tied throughout and apart from the next run, and no unit's remainder after its post
 * comes near those still drawn from, the one-by-one order is the sorted list's first `count` units (the same tie
 * grouping). Otherwise (near-ties that chain, or more posts than units, as `fixed-quota` can need) it hands out the
 * posts one at a time as before. O(n log n) in the first case.
 */
function takeByRemainder(
  units: readonly CheckedUnit[],
  share: readonly number[],
  held: readonly number[],
  direction: "add" | "remove",
  count: number,
): Candidate[] {
  if (count <= 0) return [];
  const sign = direction === "add" ? 1 : -1;
  const sorted = byRemainder(units, share, held, direction, false);
  if (count <= sorted.length && sortedOnceHolds(sorted, count, sign)) {
    return regroupTies(sorted, sameRemainder, (a, b) => sign * tieBreakOrder(a, b)).slice(0, count);
  }
  const picks: Candidate[] = [];
  const now = [...held];
  for (let k = 0; k < count; k++) {
    const next = byRemainder(units, share, now, direction)[0]!;
    picks.push(next);
    now[next.index]! += sign;
  }
  return picks;
}

/**
 * Whether handing out the first `count` posts of the sorted candidates (best first, before tied runs are regrouped)
 * one by one, re-sorting each time, takes them in the regrouped list's order: every run of ties the posts reach is
 * within the tolerance of its narrowest member from end to end and more than the widest tolerance above the next
 * candidate, and every unit's key after its post (one post lower) lies more than that tolerance below them all.
 */
function sortedOnceHolds(sorted: readonly Candidate[], count: number, sign: number): boolean {
  let widest = 1;
  for (const c of sorted) widest = Math.max(widest, c.scale);
  const margin = TIE_TOLERANCE * widest;
  const key = (c: Candidate) => sign * c.priority;
  let lowest = Number.POSITIVE_INFINITY;
  for (let k = 0; k < count; k++) lowest = Math.min(lowest, key(sorted[k]!));
  for (let k = 0; k < count; k++) if (!(key(sorted[k]!) - 1 < lowest - margin)) return false;
  for (let start = 0; start < count; ) {
    let end = start + 1;
    let narrowest = sorted[start]!.scale;
    while (end < sorted.length && sameRemainder(sorted[end]!, sorted[start]!)) {
      narrowest = Math.min(narrowest, sorted[end]!.scale);
      end++;
    }
    if (end - start > 1) {
      if (!(key(sorted[start]!) - key(sorted[end - 1]!) <= TIE_TOLERANCE * narrowest)) return false;
      if (end < sorted.length && !(key(sorted[end - 1]!) - key(sorted[end]!) > margin)) return false;
    }
    start = end;
  }
  return true;
}

/**
 * Units that may take a post ("add": below max, largest share − held first) or give one back ("remove":
 * above min, smallest share − held first), with tied runs in tie-break order (reversed for "remove"; `regrouped`
 * false: sorted only, before the tied runs are regrouped).
 */
function byRemainder(
  units: readonly CheckedUnit[],
  share: readonly number[],
  held: readonly number[],
  direction: "add" | "remove",
  regrouped = true,
): Candidate[] {
  const sign = direction === "add" ? 1 : -1;
  const open: Candidate[] = [];
  for (const unit of units) {
    const k = held[unit.index]!;
    if (direction === "add" ? k >= unit.max : k <= unit.min) continue;
    const priority = share[unit.index]! - k;
    const scale = Math.max(1, Math.abs(share[unit.index]!));
    open.push({ index: unit.index, name: unit.name, weight: unit.weight, unit: unit.name, priority, scale });
  }
  open.sort((a, b) => sign * (b.priority - a.priority) || sign * tieBreakOrder(a, b));
  return regrouped ? regroupTies(open, sameRemainder, (a, b) => sign * tieBreakOrder(a, b)) : open;
}

function toNextPost(candidates: readonly Candidate[], held: readonly number[]): NextPost | null {
  return nextPostOf(candidates, held, sameRemainder);
}

function lastPostOf(
  allocated: number,
  rank: number,
  heldAt: "min" | "max" | undefined,
  start: number,
): LastPost {
  if (rank > 0) return { step: "largest-remainder", rank };
  if (allocated === 0) return { step: "none" };
  if (heldAt === "min" && allocated === start) return { step: "minimum" };
  if (heldAt === "max") return { step: "maximum" };
  return { step: "lower-quota" };
}
