import fc from "fast-check";
import type { AllocationProblem, AllocationUnit } from "../../src/allocation/problem.ts";
import { CATEGORIES } from "../../src/types.ts";

/** Random small allocation problems: targets proportional to random weights, random floors and caps. */
export function smallProblem(options: { maxUnits: number; maxTotal: number; ordering: boolean }) {
  return fc
    .record({
      weights: fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 2, maxLength: options.maxUnits }),
      total: fc.integer({ min: 2, max: options.maxTotal }),
      floors: fc.array(fc.integer({ min: 0, max: 4 }), {
        minLength: options.maxUnits,
        maxLength: options.maxUnits,
      }),
      caps: fc.array(fc.option(fc.integer({ min: 0, max: 12 })), {
        minLength: options.maxUnits,
        maxLength: options.maxUnits,
      }),
      categories: fc.array(fc.integer({ min: 0, max: 2 }), {
        minLength: options.maxUnits,
        maxLength: options.maxUnits,
      }),
    })
    .map(({ weights, total, floors, caps, categories }): AllocationProblem => {
      const sum = weights.reduce((s, w) => s + w, 0);
      const units: AllocationUnit[] = weights.map((w, j) => {
        const lower = floors[j]!;
        const cap = caps[j];
        const upper = cap === null || cap === undefined ? Number.POSITIVE_INFINITY : lower + cap;
        return {
          id: `u${j}`,
          category: CATEGORIES[categories[j]!]!,
          target: (total * w) / sum,
          weight: w,
          lower,
          upper,
          lowerParts: { rule: lower },
          upperParts: Number.isFinite(upper) ? { rule: upper } : {},
        };
      });
      const present = CATEGORIES.filter((c) => units.some((u) => u.category === c));
      const ordering = options.ordering
        ? present.slice(0, -1).map((higher, k) => ({ higher, lower: present[k + 1]! }))
        : [];
      return { total, units, ordering };
    });
}

/**
 * The measured model of shared/notes/solvers.md: n townships, total 30n, targets from weights in [5, 10], today's posts
 * within ±15% of the target, bounds max(15, today − 20%) .. today + 20%, and (optionally) ordering rows between the
 * five categories in turn. Deterministic for a seed (a linear congruential generator, no Math.random).
 */
export function bandedProblem(n: number, seed: number, ordering: boolean): AllocationProblem {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const weights = Array.from({ length: n }, () => 5 + next() * 5);
  const sum = weights.reduce((s, w) => s + w, 0);
  const total = 30 * n;
  const units: AllocationUnit[] = weights.map((w, j) => {
    const target = (total * w) / sum;
    const today = Math.round(target * (0.85 + 0.3 * next()));
    return {
      id: `u${j}`,
      category: CATEGORIES[j % 5]!,
      target,
      weight: w,
      lower: Math.max(15, Math.ceil(today * 0.8)),
      upper: Math.floor(today * 1.2),
      lowerParts: { rule: 15, band: Math.ceil(today * 0.8) },
      upperParts: { band: Math.floor(today * 1.2) },
    };
  });
  const pairs = CATEGORIES.slice(0, -1).map((higher, k) => ({ higher, lower: CATEGORIES[k + 1]! }));
  return { total, units, ordering: ordering ? pairs : [] };
}
