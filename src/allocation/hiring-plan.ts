import { TIE_TOLERANCE } from "../policy.ts";
import { CATEGORIES, type Category } from "../types.ts";
import type { HiringReason } from "../words/hiring-labels.ts";

/** One township as the hiring plan sees it. */
export interface HiringTownship {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** Posts the usage rate counts (admin + institution, see `hiringTownships`), whole posts >= 0. */
  readonly posts: number;
  /** Staff in post (在编人数), whole persons >= 0. */
  readonly staff: number;
}

/** What the plan places and how it leans (a resolved `HiringSpec`). */
export interface HiringSettings {
  /** Recruits to place, whole persons >= 0. */
  readonly quota: number;
  /** Usage rate to move toward, in (0, 1], at most 6 decimals, e.g. 0.95. */
  readonly targetUsage: number;
  /** Weight of a township's shortfall by category, > 0. */
  readonly categoryWeights: Readonly<Record<Category, number>>;
}

/**
 * How long a township takes to reach the target usage at this year's pace (this year's recruits every year, posts and
 * staff otherwise as they are): `reached` when it is there before any recruit, `years` (1 when this year's recruits
 * reach it), `never` when it gets none this year.
 */
export type YearsToTarget =
  | { readonly kind: "reached" }
  | { readonly kind: "years"; readonly years: number }
  | { readonly kind: "never" };

/** One township's line of the plan. */
export interface HiringLine {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** The category weight of its shortfall. */
  readonly weight: number;
  readonly posts: number;
  readonly staff: number;
  /** posts − staff, 0 when staff fill or exceed the posts. */
  readonly vacancies: number;
  /** Recruits that bring usage to the target: the smallest whole number, 0 when it is there (<= vacancies). */
  readonly need: number;
  /** Recruits placed this year, whole persons, <= vacancies. */
  readonly recruits: number;
  /** staff ÷ posts before and after the recruits; null without posts. */
  readonly usageBefore: number | null;
  readonly usageAfter: number | null;
  /** Staff below the target (target × posts − staff, at least 0), before and after; fractional persons. */
  readonly shortfallBefore: number;
  readonly shortfallAfter: number;
  readonly yearsToTarget: YearsToTarget;
  readonly reasons: readonly HiringReason[];
}

/** The last recruits decided by the tie rule: townships whose next step was worth the same. */
export interface HiringTie {
  /** Townships (ids) that got a recruit at the tied value. */
  readonly given: readonly string[];
  /** Townships (ids) whose next recruit was worth the same and was not placed (the quota ran out). */
  readonly notGiven: readonly string[];
}

/** The year's hiring plan (R7). */
export interface HiringPlan {
  readonly quota: number;
  readonly targetUsage: number;
  readonly categoryWeights: Readonly<Record<Category, number>>;
  /** Recruits placed: min(quota, total vacancies). */
  readonly placed: number;
  /** quota − placed: recruits for whom no township has a vacancy. */
  readonly unplaced: number;
  /** Σ vacancies and Σ need over the townships. */
  readonly vacancies: number;
  readonly need: number;
  /** Townships below the target usage before and after. */
  readonly belowTargetBefore: number;
  readonly belowTargetAfter: number;
  /**
   * The objective's two values after the plan (persons²): `shortfall` = Σ w·(shortfall below the target)², minimised
   * first; `fill` = Σ w·(vacancies left)², minimised among the plans that minimise `shortfall`.
   */
  readonly objective: { readonly shortfall: number; readonly fill: number };
  readonly lines: readonly HiringLine[];
  /** The tie the last recruits fell into, or null when the quota did not cut through a tie. */
  readonly tie: HiringTie | null;
}

/** The target usage as a fraction num/den with den a power of ten (<= 10⁶), so shortfalls are exact integers ÷ den. */
function decimalFraction(value: number): { num: number; den: number } {
  for (let den = 1; den <= 1e6; den *= 10) {
    const num = Math.round(value * den);
    if (Math.abs(num - value * den) < 1e-6) return { num, den };
  }
  throw new RangeError(`planHiring: targetUsage ${value} has more than 6 decimals`);
}

const positive = (x: number): number => Math.max(0, x);

