import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveWithHighs } from "../src/allocation/backends/highs.ts";
import {
  type HiringPlan,
  type HiringSettings,
  type HiringTownship,
  planHiring,
} from "../src/allocation/hiring-plan.ts";
import type { LinearConstraint, LinearModel, LinearVariable } from "../src/allocation/linear-model.ts";
import { DEFAULT_HIRING_WEIGHTS } from "../src/scenario/hiring-schema.ts";
import { seededRandom } from "../src/simulate/random.ts";
import { CATEGORIES, type Category } from "../src/types.ts";

const SEED = 20261202;
const settings = (quota: number, categoryWeights = DEFAULT_HIRING_WEIGHTS): HiringSettings => ({
  quota,
  targetUsage: 0.95,
  categoryWeights,
});
const town = (id: string, category: Category, posts: number, staff: number): HiringTownship => ({
  id,
  name: id,
  category,
  posts,
  staff,
});
const recruitsOf = (plan: HiringPlan) => Object.fromEntries(plan.lines.map((l) => [l.id, l.recruits]));

// Two townships worked by hand. A central (weight 1.3): 40 posts, 34 staff, 95 % = 38, shortfall 4, 6 vacancies.
// B general (weight 1): 20 posts, 16 staff, 95 % = 19, shortfall 3, 4 vacancies.
// Steps of Σ w·shortfall²: A 1.3·(9−16) = −9.1, −6.5, −3.9, −1.3; B −5, −3, −1. Cheapest first:
// A −9.1, A −6.5, B −5, A −3.9, B −3, A −1.3, B −1 (the seven that reach 95 % everywhere); then the vacancies left
// (A 2, B 1) by Σ w·(vacancies left)²: A 1.3·(1−4) = −3.9, A −1.3, B −1.
const A = town("A", "central", 40, 34);
const B = town("B", "general", 20, 16);

