// The multi-year transition path (R12): from today's posts to a target allocation, year by year, one way per township.
import type { Bilingual } from "../types.ts";
import {
  TRANSITION_CONFLICT_MESSAGES,
  TRANSITION_OBJECTIVE,
  transitionRemedyMessage,
  yearTotalsRule,
} from "../words/transition-labels.ts";
import { type MoveUnit, movesFeasible, movesFlow } from "./moves-feasible.ts";
import { compareStepCosts, stepCost } from "./step-cost.ts";

/** One township on the path. */
export interface PathTownship {
  readonly id: string;
  readonly name: string;
  /** Today's posts, whole. */
  readonly today: number;
  /** The target (the run's allocation), whole posts. */
  readonly target: number;
  /** Floor held every year, whole posts (0 for none). */
  readonly floor: number;
}

/** The settings of a path (see `TransitionSpec`). */
export interface PathSettings {
  readonly years: number;
  readonly maxChangePerYear?: number;
  readonly maxChangeShare?: number;
  readonly yearTotals?: readonly number[];
  readonly noCuts: boolean;
}

/** What keeps a township from its target at the end of the path. */
export type TransitionStop = "changeLimit" | "noCuts" | "floor" | "yearTotal";

/** One township's path. */
export interface TownshipPath {
  readonly id: string;
  readonly name: string;
  readonly today: number;
  readonly target: number;
  readonly floor: number;
  /** Most posts it may change in one year (min of the posts and share limits), or null for no limit. */
  readonly limit: number | null;
  /** Posts at the end of years 1..N; empty when the path is infeasible. */
  readonly path: readonly number[];
  /** The first year it holds its target (0: already today), or null when it does not arrive. */
  readonly arrives: number | null;
  /** Why it does not arrive (null when it does, or when the path is infeasible). */
  readonly stoppedBy: TransitionStop | null;
  /** |target − posts at the end|, posts. */
  readonly shortBy: number;
  /** Years it would need at its limit: ⌈|target − today| / limit⌉ (null without a limit; 0 when today = target). */
  readonly yearsNeeded: number | null;
}

/** One year of the path: its total and what the path allocated (null when infeasible). */
export interface TransitionYear {
  readonly year: number;
  readonly total: number;
  readonly allocated: number | null;
  /** Posts gained and lost that year, over all townships (null when infeasible). */
  readonly gained: number | null;
  readonly cut: number | null;
}

/** Why no path exists, with the year and the numbers. */
export interface TransitionConflict {
  /**
   * - `floor-beyond-limit`: a township below its floor today needs more than its yearly limit in year 1;
   * - `above-reach`: a year's total exceeds what the townships can reach by then (their limits, their targets);
   * - `below-reach`: a year's total is below the least they can hold by then (cuts limited, or none allowed);
   * - `path`: each year's total alone can be met, but not one after the other without a township turning back.
   */
  readonly kind: "floor-beyond-limit" | "above-reach" | "below-reach" | "path";
  readonly year: number;
  readonly involves: readonly string[];
  readonly numbers: Readonly<Record<string, number>>;
  readonly message: Bilingual;
}

/** The smallest change of one setting that makes the path feasible (checked by computing it). */
export interface TransitionRemedy {
  readonly setting: "maxChangePerYear" | "maxChangeShare" | "years" | "noCuts" | "yearTotals";
  readonly from: number | boolean | string;
  readonly to: number | boolean | string;
  readonly message: Bilingual;
}

/** The path, its years and, when there is none, why. */
export interface TransitionPath {
  readonly status: "feasible" | "infeasible";
  readonly years: number;
  readonly noCuts: boolean;
  readonly maxChangePerYear: number | null;
  readonly maxChangeShare: number | null;
  /** Today's total and the target total (Σ today, Σ target). */
  readonly todayTotal: number;
  readonly targetTotal: number;
  /** How the year totals were set. */
  readonly totalsRule: Bilingual;
  /** What each year minimises. */
  readonly objective: Bilingual;
  readonly yearTotals: readonly TransitionYear[];
  readonly townships: readonly TownshipPath[];
  readonly conflicts: readonly TransitionConflict[];
  readonly remedies: readonly TransitionRemedy[];
}