/** a < b beyond the tie tolerance (relative to their size): -1; a > b: 1; else 0 (a tie). */
function compareCost(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b), 1e-300);
  if (Math.abs(a - b) <= TIE_TOLERANCE * scale) return 0;
  return a < b ? -1 : 1;
}

/** Code-point order of ids (locale-free, so every machine orders the same). */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Places the year's recruits (R7) so that usage (staff ÷ posts) moves toward the target, exactly for this objective,
 * lexicographic over whole recruits x_j (0 <= x_j <= vacancies_j, Σ x_j <= quota):
 *   1. minimise Σ w_c(j) · max(0, target·posts_j − staff_j − x_j)²  (the weighted squared shortfall, in staff);
 *   2. then minimise Σ w_c(j) · (vacancies_j − x_j)²                  (the vacancies left).
 * So a township at or above the target gets a recruit only once every township has reached it (the quota exceeds
 * what the target needs everywhere); then the rest fill vacancies, toward full posts, by the same weights, and what
 * no vacancy takes is `unplaced`. The squares make a bigger gap — in staff, so a bigger township's too — take more
 * of the quota, the weights lean it by category. Both terms are separable and convex in each x_j, so placing one
 * recruit at a time where it lowers the objective most (compared as the pair (1, 2)) is optimal (test: HiGHS and
 * enumeration). Ties (within `TIE_TOLERANCE`) go to the higher category (county seat first), then the lower usage
 * before, then the id in code-point order; a tie the quota cuts through is reported in `tie`.
 * Takes O(quota × townships) steps.
 * @throws {RangeError} for a negative or fractional quota, posts or staff, a target outside (0, 1] or with more
 * than 6 decimals, a weight <= 0
 * @example planHiring([{ id: "A", name: "A", category: "general", posts: 40, staff: 34 }], { quota: 9, targetUsage: 0.95, categoryWeights: DEFAULT_HIRING_WEIGHTS }).lines[0].recruits // 6: 4 bring it to 95 % (38 of 40), 2 more fill its vacancies, 3 unplaced
 */
