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
  let left = total - held.reduce((a, b) => a + b, 0);
  for (let rank = 1; left > 0; rank++, left--) {
    const best = byRemainder(input.units, share, held, "add")[0]!;
    list.push({ rank, unit: best.name, post: held[best.index]! + 1, priority: best.priority });
    held[best.index]! += 1;
    lastRank[best.index] = rank;
  }
  checkListLength(-left);
  for (let rank = 1; left < 0; rank++, left++) {
    const worst = byRemainder(input.units, share, held, "remove")[0]!;
    reductions.push({ rank, unit: worst.name, post: held[worst.index]!, priority: worst.priority });
    held[worst.index]! -= 1;
  }

  const candidates = byRemainder(input.units, share, held, "add");
  const scaled = (entry: PriorityEntry): ScaledPost => ({
    ...entry,
    scale: scaleOf(share, input.units, entry.unit),
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

function scaleOf(share: readonly number[], units: readonly CheckedUnit[], name: string): number {
  const index = units.findIndex((unit) => unit.name === name);
  return Math.max(1, Math.abs(share[index] ?? 0));
}

/**
 * Units that may take a post ("add": below max, largest share − held first) or give one back ("remove":
 * above min, smallest share − held first), with tied runs in tie-break order (reversed for "remove").
 */
function byRemainder(
  units: readonly CheckedUnit[],
  share: readonly number[],
  held: readonly number[],
  direction: "add" | "remove",
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
  return regroupTies(open, sameRemainder, (a, b) => sign * tieBreakOrder(a, b));
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