/**
 * Default year totals: linear from today's total C to the target total T, C + (T − C)·y/N rounded to the nearest whole
 * post, a half rounded away from C (so toward T); the last year is T.
 * @example linearYearTotals(511, 521, 3) // [514, 518, 521]: 511 + 3.33 → 514, 511 + 6.67 → 518
 */
export function linearYearTotals(today: number, target: number, years: number): number[] {
  const d = target - today;
  const sign = d < 0 ? -1 : 1;
  return Array.from(
    { length: years },
    (_, i) => today + sign * Math.floor((2 * Math.abs(d) * (i + 1) + years) / (2 * years)),
  );
}

/** The yearly limit of a township: min of the posts limit and floor(share × today), or Infinity for none. */
function limitOf(today: number, settings: PathSettings): number {
  const posts = settings.maxChangePerYear ?? Number.POSITIVE_INFINITY;
  const share =
    settings.maxChangeShare !== undefined
      ? Math.floor(today * settings.maxChangeShare + 1e-9)
      : Number.POSITIVE_INFINITY;
  return Math.min(posts, share);
}

/** The floor a path can hold: a target below the floor (not possible for a run's allocation) keeps its target. */
function floorOf(t: PathTownship): number {
  return t.floor;
}

interface Prepared {
  readonly units: readonly PathTownship[];
  readonly limits: readonly number[];
  readonly totals: readonly number[];
  readonly noCuts: boolean;
}

/** The move units of years `from`..N−1 (0-based) from the posts `start`, for the feasibility test. */
function moveUnits(p: Prepared, from: number, start: readonly number[], upTo = p.totals.length): MoveUnit[] {
  const span = upTo - from;
  return p.units.map((u, j) => {
    const x = start[j]!;
    const limit = p.limits[j]!;
    if (u.target > u.today) {
      const remaining = Math.max(0, u.target - x);
      const low = Array.from({ length: span }, (_, k) =>
        from + k === 0 ? Math.max(0, Math.min(floorOf(u), u.target) - x) : 0,
      );
      const high = Array.from({ length: span }, () => Math.min(limit, remaining));
      return { direction: 1, remaining, low, high } satisfies MoveUnit;
    }
    if (u.target < u.today) {
      const remaining = Math.max(0, x - Math.max(u.target, floorOf(u)));
      const cut = p.noCuts ? 0 : Math.min(limit, remaining);
      return {
        direction: -1,
        remaining,
        low: new Array<number>(span).fill(0),
        high: new Array<number>(span).fill(cut),
      } satisfies MoveUnit;
    }
    return {
      direction: 0,
      remaining: 0,
      low: new Array<number>(span).fill(0),
      high: new Array<number>(span).fill(0),
    } satisfies MoveUnit;
  });
}