export function planHiring(townships: readonly HiringTownship[], settings: HiringSettings): HiringPlan {
  const { quota, targetUsage } = settings;
  if (!Number.isInteger(quota) || quota < 0) throw new RangeError(`planHiring: quota ${quota}`);
  if (!(targetUsage > 0 && targetUsage <= 1)) throw new RangeError(`planHiring: targetUsage ${targetUsage}`);
  for (const c of CATEGORIES) {
    const w = settings.categoryWeights[c];
    if (!(w > 0 && Number.isFinite(w))) throw new RangeError(`planHiring: weight of ${c} ${w}`);
  }
  for (const t of townships) {
    for (const value of [t.posts, t.staff])
      if (!Number.isInteger(value) || value < 0) throw new RangeError(`planHiring: ${t.id} ${value}`);
  }
  const { num, den } = decimalFraction(targetUsage);
  const units = townships.map((t) => {
    const weight = settings.categoryWeights[t.category];
    /** den × (target·posts − staff): the shortfall before, scaled to an integer. */
    const gap = num * t.posts - den * t.staff;
    const vacancies = positive(t.posts - t.staff);
    const need = gap > 0 ? Math.min(vacancies, Math.ceil(gap / den)) : 0;
    return { t, weight, gap, vacancies, need, rank: CATEGORIES.indexOf(t.category) };
  });
  type Unit = (typeof units)[number];
  const shortfallCost = (u: Unit, x: number): number =>
    (u.weight * positive(u.gap - den * x) ** 2) / den ** 2;
  const fillCost = (u: Unit, x: number): number => u.weight * (u.vacancies - x) ** 2;
  const usage = (u: Unit, x: number): number | null => (u.t.posts > 0 ? (u.t.staff + x) / u.t.posts : null);
  const step = (u: Unit, x: number) => ({
    shortfall: shortfallCost(u, x + 1) - shortfallCost(u, x),
    fill: fillCost(u, x + 1) - fillCost(u, x),
  });
  const compareSteps = (a: ReturnType<typeof step>, b: ReturnType<typeof step>): number =>
    compareCost(a.shortfall, b.shortfall) || compareCost(a.fill, b.fill);
  const tieOrder = (a: Unit, b: Unit): number =>
    a.rank - b.rank || (usage(a, 0) ?? 2) - (usage(b, 0) ?? 2) || byCodePoint(a.t.id, b.t.id);

  const recruits = units.map(() => 0);
  /** The value of each township's steps placed, in order (for the tie report). */
  const placedSteps: ReturnType<typeof step>[][] = units.map(() => []);
  let placed = 0;
  while (placed < quota) {
    let best = -1;
    let bestStep: ReturnType<typeof step> | undefined;
    units.forEach((u, j) => {
      if (recruits[j]! >= u.vacancies) return;
      const s = step(u, recruits[j]!);
      const order = bestStep === undefined ? -1 : compareSteps(s, bestStep) || tieOrder(u, units[best]!);
      if (order < 0) {
        best = j;
        bestStep = s;
      }
    });
    if (bestStep === undefined) break;
    placedSteps[best]!.push(bestStep);
    recruits[best]! += 1;
    placed += 1;
  }

  let tie: HiringTie | null = null;
  const last = placed > 0 ? placedSteps.flat().reduce((a, b) => (compareSteps(a, b) > 0 ? a : b)) : undefined;
  if (last !== undefined && placed === quota) {
    const notGiven = units
      .filter((u, j) => recruits[j]! < u.vacancies && compareSteps(step(u, recruits[j]!), last) === 0)
      .map((u) => u.t.id);
    if (notGiven.length > 0) {
      const given = units
        .filter((_, j) => placedSteps[j]!.some((s) => compareSteps(s, last) === 0))
        .map((u) => u.t.id);
      tie = { given, notGiven };
    }
  }

  const lines: HiringLine[] = units.map((u, j) => {
    const x = recruits[j]!;
    const reasons: HiringReason[] = [];
    if (u.t.posts === 0) reasons.push({ code: "no-posts" });
    else if (u.vacancies === 0) reasons.push({ code: "no-vacancy", staff: u.t.staff, posts: u.t.posts });
    else if (u.need === 0 && x === 0)
      reasons.push({ code: "at-target", usage: usage(u, 0)!, target: targetUsage });
    else if (u.need > 0 && x >= u.need)
      reasons.push({ code: "reaches-target", recruits: u.need, target: targetUsage });
    else if (u.need > 0 && x > 0)
      reasons.push({
        code: "part-of-need",
        recruits: x,
        need: u.need,
        weight: u.weight,
        target: targetUsage,
      });
    else if (u.need > 0)
      reasons.push({ code: "none-this-year", need: u.need, weight: u.weight, target: targetUsage });
    if (x > u.need) reasons.push({ code: "beyond-target", extra: x - u.need, target: targetUsage });
    if (tie?.given.includes(u.t.id))
      reasons.push({ code: "tie-given", others: tie.notGiven.filter((id) => id !== u.t.id) });
    if (tie?.notGiven.includes(u.t.id))
      reasons.push({ code: "tie-not-given", others: tie.given.filter((id) => id !== u.t.id) });
    const yearsToTarget: YearsToTarget =
      u.need === 0
        ? { kind: "reached" }
        : x === 0
          ? { kind: "never" }
          : { kind: "years", years: Math.ceil(u.need / x) };
    return {
      id: u.t.id,
      name: u.t.name,
      category: u.t.category,
      weight: u.weight,
      posts: u.t.posts,
      staff: u.t.staff,
      vacancies: u.vacancies,
      need: u.need,
      recruits: x,
      usageBefore: usage(u, 0),
      usageAfter: usage(u, x),
      shortfallBefore: positive(u.gap) / den,
      shortfallAfter: positive(u.gap - den * x) / den,
      yearsToTarget,
      reasons,
    };
  });
  const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);
  return {
    quota,
    targetUsage,
    categoryWeights: settings.categoryWeights,
    placed,
    unplaced: quota - placed,
    vacancies: sum(units.map((u) => u.vacancies)),
    need: sum(units.map((u) => u.need)),
    belowTargetBefore: units.filter((u) => u.need > 0).length,
    belowTargetAfter: units.filter((u, j) => u.need > recruits[j]!).length,
    objective: {
      shortfall: sum(units.map((u, j) => shortfallCost(u, recruits[j]!))),
      fill: sum(units.map((u, j) => fillCost(u, recruits[j]!))),
    },
    lines,
    tie,
  };
}
