import { describe, expect, it } from "vitest";
import {
  type AllocationUnit,
  bindingReason,
  type ExplainInput,
  explainUnit,
  type Reason,
} from "../src/index.ts";

// Every expected amount below is computed by hand from the definitions in src/explain/reasons.ts and the README's
// "How a number is made", step 5: index share → priority → floor/cap/band → rebalance → rounding → ordering.

function unit(fields: Partial<AllocationUnit> & { target: number }): AllocationUnit {
  return {
    id: "T01",
    category: "general",
    weight: 1,
    lower: 0,
    upper: Number.POSITIVE_INFINITY,
    lowerParts: {},
    upperParts: {},
    ...fields,
  };
}

/** kind → amount, in the order the steps are given. */
function steps(reasons: readonly Reason[]): [Reason["kind"], number][] {
  return reasons.map((r) => [r.kind, Math.round(r.amount * 1e9) / 1e9]);
}

function explain(input: ExplainInput): Reason[] {
  const reasons = explainUnit(input);
  // The waterfall adds up exactly: plainTarget + Σ amounts = allocated.
  expect(input.plainTarget + reasons.reduce((s, r) => s + r.amount, 0)).toBeCloseTo(input.allocated, 9);
  return reasons;
}

describe("explainUnit(input): one step per reason kind, adding up to the allocation", () => {
  it("priority: coefficient 1.2 takes an index share of 14.2 to a target of 17.04 (+2.84), rounding −0.04", () => {
    const reasons = explain({
      unit: unit({ target: 17.04 }),
      plainTarget: 14.2,
      coefficient: 1.2,
      withoutOrdering: 17,
      allocated: 17,
    });
    expect(steps(reasons)).toEqual([
      ["priority", 2.84], // 17.04 − 14.2
      ["rounding", -0.04], // 17 − 17.04
    ]);
    expect(reasons[0]!.message.en).toContain("×1.2");
    expect(bindingReason(reasons)).toBeUndefined(); // priority and rounding do not bind
  });

  it("no priority step when the coefficient leaves the target where the index put it", () => {
    const reasons = explain({
      unit: unit({ target: 20 }),
      plainTarget: 20,
      coefficient: 1,
      withoutOrdering: 20,
      allocated: 20,
    });
    expect(reasons).toEqual([]);
    expect(bindingReason(reasons)).toBeUndefined();
  });

  it("floor: the category floor 15 above a target of 12.3 lifts it by 2.7", () => {
    const reasons = explain({
      unit: unit({ target: 12.3, lower: 15, lowerParts: { rule: 15, band: 13 } }),
      plainTarget: 12.3,
      coefficient: 1,
      withoutOrdering: 15,
      allocated: 15,
    });
    expect(steps(reasons)).toEqual([["floor", 2.7]]); // 15 − 12.3
    expect(reasons[0]!.message.en).toContain("15");
    expect(reasons[0]!.message.en).toContain("12.3");
    expect(bindingReason(reasons)).toBe("floor");
  });

  it("bandLower: today less the largest cut (18) above the category floor (15) and the target 16.4 lifts it by 1.6", () => {
    const reasons = explain({
      unit: unit({ target: 16.4, lower: 18, lowerParts: { rule: 15, band: 18 } }),
      plainTarget: 16.4,
      coefficient: 1,
      withoutOrdering: 18,
      allocated: 18,
    });
    expect(steps(reasons)).toEqual([["bandLower", 1.6]]); // 18 − 16.4
    expect(bindingReason(reasons)).toBe("bandLower");
  });

  it("floor = band = lower bound is named the floor (the policy's number), as the diagnosis names it (boundSource)", () => {
    const reasons = explain({
      unit: unit({ target: 13.5, lower: 15, lowerParts: { rule: 15, band: 15 } }),
      plainTarget: 13.5,
      coefficient: 1,
      withoutOrdering: 15,
      allocated: 15,
    });
    expect(steps(reasons)).toEqual([["floor", 1.5]]);
  });

  it("cap: the category cap 35 below a target of 40.6 holds it down by 5.6", () => {
    const reasons = explain({
      unit: unit({ target: 40.6, upper: 35, upperParts: { rule: 35, band: 40 } }),
      plainTarget: 40.6,
      coefficient: 1,
      withoutOrdering: 35,
      allocated: 35,
    });
    expect(steps(reasons)).toEqual([["cap", -5.6]]); // 35 − 40.6
    expect(bindingReason(reasons)).toBe("cap");
  });

  it("bandUpper: today plus the largest gain (30) below the cap (50) and the target 33.25 holds it down by 3.25", () => {
    const reasons = explain({
      unit: unit({ target: 33.25, upper: 30, upperParts: { rule: 50, band: 30 } }),
      plainTarget: 33.25,
      coefficient: 1,
      withoutOrdering: 30,
      allocated: 30,
    });
    expect(steps(reasons)).toEqual([["bandUpper", -3.25]]); // 30 − 33.25
    expect(bindingReason(reasons)).toBe("bandUpper");
  });

  it("a bound below the target is no floor: at lower bound 19 with a target of 20.6 the township gave up posts (rebalance)", () => {
    const reasons = explain({
      unit: unit({ target: 20.6, lower: 19, lowerParts: { band: 19 } }),
      plainTarget: 20.6,
      coefficient: 1,
      withoutOrdering: 19,
      allocated: 19,
    });
    // nearest whole number within [floor 20.6, ceil 20.6] = [20, 21] to 19 is 20: rounding −0.6, rebalance −1.
    expect(steps(reasons)).toEqual([
      ["rounding", -0.6],
      ["rebalance", -1],
    ]);
    expect(reasons[1]!.message.en).toContain("now at its lower bound");
    expect(bindingReason(reasons)).toBe("rebalance");
  });

  it("rebalance upwards: a target of 20.4 allocated 22 is rounding +0.6 (to 21) and rebalance +1", () => {
    const reasons = explain({
      unit: unit({ target: 20.4 }),
      plainTarget: 20.4,
      coefficient: 1,
      withoutOrdering: 22,
      allocated: 22,
    });
    expect(steps(reasons)).toEqual([
      ["rounding", 0.6],
      ["rebalance", 1],
    ]);
    expect(bindingReason(reasons)).toBe("rebalance");
  });

  it("rounding: a target of 20.6 allocated 21 is rounding +0.4 alone, and nothing binds", () => {
    const reasons = explain({
      unit: unit({ target: 20.6 }),
      plainTarget: 20.6,
      coefficient: 1,
      withoutOrdering: 21,
      allocated: 21,
    });
    expect(steps(reasons)).toEqual([["rounding", 0.4]]);
    expect(reasons[0]!.message.en).toContain("rounded up to 21");
    expect(bindingReason(reasons)).toBeUndefined();
  });

  it("ordering: 21 without the ordering rows, 23 with them, is ordering +2 after rounding +0.4", () => {
    const reasons = explain({
      unit: unit({ target: 20.6 }),
      plainTarget: 20.6,
      coefficient: 1,
      withoutOrdering: 21,
      allocated: 23,
    });
    expect(steps(reasons)).toEqual([
      ["rounding", 0.4],
      ["ordering", 2],
    ]);
    expect(bindingReason(reasons)).toBe("ordering");
  });

  it("method: with an apportionment method the whole move from target 20.6 to 22 (+1.4) is one step naming the last post", () => {
    const reasons = explain({
      unit: unit({ target: 20.6 }),
      plainTarget: 20.6,
      coefficient: 1,
      withoutOrdering: 22,
      allocated: 22,
      method: {
        label: { zh: "韦伯斯特法", en: "Webster" },
        lastPost: { zh: "优先序第 3 位", en: "priority list #3" },
      },
    });
    expect(steps(reasons)).toEqual([["method", 1.4]]);
    expect(reasons[0]!.message.en).toContain("Webster");
    expect(reasons[0]!.message.en).toContain("priority list #3");
    expect(bindingReason(reasons)).toBe("method");
  });

  it("method: a move of less than half a post (20.6 → 21, +0.4) is a step but does not bind", () => {
    const reasons = explain({
      unit: unit({ target: 20.6 }),
      plainTarget: 20.6,
      coefficient: 1,
      withoutOrdering: 21,
      allocated: 21,
      method: { label: { zh: "韦伯斯特法", en: "Webster" }, lastPost: { zh: "最低数", en: "minimum" } },
    });
    expect(steps(reasons)).toEqual([["method", 0.4]]);
    expect(bindingReason(reasons)).toBeUndefined();
  });

  it("all together: priority +2.1, floor +0.9 and ordering +1 add up from 12 to 16", () => {
    const reasons = explain({
      unit: unit({ target: 14.1, lower: 15, lowerParts: { rule: 15 } }),
      plainTarget: 12,
      coefficient: 1.175,
      withoutOrdering: 15,
      allocated: 16,
    });
    expect(steps(reasons)).toEqual([
      ["priority", 2.1],
      ["floor", 0.9],
      ["ordering", 1],
    ]);
    // |ordering 1| > |floor 0.9|: the ordering moved it most.
    expect(bindingReason(reasons)).toBe("ordering");
  });
});

describe("bindingReason(reasons)", () => {
  const r = (kind: Reason["kind"], amount: number): Reason => ({ kind, amount, message: { zh: "", en: "" } });

  it("names the step that moved the township most", () => {
    expect(bindingReason([r("floor", 2.7), r("ordering", 1)])).toBe("floor");
    expect(bindingReason([r("cap", -0.6), r("rebalance", -1)])).toBe("rebalance");
  });

  it("leaves out a bound that moved it by less than half a post (rounding alone could have done it)", () => {
    expect(bindingReason([r("floor", 0.2)])).toBeUndefined();
    expect(bindingReason([r("floor", 0.5)])).toBe("floor");
  });

  it("counts rebalance and ordering at any size, never priority or rounding", () => {
    expect(bindingReason([r("priority", 5), r("rounding", 0.4), r("rebalance", 0.4)])).toBe("rebalance");
    expect(bindingReason([r("priority", 5), r("rounding", -0.4)])).toBeUndefined();
  });

  it("is undefined for no steps", () => {
    expect(bindingReason([])).toBeUndefined();
  });
});
