import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apportionHamilton } from "../src/allocation/apportion/hamilton.ts";
import type { ApportionOk, ApportionUnit, HamiltonBounds } from "../src/allocation/apportion/types.ts";
import { hamiltonOneByOne } from "./helpers/hamilton-one-by-one.ts";

// Hamilton's method sorts the remainders once; the oracle (test/helpers/hamilton-one-by-one.ts) re-sorts them for
// every post, as the method did before. Same posts, same list, same take-backs, on seeded random units with exact
// ties (whole weights), near-ties and bounds.

function same(units: readonly ApportionUnit[], total: number, rule: HamiltonBounds) {
  const result = apportionHamilton(units, total, { hamiltonBounds: rule }) as ApportionOk;
  if (result.status !== "ok") return;
  const oracle = hamiltonOneByOne(units, total, rule);
  expect(Object.fromEntries(result.units.map((u) => [u.name, u.allocated]))).toEqual(oracle.allocated);
  expect(result.priorityList.map((p) => p.unit)).toEqual(oracle.list);
  expect((result.reductions ?? []).map((p) => p.unit)).toEqual(oracle.reductions);
}

const unitsArb = fc
  .record({
    weights: fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 6 }),
        fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        fc.constantFrom(1, 1 + 1e-13, 1 - 1e-13, 3, 3 + 3e-12),
      ),
      { minLength: 1, maxLength: 30 },
    ),
    bounds: fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.option(fc.integer({ min: 0, max: 6 }))), {
      minLength: 30,
      maxLength: 30,
    }),
    total: fc.integer({ min: 0, max: 200 }),
  })
  .filter(({ weights }) => weights.some((w) => w > 0));

describe("apportionHamilton sorts the remainders once", () => {
  it("gives the one-post-at-a-time method's posts, list and take-backs on 1,500 random cases, both bound rules (property, seeded)", () => {
    fc.assert(
      fc.property(
        unitsArb,
        fc.constantFrom<HamiltonBounds>("requota", "fixed-quota"),
        ({ weights, bounds, total }, rule) => {
          const units = weights.map((w, i) => {
            const [min, span] = bounds[i]!;
            return {
              name: `U${String(i).padStart(2, "0")}`,
              weight: w,
              min,
              ...(span === null ? {} : { max: min + span }),
            };
          });
          const minSum = units.reduce((s, u) => s + u.min, 0);
          const maxSum = units.reduce((s, u) => s + (u.max ?? Number.POSITIVE_INFINITY), 0);
          same(units, Math.min(maxSum, minSum + total), rule);
        },
      ),
      { seed: 41, numRuns: 1500 },
    );
  });

  it("gives the oracle's list when near-ties chain (remainders 10^-13 apart: each ties its neighbour, not the next)", () => {
    // Quotas 0.5 + k·6·10^-13 for k = 0..5 (a chain of ties under the 10^-12 tolerance), and whole shares elsewhere.
    const units = [0, 1, 2, 3, 4, 5].map((k) => ({ name: `C${k}`, weight: 0.5 + k * 6e-13 }));
    for (const total of [1, 2, 3, 4, 5])
      same([...units, { name: "Z", weight: 3 - 15 * 6e-13 + 1e-13 }], total + 3, "requota");
  });

  it("hands out posts one by one when the maximums leave more posts than free units (fixed-quota)", () => {
    // Quotas 10, 0.5, 0.5 of 11; A is capped at 2: B and C take 9 posts between them, several each.
    const units = [
      { name: "A", weight: 10, max: 2 },
      { name: "B", weight: 0.5 },
      { name: "C", weight: 0.5 },
    ];
    const result = apportionHamilton(units, 11, { hamiltonBounds: "fixed-quota" }) as ApportionOk;
    expect(result.units.map((u) => u.allocated)).toEqual([2, 5, 4]); // hand calculation: B, C alternate, B first
    same(units, 11, "fixed-quota");
  });
});