function changes(totals: readonly number[], from: number, start: number, upTo = totals.length): number[] {
  const out: number[] = [];
  let before = start;
  for (let y = from; y < upTo; y++) {
    out.push(totals[y]! - before);
    before = totals[y]!;
  }
  return out;
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

function prepare(townships: readonly PathTownship[], settings: PathSettings): Prepared {
  const todayTotal = sum(townships.map((t) => t.today));
  const targetTotal = sum(townships.map((t) => t.target));
  return {
    units: townships,
    limits: townships.map((t) => limitOf(t.today, settings)),
    totals: settings.yearTotals ?? linearYearTotals(todayTotal, targetTotal, settings.years),
    noCuts: settings.noCuts,
  };
}

function feasible(p: Prepared): boolean {
  const today = p.units.map((u) => u.today);
  return movesFeasible(moveUnits(p, 0, today), changes(p.totals, 0, sum(today)));
}

/**
 * The multi-year transition path from today's posts to the target allocation.
 *
 * Each year y's posts x_y are whole, sum exactly to that year's total, and each township moves one way only: x_y lies
 * in [min(x_{y−1}, target), max(x_{y−1}, target)] ∩ [x_{y−1} − limit, x_{y−1} + limit] ∩ [floor, ∞) (with `noCuts`:
 * x_y >= x_{y−1}, so a township above its target keeps today's posts). Each year, in turn, minimises Σ |x_y − target|,
 * ties broken by least Σ (x_y − target)²/target, then by township order (the main allocation's rule), over the x_y
 * from which the remaining years can still be met — so no year is spent in a way that makes a later one impossible.
 * The greedy takes the cheapest steps one at a time, each only when the rest of the path stays feasible (a maximum
 * flow, `movesFeasible`). When no path exists, the result says which year fails and why, and the smallest single
 * change of each setting that makes it feasible (each checked). Deterministic; no exception for an infeasible path.
 * @throws {RangeError} when `yearTotals` does not have one total per year or years < 1 (the scenario schema prevents both).
 * @example transitionPath([{ id: "a", name: "A", today: 45, target: 48, floor: 15 }, { id: "b", name: "B", today: 30, target: 27, floor: 15 }], { years: 3, maxChangePerYear: 1, noCuts: false }).townships[0].path // [46, 47, 48]
 */
export function transitionPath(townships: readonly PathTownship[], settings: PathSettings): TransitionPath {
  if (!(settings.years >= 1) || !Number.isInteger(settings.years))
    throw new RangeError("transitionPath: years must be a whole number >= 1");
  if (settings.yearTotals !== undefined && settings.yearTotals.length !== settings.years)
    throw new RangeError("transitionPath: yearTotals needs one total per year");
  const p = prepare(townships, settings);
  const todayTotal = sum(townships.map((t) => t.today));
  const targetTotal = sum(townships.map((t) => t.target));
  const header = {
    years: settings.years,
    noCuts: settings.noCuts,
    maxChangePerYear: settings.maxChangePerYear ?? null,
    maxChangeShare: settings.maxChangeShare ?? null,
    todayTotal,
    targetTotal,
    totalsRule: yearTotalsRule(settings.yearTotals !== undefined, todayTotal, targetTotal, settings.years),
    objective: TRANSITION_OBJECTIVE,
  };
  const limitOrNull = (j: number) => (Number.isFinite(p.limits[j]!) ? p.limits[j]! : null);
  const yearsNeeded = (t: PathTownship, j: number) => {
    const distance = Math.abs(t.target - t.today);
    if (distance === 0) return 0;
    const limit = p.limits[j]!;
    if (!Number.isFinite(limit)) return null;
    return limit > 0 ? Math.ceil(distance / limit) : null;
  };

  if (!feasible(p)) {
    return {
      status: "infeasible",
      ...header,
      yearTotals: p.totals.map((total, i) => ({
        year: i + 1,
        total,
        allocated: null,
        gained: null,
        cut: null,
      })),
      townships: townships.map((t, j) => ({
        id: t.id,
        name: t.name,
        today: t.today,
        target: t.target,
        floor: t.floor,
        limit: limitOrNull(j),
        path: [],
        arrives: t.today === t.target ? 0 : null,
        stoppedBy: null,
        shortBy: Math.abs(t.target - t.today),
        yearsNeeded: yearsNeeded(t, j),
      })),
      conflicts: diagnose(p),
      remedies: remedies(townships, settings),
    };
  }

  const paths: number[][] = townships.map(() => []);
  let previous = townships.map((t) => t.today);
  for (let y = 0; y < p.totals.length; y++) {
    const x = yearAllocation(p, y, previous);
    x.forEach((v, j) => {
      paths[j]!.push(v);
    });
    previous = x;
  }
  const rows: TownshipPath[] = townships.map((t, j) => {
    const path = paths[j]!;
    const final = path[path.length - 1] ?? t.today;
    const reached = path.indexOf(t.target);
    const arrives = t.today === t.target ? 0 : reached >= 0 ? reached + 1 : null;
    return {
      id: t.id,
      name: t.name,
      today: t.today,
      target: t.target,
      floor: t.floor,
      limit: limitOrNull(j),
      path,
      arrives,
      stoppedBy: arrives === null ? stopOf(t, path, p.limits[j]!, settings.noCuts) : null,
      shortBy: Math.abs(t.target - final),
      yearsNeeded: yearsNeeded(t, j),
    };
  });
  return {
    status: "feasible",
    ...header,
    yearTotals: p.totals.map((total, y) => {
      let gained = 0;
      let cut = 0;
      townships.forEach((t, j) => {
        const d = paths[j]![y]! - (y === 0 ? t.today : paths[j]![y - 1]!);
        if (d > 0) gained += d;
        else cut -= d;
      });
      return { year: y + 1, total, allocated: sum(paths.map((path) => path[y]!)), gained, cut };
    }),
    townships: rows,
    conflicts: [],
    remedies: [],
  };
}

/** The limit that keeps a township from its target (see `TransitionStop`). */
function stopOf(t: PathTownship, path: readonly number[], limit: number, noCuts: boolean): TransitionStop {
  if (t.target < t.today && noCuts) return "noCuts";
  if (t.target < t.today && floorOf(t) > t.target && path[path.length - 1] === floorOf(t)) return "floor";
  const everyYearAtLimit = path.every((v, y) => Math.abs(v - (y === 0 ? t.today : path[y - 1]!)) === limit);
  return everyYearAtLimit ? "changeLimit" : "yearTotal";
}

/**
 * One year's allocation: from each township's least posts that year, add the cheapest step (the main allocation's
 * step cost toward the target) while the year's total is not reached, each step only when the remaining years stay
 * feasible; a township whose step is refused is done for the year (its constraint stays tight as others grow).
 */
function yearAllocation(p: Prepared, y: number, previous: readonly number[]): number[] {
  const { units, limits } = p;
  const lower = units.map((u, j) => {
    const prev = previous[j]!;
    if (u.target > u.today) return y === 0 ? Math.max(prev, Math.min(floorOf(u), u.target)) : prev;
    if (u.target < u.today) {
      if (p.noCuts) return prev;
      return Math.max(u.target, floorOf(u), prev - limits[j]!);
    }
    return prev;
  });
  const upper = units.map((u, j) => {
    const prev = previous[j]!;
    return u.target > u.today ? Math.min(u.target, prev + limits[j]!) : prev;
  });
  const x = [...lower];
  let remaining = p.totals[y]! - sum(x);
  if (remaining <= 0) return x;
  // the remaining years' moves as a flow: each step asks it whether this year's move may grow (up) or its cut shrink
  const flow = movesFlow(moveUnits(p, y, previous), changes(p.totals, y, sum(previous)));
  if (flow === null) throw new Error("transitionPath: a year the flow found feasible has no moves");
  // the cheapest step first, ties by township order (the targets and posts are whole, so costs are exact rationals)
  const heap = new StepHeap((a, b) => {
    const c = compareStepCosts(stepCost(x[a]!, units[a]!.target), stepCost(x[b]!, units[b]!.target));
    return c !== 0 ? c : a - b;
  });
  for (let j = 0; j < units.length; j++) if (x[j]! < upper[j]!) heap.push(j);
  while (remaining > 0) {
    const best = heap.pop();
    if (best === undefined) throw new Error("transitionPath: no step left in a year the flow found feasible");
    x[best]! += 1;
    const up = units[best]!.target > units[best]!.today;
    // a township refused is done for the year (its constraint stays tight as others grow)
    if (!flow.require(best, 0, up ? x[best]! - previous[best]! : previous[best]! - x[best]!)) {
      x[best]! -= 1;
      continue;
    }
    remaining -= 1;
    if (x[best]! < upper[best]!) heap.push(best);
  }
  return x;
}

/** A binary heap of township indices under `less` (read when pushing and popping: keys change only when popped). */
class StepHeap {
  private readonly items: number[] = [];
  constructor(private readonly compare: (a: number, b: number) => number) {}
  push(j: number): void {
    const items = this.items;
    items.push(j);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i]!, items[parent]!) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): number | undefined {
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
        if (l < items.length && this.compare(items[l]!, items[m]!) < 0) m = l;
        if (r < items.length && this.compare(items[r]!, items[m]!) < 0) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** Why no path exists: townships below their floor beyond their limit, else the first year that cannot be met. */
function diagnose(p: Prepared): TransitionConflict[] {
  const { units, limits } = p;
  const conflicts: TransitionConflict[] = [];
  const floorGaps = units
    .map((u, j) => ({ u, need: Math.min(floorOf(u), u.target) - u.today, limit: limits[j]! }))
    .filter((g) => g.need > g.limit);
  if (floorGaps.length > 0) {
    const need = Math.max(...floorGaps.map((g) => g.need));
    const limit = Math.min(...floorGaps.map((g) => g.limit));
    conflicts.push({
      kind: "floor-beyond-limit",
      year: 1,
      involves: floorGaps.map((g) => g.u.id),
      numbers: { need, limit },
      message: TRANSITION_CONFLICT_MESSAGES.floorBeyondLimit(
        floorGaps.map((g) => g.u.name),
        need,
        limit,
      ),
    });
    return conflicts;
  }
  const today = units.map((u) => u.today);
  const start = sum(today);
  for (let y = 1; y <= p.totals.length; y++) {
    if (movesFeasible(moveUnits(p, 0, today, y), changes(p.totals, 0, start, y))) continue;
    const total = p.totals[y - 1]!;
    const reachUp = units.map((u, j) =>
      u.target > u.today ? Math.min(u.target, u.today + y * limits[j]!) : u.today,
    );
    const reachDown = units.map((u, j) =>
      u.target < u.today
        ? p.noCuts
          ? u.today
          : Math.max(u.target, floorOf(u), u.today - y * limits[j]!)
        : u.target > u.today
          ? Math.max(u.today, Math.min(floorOf(u), u.target))
          : u.today,
    );
    const most = sum(reachUp);
    const least = sum(reachDown);
    if (total > most) {
      const held = units.filter((u, j) => u.target > u.today && reachUp[j]! < u.target);
      conflicts.push({
        kind: "above-reach",
        year: y,
        involves: held.map((u) => u.id),
        numbers: { total, most, shortBy: total - most },
        message: TRANSITION_CONFLICT_MESSAGES.aboveReach(
          y,
          total,
          most,
          held.map((u) => u.name),
        ),
      });
    } else if (total < least) {
      const held = units.filter((u, j) => u.target < u.today && reachDown[j]! > u.target);
      conflicts.push({
        kind: "below-reach",
        year: y,
        involves: held.map((u) => u.id),
        numbers: { total, least, overBy: least - total },
        message: TRANSITION_CONFLICT_MESSAGES.belowReach(
          y,
          total,
          least,
          held.map((u) => u.name),
          p.noCuts,
        ),
      });
    } else {
      conflicts.push({
        kind: "path",
        year: y,
        involves: [],
        numbers: { total, previous: y > 1 ? p.totals[y - 2]! : start },
        message: TRANSITION_CONFLICT_MESSAGES.path(y, total, y > 1 ? p.totals[y - 2]! : start),
      });
    }
    return conflicts;
  }
  return conflicts;
}

/**
 * The smallest single change of each setting that makes the path feasible, each found by computing the path with
 * it (so the value found works and the one before it does not): the posts limit (raised one post at a time up to the
 * largest distance), the share limit (in steps of 0.01, up to 1), more years (with the linear totals, up to 50), no
 * `noCuts`, the linear totals instead of the given ones.
 */
function remedies(townships: readonly PathTownship[], settings: PathSettings): TransitionRemedy[] {
  const works = (s: PathSettings) => feasible(prepare(townships, s));
  const found: TransitionRemedy[] = [];
  const largest = Math.max(
    0,
    ...townships.map((t) => Math.max(Math.abs(t.target - t.today), Math.min(t.floor, t.target) - t.today)),
  );
  if (settings.maxChangePerYear !== undefined) {
    for (let k = settings.maxChangePerYear + 1; k <= largest; k++) {
      if (works({ ...settings, maxChangePerYear: k })) {
        found.push(remedy("maxChangePerYear", settings.maxChangePerYear, k));
        break;
      }
    }
  }
  if (settings.maxChangeShare !== undefined) {
    for (let step = Math.floor(settings.maxChangeShare * 100 + 1e-9) + 1; step <= 100; step++) {
      const share = step / 100;
      if (works({ ...settings, maxChangeShare: share })) {
        found.push(remedy("maxChangeShare", settings.maxChangeShare, share));
        break;
      }
    }
  }
  if (settings.yearTotals === undefined) {
    for (let years = settings.years + 1; years <= 50; years++) {
      if (works({ ...settings, years })) {
        found.push(remedy("years", settings.years, years));
        break;
      }
    }
  } else {
    const { yearTotals: _, ...linear } = settings;
    if (works(linear)) found.push(remedy("yearTotals", "given", "linear"));
  }
  if (settings.noCuts && works({ ...settings, noCuts: false })) found.push(remedy("noCuts", true, false));
  return found;
}

function remedy(
  setting: TransitionRemedy["setting"],
  from: TransitionRemedy["from"],
  to: TransitionRemedy["to"],
): TransitionRemedy {
  return { setting, from, to, message: transitionRemedyMessage(setting, from, to) };
}