describe("planHiring(townships, settings): by hand", () => {
  it("quota 5 gives A 3 and B 2 (the five steepest steps), usage 92.5 % and 90 %, two years to 95 % each", () => {
    const plan = planHiring([A, B], settings(5));
    expect(recruitsOf(plan)).toEqual({ A: 3, B: 2 });
    const [a, b] = plan.lines;
    expect(a!.usageAfter).toBeCloseTo(37 / 40, 12);
    expect(b!.usageAfter).toBeCloseTo(18 / 20, 12);
    expect(a!.need).toBe(4);
    expect(b!.need).toBe(3);
    // need 4 at 3 a year: ceil(4/3) = 2; need 3 at 2 a year: 2
    expect(a!.yearsToTarget).toEqual({ kind: "years", years: 2 });
    expect(b!.yearsToTarget).toEqual({ kind: "years", years: 2 });
    // Σ w·shortfall² = 1.3·1² + 1·1² = 2.3; vacancies left A 3, B 2: 1.3·9 + 4 = 15.7
    expect(plan.objective.shortfall).toBeCloseTo(2.3, 12);
    expect(plan.objective.fill).toBeCloseTo(15.7, 12);
    expect(plan).toMatchObject({ placed: 5, unplaced: 0, need: 7, vacancies: 10, belowTargetBefore: 2 });
    expect(plan.belowTargetAfter).toBe(2);
    expect(a!.reasons.map((r) => r.code)).toEqual(["part-of-need"]);
    expect(plan.tie).toBeNull();
  });

  it("quota 7 brings both exactly to 95 % (A 4, B 3: one year)", () => {
    const plan = planHiring([A, B], settings(7));
    expect(recruitsOf(plan)).toEqual({ A: 4, B: 3 });
    expect(plan.lines.map((l) => l.yearsToTarget)).toEqual([
      { kind: "years", years: 1 },
      { kind: "years", years: 1 },
    ]);
    expect(plan.objective.shortfall).toBe(0);
    expect(plan.belowTargetAfter).toBe(0);
  });

  it("quota 9 (beyond what 95 % needs everywhere) fills A's vacancies first: A 6, B 3; quota 12 leaves 2 unplaced", () => {
    expect(recruitsOf(planHiring([A, B], settings(9)))).toEqual({ A: 6, B: 3 });
    const all = planHiring([A, B], settings(12));
    expect(recruitsOf(all)).toEqual({ A: 6, B: 4 });
    expect(all).toMatchObject({ placed: 10, unplaced: 2 });
    expect(all.lines[0]!.reasons.map((r) => r.code)).toEqual(["reaches-target", "beyond-target"]);
  });

  it("a township at 95 % gets none while another is below; over-staffed and postless ones get none", () => {
    const plan = planHiring(
      [
        town("C", "countySeat", 100, 96), // 96 % ≥ 95 %: at target
        town("D", "general", 20, 17), // 95 % = 19: needs 2
        town("E", "general", 10, 12), // more staff than posts: no vacancy
        town("F", "general", 0, 0),
      ],
      settings(2),
    );
    expect(recruitsOf(plan)).toEqual({ C: 0, D: 2, E: 0, F: 0 });
    expect(plan.lines.map((l) => l.reasons[0]!.code)).toEqual([
      "at-target",
      "reaches-target",
      "no-vacancy",
      "no-posts",
    ]);
    expect(plan.lines[0]!.yearsToTarget).toEqual({ kind: "reached" });
    expect(plan.lines[3]!.usageBefore).toBeNull();
  });

  it("a township below 95 % that gets none is 'never at this pace'", () => {
    const plan = planHiring([town("G", "general", 40, 30), town("H", "general", 20, 18)], settings(0));
    expect(plan.lines.map((l) => l.yearsToTarget)).toEqual([{ kind: "never" }, { kind: "never" }]);
  });

  it("a tie the quota cuts through goes to the higher category, then the lower usage, then the id; it is reported", () => {
    // identical general townships: 20 posts, 18 staff, need 1 each, one recruit
    const same = planHiring([town("T2", "general", 20, 18), town("T1", "general", 20, 18)], settings(1));
    expect(recruitsOf(same)).toEqual({ T2: 0, T1: 1 });
    expect(same.tie).toEqual({ given: ["T1"], notGiven: ["T2"] });
    expect(same.lines[0]!.reasons.map((r) => r.code)).toEqual(["none-this-year", "tie-not-given"]);
    // equal weights (all 1): the key town goes before the general one
    const flat = Object.fromEntries(CATEGORIES.map((c) => [c, 1])) as Record<Category, number>;
    const byCategory = planHiring(
      [town("T1", "general", 20, 18), town("T9", "key", 20, 18)],
      settings(1, flat),
    );
    expect(recruitsOf(byCategory)).toEqual({ T1: 0, T9: 1 });
  });

  it("category weights lean the quota: with general at 3 the general township takes the first steps", () => {
    const heavy = { ...DEFAULT_HIRING_WEIGHTS, general: 3 };
    // steps: A 1.3·(−7) = −9.1, …; B 3·(−5) = −15, 3·(−3) = −9, 3·(−1) = −3 → first three: B, A, B
    expect(recruitsOf(planHiring([A, B], settings(3, heavy)))).toEqual({ A: 1, B: 2 });
  });

  it("refuses a fractional quota, a target outside (0, 1] or with 7 decimals, a weight of 0", () => {
    expect(() => planHiring([A], settings(1.5))).toThrow(RangeError);
    expect(() => planHiring([A], { ...settings(1), targetUsage: 1.2 })).toThrow(RangeError);
    expect(() => planHiring([A], { ...settings(1), targetUsage: 0.9500001 })).toThrow(RangeError);
    expect(() => planHiring([A], settings(1, { ...DEFAULT_HIRING_WEIGHTS, key: 0 }))).toThrow(RangeError);
  });
});

/** Random instances: 1–10 townships, posts 0–60, staff 0–posts+3, weights 0.5–3 per category, quota 0–Σvacancies+5. */
function randomInstance(next: () => number): { townships: HiringTownship[]; settings: HiringSettings } {
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const n = int(1, 10);
  const townships = Array.from({ length: n }, (_, j) => {
    const posts = int(0, 60);
    return town(`T${String(j).padStart(2, "0")}`, CATEGORIES[int(0, 4)]!, posts, int(0, posts + 3));
  });
  const weights = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((0.5 + 2.5 * next()) * 100) / 100]),
  ) as Record<Category, number>;
  const vacancies = townships.reduce((s, t) => s + Math.max(0, t.posts - t.staff), 0);
  const targets = [0.95, 0.9, 0.85, 1];
  return {
    townships,
    settings: { quota: int(0, vacancies + 5), targetUsage: targets[int(0, 3)]!, categoryWeights: weights },
  };
}

