import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateExact } from "../src/allocation/exact.ts";
import type { AllocationUnit } from "../src/allocation/problem.ts";
import { CATEGORIES } from "../src/types.ts";
import { unitStepGreedy } from "./helpers/unit-step-greedy.ts";

// The O(n log n) greedy against the unit-step greedy it replaced (kept as the oracle in test/helpers): same posts,
// same ties, on problems whose total is many times the number of units (so that the bulk step does most of the work).

function unit(id: string, target: number, lower = 0, upper = Number.POSITIVE_INFINITY): AllocationUnit {
  return { id, category: "general", target, weight: target, lower, upper, lowerParts: {}, upperParts: {} };
}

const sortedTies = (ties: readonly { taken: string; left: string }[]) =>
  ties
    .filter((t) => t.taken !== t.left)
    .map((t) => `${t.taken}>${t.left}`)
    .sort();

/** Random units: weights (some equal, to make ties), bounds around the target (some far, some absent). */
const problems = fc
  .record({
    weights: fc.array(
      fc.oneof(fc.integer({ min: 1, max: 9 }), fc.double({ min: 0.01, max: 100, noNaN: true })),
      {
        minLength: 1,
        maxLength: 12,
      },
    ),
    total: fc.integer({ min: 0, max: 5000 }),
    bounds: fc.array(
      fc.record({
        lowShare: fc.option(fc.double({ min: 0, max: 1.6, noNaN: true })),
        highShare: fc.option(fc.double({ min: 0, max: 2.5, noNaN: true })),
      }),
      { minLength: 12, maxLength: 12 },
    ),
  })
  .map(({ weights, total, bounds }) => {
    const sum = weights.reduce((s, w) => s + w, 0);
    const units = weights.map((w, j) => {
      const target = (total * w) / sum;
      const b = bounds[j]!;
      const lower = b.lowShare === null ? 0 : Math.floor(target * b.lowShare);
      const upper =
        b.highShare === null ? Number.POSITIVE_INFINITY : Math.max(lower, Math.ceil(target * b.highShare));
      return { ...unit(`u${j}`, target, lower, upper), category: CATEGORIES[j % 5]! };
    });
    return { units, total };
  });

