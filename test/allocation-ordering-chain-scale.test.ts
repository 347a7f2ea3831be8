import { describe, expect, it } from "vitest";
import { allocateExact } from "../src/allocation/exact.ts";
import { compareLexCosts, solveOrderingChain } from "../src/allocation/ordering-chain.ts";
import type { AllocationProblem } from "../src/allocation/problem.ts";
import { verifyAllocation } from "../src/allocation/verify.ts";
import type { Objective } from "../src/types.ts";
import { benchInstance } from "./bench/instances.ts";
import { solveOrderingChain as referenceChain } from "./helpers/ordering-chain-reference.ts";

// The chain search at scale (issue 10): the search with the Lagrangian bound of every chain row
// (src/allocation/chain-lagrangian-bound.ts) against the previous implementation, kept unchanged as the reference in
// test/helpers/ordering-chain-reference.ts (exact too, proven against exhaustive search and HiGHS in
// allocation-ordering-chain.test.ts, but ~5–10× slower at this size), on seeded provinces of 3,100 townships.

/** A bench province with its floors moved by a seeded amount (so the rows bind differently from seed to seed). */
function province(seed: number, objective: Objective, floorShift: number): AllocationProblem {
  const problem = benchInstance(3100, seed, true);
  const units = problem.units.map((u) => {
    const lower = Math.max(0, u.lower + floorShift);
    return { ...u, lower, upper: Math.max(lower, u.upper) };
  });
  return { ...problem, units, objective };
}

describe("solveOrderingChain at 3,100 townships", () => {
  const cases: { seed: number; objective: Objective; floorShift: number }[] = [];
  for (const seed of [2026, 1, 2, 3, 4, 5])
    for (const objective of ["least-absolute-deviation", "least-squares-relative"] as const)
      cases.push({ seed, objective, floorShift: (seed % 3) - 1 });
  it.each(cases)(
    "equals the previous implementation (seed $seed, $objective, floors $floorShift)",
    ({ seed, objective, floorShift }) => {
      const problem = province(seed, objective, floorShift);
      const ours = solveOrderingChain(problem);
      const reference = referenceChain(problem);
      expect(ours.status).toBe(reference.status);
      if (ours.status !== "optimal" || reference.status !== "optimal") return;
      // The rows bind in these provinces: the pooled greedy alone breaks the chain (so the search is exercised).
      const pooled = allocateExact(problem.units, problem.total, objective);
      expect(pooled !== undefined && verifyAllocation(problem, pooled.posts).length > 0).toBe(true);
      expect(ours.totals).toEqual(reference.totals);
      expect(ours.posts).toEqual(reference.posts);
      expect(compareLexCosts(ours.cost, reference.cost)).toBe(0);
      expect(ours.ties).toEqual(reference.ties);
      expect(verifyAllocation(problem, ours.posts)).toEqual([]);
      // The bound of every row prunes: far fewer nodes than the reference visits.
      expect(ours.visits).toBeLessThan(reference.visits);
    },
    60_000,
  );
});