/** The objective's two terms at x (independent of planHiring's code): Σ w·max(0, t·P − S − x)², Σ w·(P − S − x)². */
function objectiveAt(
  townships: readonly HiringTownship[],
  s: HiringSettings,
  x: readonly number[],
): { shortfall: number; fill: number } {
  let shortfall = 0;
  let fill = 0;
  townships.forEach((t, j) => {
    const w = s.categoryWeights[t.category];
    shortfall += w * Math.max(0, s.targetUsage * t.posts - t.staff - x[j]!) ** 2;
    fill += w * Math.max(0, t.posts - t.staff - x[j]!) ** 2;
  });
  return { shortfall, fill };
}

describe("planHiring: invariants (fast-check, seeded)", () => {
  it("never exceeds a township's vacancies or the quota, places min(quota, Σ vacancies), sums exactly", () => {
    const arbTown = fc.record({
      category: fc.constantFrom(...CATEGORIES),
      posts: fc.integer({ min: 0, max: 80 }),
      extra: fc.integer({ min: -5, max: 80 }),
    });
    fc.assert(
      fc.property(
        fc.array(arbTown, { minLength: 0, maxLength: 12 }),
        fc.integer({ min: 0, max: 400 }),
        (rows, quota) => {
          const townships = rows.map((r, j) =>
            town(`T${j}`, r.category, r.posts, Math.max(0, r.posts - r.extra)),
          );
          const plan = planHiring(townships, settings(quota));
          const vacancies = townships.reduce((s, t) => s + Math.max(0, t.posts - t.staff), 0);
          const placed = plan.lines.reduce((s, l) => s + l.recruits, 0);
          expect(placed).toBe(plan.placed);
          expect(placed).toBe(Math.min(quota, vacancies));
          expect(plan.unplaced).toBe(quota - placed);
          plan.lines.forEach((l, j) => {
            expect(Number.isInteger(l.recruits)).toBe(true);
            expect(l.recruits).toBeGreaterThanOrEqual(0);
            expect(l.recruits).toBeLessThanOrEqual(Math.max(0, townships[j]!.posts - townships[j]!.staff));
          });
          // toward the target: nobody beyond its need while someone stays below it
          if (plan.lines.some((l) => l.recruits < l.need))
            for (const l of plan.lines) expect(l.recruits).toBeLessThanOrEqual(l.need);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("is optimal: equal to the best of every plan by enumeration on small instances (lexicographic objective)", () => {
    const random = seededRandom(SEED);
    for (let run = 0; run < 300; run++) {
      const { townships, settings: s } = randomInstance(random.next);
      const small = townships
        .slice(0, 4)
        .map((t) => ({ ...t, posts: t.posts % 12, staff: Math.min(t.staff % 12, (t.posts % 12) + 1) }));
      const vac = small.map((t) => Math.max(0, t.posts - t.staff));
      const quota = Math.min(s.quota, vac.reduce((a, b) => a + b, 0) + 2);
      let best = { shortfall: Infinity, fill: Infinity };
      const x = small.map(() => 0);
      const visit = (j: number, left: number): void => {
        if (j === small.length) {
          const o = objectiveAt(small, s, x);
          const better =
            o.shortfall < best.shortfall - 1e-9 ||
            (Math.abs(o.shortfall - best.shortfall) <= 1e-9 && o.fill < best.fill - 1e-9);
          if (better) best = o;
          return;
        }
        for (let k = 0; k <= Math.min(vac[j]!, left); k++) {
          x[j] = k;
          visit(j + 1, left - k);
        }
        x[j] = 0;
      };
      visit(0, quota);
      const plan = planHiring(small, { ...s, quota });
      const mine = objectiveAt(
        small,
        s,
        plan.lines.map((l) => l.recruits),
      );
      expect(mine.shortfall).toBeCloseTo(best.shortfall, 9);
      expect(mine.fill).toBeCloseTo(best.fill, 9);
      expect(plan.objective.shortfall).toBeCloseTo(mine.shortfall, 9);
    }
  });
});

/**
 * The plan as a MILP HiGHS solves, written independently of planHiring: whole recruits x_j in [0, vacancies_j],
 * Σ x_j <= quota, and each term's convex piecewise-linear epigraph over the whole numbers (t_j >= f_j(k) +
 * (f_j(k+1) − f_j(k))·(x_j − k) for k < vacancies_j, t_j >= f_j(vacancies_j)). Stage 1 minimises Σ t_j for
 * f = w·shortfall²; stage 2 keeps Σ t_j within 1e-7 of that and minimises Σ u_j for g = w·(vacancies left)².
 */
function highsModel(
  townships: readonly HiringTownship[],
  s: HiringSettings,
  stage: { readonly shortfallAtMost?: number },
): LinearModel {
  const variables: LinearVariable[] = [];
  const constraints: LinearConstraint[] = [];
  const epigraph = (name: string, j: number, f: (k: number) => number, vac: number, cost: number) => {
    variables.push({ name, lower: f(vac), upper: Number.POSITIVE_INFINITY, integer: false, cost });
    for (let k = 0; k < vac; k++) {
      const slope = f(k + 1) - f(k);
      constraints.push({
        name: `${name}_${k}`,
        terms: [
          { variable: name, coefficient: 1 },
          { variable: `x${j}`, coefficient: -slope },
        ],
        lower: f(k) - slope * k,
        upper: Number.POSITIVE_INFINITY,
      });
    }
  };
  townships.forEach((t, j) => {
    const vac = Math.max(0, t.posts - t.staff);
    const w = s.categoryWeights[t.category];
    variables.push({ name: `x${j}`, lower: 0, upper: vac, integer: true, cost: 0 });
    epigraph(
      `t${j}`,
      j,
      (k) => w * Math.max(0, s.targetUsage * t.posts - t.staff - k) ** 2,
      vac,
      stage.shortfallAtMost === undefined ? 1 : 0,
    );
    if (stage.shortfallAtMost !== undefined) epigraph(`u${j}`, j, (k) => w * (vac - k) ** 2, vac, 1);
  });
  constraints.push({
    name: "quota",
    terms: townships.map((_, j) => ({ variable: `x${j}`, coefficient: 1 })),
    lower: Number.NEGATIVE_INFINITY,
    upper: s.quota,
  });
  if (stage.shortfallAtMost !== undefined)
    constraints.push({
      name: "keep",
      terms: townships.map((_, j) => ({ variable: `t${j}`, coefficient: 1 })),
      lower: Number.NEGATIVE_INFINITY,
      upper: stage.shortfallAtMost,
    });
  return { variables, constraints, offset: 0 };
}

describe("planHiring against HiGHS (1,000 seeded random instances)", () => {
  it("gives the same objective values as HiGHS's MILP optimum, both terms", async () => {
    const random = seededRandom(SEED + 1);
    let compared = 0;
    for (let run = 0; run < 1000; run++) {
      const { townships, settings: s } = randomInstance(random.next);
      const plan = planHiring(townships, s);
      const first = await solveWithHighs(highsModel(townships, s, {}), { timeLimitSeconds: 30 });
      expect(first.status).toBe("optimal");
      const p = first.status === "optimal" ? (first.objective ?? Number.NaN) : Number.NaN;
      expect(plan.objective.shortfall).toBeCloseTo(p, 6);
      const keep = p + 1e-7 * Math.max(1, Math.abs(p));
      const second = await solveWithHighs(highsModel(townships, s, { shortfallAtMost: keep }), {
        timeLimitSeconds: 30,
      });
      expect(second.status).toBe("optimal");
      const q = second.status === "optimal" ? (second.objective ?? Number.NaN) : Number.NaN;
      expect(Math.abs(plan.objective.fill - q)).toBeLessThanOrEqual(1e-6 * Math.max(1, q));
      compared += 1;
    }
    expect(compared).toBe(1000);
  }, 240_000);
});