describe("allocateExact(units, total) without unit steps", () => {
  it("gives the unit-step greedy's posts and ties on 600 random problems with totals up to 5,000 (property, seeded)", () => {
    let bulk = 0;
    fc.assert(
      fc.property(problems, ({ units, total }) => {
        const oracle = unitStepGreedy(units, total);
        const fast = allocateExact(units, total);
        if (oracle === undefined) return fast === undefined;
        if (total > 4 * units.length) bulk++;
        expect(fast?.posts).toEqual(oracle.posts);
        expect(sortedTies(fast!.ties)).toEqual(sortedTies(oracle.ties));
        expect(fast!.objective).toBe(oracle.objective);
        return true;
      }),
      { seed: 20261202, numRuns: 600 },
    );
    expect(bulk).toBeGreaterThan(300);
  });

  it("gives the oracle's answer when the targets are whole numbers or within float noise of one", () => {
    // 0.1 + 0.2 = 0.30000000000000004: targets ×10 land next to whole numbers, the step across them ties with ±1.
    const units = [
      unit("a", 3 * (0.1 + 0.2) * 10),
      unit("b", 9.000000000000002),
      unit("c", 8.999999999999998),
      unit("d", 12, 0, 40),
      unit("e", 7, 2, 9),
    ];
    for (const total of [0, 10, 37, 45, 46, 60, 90, 120, 400]) {
      const oracle = unitStepGreedy(units, total);
      const fast = allocateExact(units, total);
      expect(fast?.posts, `total ${total}`).toEqual(oracle?.posts);
      expect(sortedTies(fast?.ties ?? []), `total ${total}`).toEqual(sortedTies(oracle?.ties ?? []));
    }
  });

  it("gives the oracle's answer when the last step is a step across a target (42 steps below the targets, 4 across)", () => {
    const units = [unit("a", 10.3), unit("b", 20.6), unit("c", 5.5), unit("d", 7.9)];
    for (const total of [41, 42, 43, 44, 45, 46, 47, 60]) {
      const oracle = unitStepGreedy(units, total);
      const fast = allocateExact(units, total);
      expect(fast?.posts, `total ${total}`).toEqual(oracle?.posts);
      expect(sortedTies(fast?.ties ?? []), `total ${total}`).toEqual(sortedTies(oracle?.ties ?? []));
    }
  });

  it("takes the step across a target a hair past a whole number before any step above a target (A 3 + 2·10^-10, B 2.5, total 7: A 4, B 3)", () => {
    // Hand calculation: after 3 + 2 steps below the targets and B's step across 2.5 (cost 0), the 7th post costs
    // 1 − 4·10^-10 at A (across 3 + 2·10^-10) and +1 at B (above 2.5): A gets it, Σ|x − t| = 1.5 − 2·10^-10.
    // The bulk phase used to leave A's step out of its heap (first key within 1e-9 of +1) and gave B the post.
    const units = [unit("a", 3 + 2e-10, 0, 10), unit("b", 2.5, 0, 10)];
    const fast = allocateExact(units, 7)!;
    expect(fast.posts).toEqual([4, 3]);
    expect(fast.objective).toBe(Math.abs(4 - (3 + 2e-10)) + 0.5);
    expect(fast.posts).toEqual(unitStepGreedy(units, 7)!.posts);
  });

  it("reaches the unit-step greedy's exact Σ|x − t| when targets lie a hair (10^-12 .. 10^-9) past or short of whole numbers (property, seeded)", () => {
    const hairs = fc.constantFrom(3e-12, 1e-11, 2e-10, 7e-10, 1e-9, -3e-12, -2e-10, -1e-9, 0.5);
    const cases = fc.record({
      parts: fc.array(
        fc.record({
          whole: fc.integer({ min: 0, max: 40 }),
          hair: hairs,
          room: fc.integer({ min: 0, max: 30 }),
        }),
        {
          minLength: 2,
          maxLength: 9,
        },
      ),
      extra: fc.integer({ min: -20, max: 60 }),
    });
    fc.assert(
      fc.property(cases, ({ parts, extra }) => {
        const units = parts.map((p, j) => {
          const target = Math.max(1e-6, p.whole + p.hair);
          return unit(`u${j}`, target, 0, Math.ceil(target) + p.room);
        });
        const capacity = units.reduce((s, u) => s + u.upper, 0);
        const total = Math.min(
          capacity,
          Math.max(0, Math.round(units.reduce((s, u) => s + u.target, 0)) + extra),
        );
        const oracle = unitStepGreedy(units, total)!;
        const fast = allocateExact(units, total)!;
        // Both sum |x − t| over the same units: they may differ only by the float rounding of that sum.
        const rounding = 8 * Number.EPSILON * units.reduce((s, u, j) => s + u.target + fast.posts[j]!, 0);
        expect(Math.abs(fast.objective - oracle.objective)).toBeLessThanOrEqual(rounding);
        expect(fast.posts).toEqual(oracle.posts);
      }),
      { seed: 1010, numRuns: 800 },
    );
  });

  it("allocates a total of 10^12 among three townships at once: 5·10^11, 3·10^11, 2·10^11 (targets whole, hand calculation)", () => {
    const result = allocateExact([unit("a", 5e11), unit("b", 3e11), unit("c", 2e11, 0, 1.5e11)], 1e12)!;
    // c's cap 1.5·10^11 leaves 0.5·10^11 for a and b; both are above target, their second keys (2(x−t)+1)/t tie when
    // x − t is shared in proportion to t: a gets 5/8 and b 3/8 of the 5·10^10.
    expect(result.posts).toEqual([531250000000, 318750000000, 150000000000]);
    expect(result.posts.reduce((s, x) => s + x, 0)).toBe(1e12);
  });

  it("throws a RangeError for a total beyond 2^53 − 1 (no exact whole-number arithmetic there)", () => {
    expect(() => allocateExact([unit("a", 1e16), unit("b", 1e16)], 2e16)).toThrow(RangeError);
  });
});
