import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateExact } from "../src/allocation/exact.ts";
import type { AllocationUnit } from "../src/allocation/problem.ts";
import { verifyAllocation } from "../src/allocation/verify.ts";
import { exhaustiveOptimum } from "./helpers/exhaustive.ts";
import { smallProblem } from "./helpers/random-problem.ts";

function unit(id: string, target: number, lower = 0, upper = Number.POSITIVE_INFINITY): AllocationUnit {
  return {
    id,
    category: "general",
    target,
    weight: target,
    lower,
    upper,
    lowerParts: { rule: lower },
    upperParts: {},
  };
}

describe("allocateExact(units, total)", () => {
  it("rounds targets 1.6, 1.3, 2.1 (total 5) to 2, 1, 2 — hand calculation: the 0.6 remainder is the largest", () => {
    const result = allocateExact([unit("a", 1.6), unit("b", 1.3), unit("c", 2.1)], 5)!;
    expect(result.posts).toEqual([2, 1, 2]);
    // |2−1.6| + |1−1.3| + |2−2.1| = 0.4 + 0.3 + 0.1
    expect(result.objective).toBeCloseTo(0.8, 12);
  });

  it("lifts a township to its floor and takes the posts from the others in proportion to their targets", () => {
    // targets 2, 9, 9 (total 20), floor 6 on a: 4 posts must come from b and c; equal L1 cost either way,
    // the tie-break (least Σ (x−t)²/t) splits them 2 and 2.
    const result = allocateExact([unit("a", 2, 6), unit("b", 9), unit("c", 9)], 20)!;
    expect(result.posts).toEqual([6, 7, 7]);
    expect(result.objective).toBeCloseTo(8, 12);
  });

  it("reports a tie when two townships have identical claims on the last post", () => {
    const result = allocateExact([unit("a", 1.5), unit("b", 1.5)], 3)!;
    expect(result.posts.reduce((s, x) => s + x, 0)).toBe(3);
    expect(result.ties).toEqual([{ taken: "a", left: "b" }]);
  });

  it("returns undefined when the bounds cannot meet the total", () => {
    expect(allocateExact([unit("a", 1, 5), unit("b", 1, 5)], 9)).toBeUndefined();
    expect(allocateExact([unit("a", 1, 0, 2), unit("b", 1, 0, 2)], 5)).toBeUndefined();
  });

  it("equals the exhaustive optimum on random small problems (property, seeded)", () => {
    fc.assert(
      fc.property(smallProblem({ maxUnits: 4, maxTotal: 16, ordering: false }), (problem) => {
        const greedy = allocateExact(problem.units, problem.total);
        const best = exhaustiveOptimum(problem);
        if (best === undefined) return greedy === undefined;
        if (greedy === undefined) return false;
        expect(verifyAllocation(problem, greedy.posts)).toEqual([]);
        expect(greedy.objective).toBeCloseTo(best, 9);
        return true;
      }),
      { seed: 20261125, numRuns: 300 },
    );
  });
});
