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
