import { describe, expect, it } from "vitest";
import {
  type AllocationUnit,
  bindingReason,
  type ExplainInput,
  explainTownships,
  explainUnit,
  type Reason,
} from "../src/index.ts";
import { BINDING_TOLERANCE } from "../src/policy.ts";

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
    expect(bindingReason(reasons)).toBe("free"); // priority and rounding do not bind
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
    expect(bindingReason(reasons)).toBe("free");
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
      ["rebalance", -1],
      ["rounding", -0.6],
    ]);
    expect(reasons[0]!.message.en).toContain("now at its lower bound");
    // the others' bounds moved it, none of its own: free
    expect(bindingReason(reasons)).toBe("free");
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
      ["rebalance", 1],
      ["rounding", 0.6],
    ]);
    expect(bindingReason(reasons)).toBe("free");
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
    expect(bindingReason(reasons)).toBe("free");
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
    expect(bindingReason(reasons)).toBe("free");
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

describe("explainUnit(input): its own coefficient and the county's renormalisation are two steps", () => {
  it("a coefficient of 1.05 is a gain (+0.66 on an index share of 13.2) and the renormalisation the loss", () => {
    // 13.2 × 1.05 = 13.86 (+0.66); the targets sum to the posts to allocate, so the county takes back 13.86 − 12.9.
    const reasons = explain({
      unit: unit({ target: 12.9 }),
      plainTarget: 13.2,
      coefficient: 1.05,
      withoutOrdering: 13,
      allocated: 13,
    });
    expect(steps(reasons)).toEqual([
      ["priority", 0.66],
      ["renormalisation", -0.96],
      ["rounding", 0.1],
    ]);
    expect(reasons[0]!.message.zh).toBe("类别系数 ×1.05：按指数份额 13.2 名 × 1.05 = 13.86 名（+0.66）");
    expect(reasons[1]!.message.zh).toContain("（−0.96）");
  });

  it("a coefficient of 1 gives no priority step, only the renormalisation (−1.12 as 梨树乡 in golden/baseline.json)", () => {
    const reasons = explain({
      unit: unit({ target: 13.86, lower: 15, lowerParts: { rule: 15 } }),
      plainTarget: 14.98,
      coefficient: 1,
      withoutOrdering: 15,
      allocated: 15,
    });
    expect(steps(reasons)).toEqual([
      ["renormalisation", -1.12],
      ["floor", 1.14],
    ]);
  });

  it("a coefficient below 1 is a loss of its own: ×0.9 on 20 is −2", () => {
    const reasons = explain({
      unit: unit({ target: 18 }),
      plainTarget: 20,
      coefficient: 0.9,
      withoutOrdering: 18,
      allocated: 18,
    });
    expect(steps(reasons)).toEqual([["priority", -2]]);
  });
});

describe("explainTownships(inputs): rounding only when rounded, from the continuous position", () => {
  const at = (id: string, target: number, lower = 0) =>
    unit({ id, target, lower, lowerParts: lower > 0 ? { rule: lower } : {} });
  const input = (name: string, u: AllocationUnit, x: number) => ({
    name,
    unit: u,
    plainTarget: u.target,
    coefficient: 1,
    withoutOrdering: x,
    allocated: x,
  });

  it("the floor's 1 post is paid by the others in proportion to their targets (20 and 10: −2/3, −1/3), no rounding", () => {
    // targets 14, 20, 10; 甲 lifted to its floor 15 (+1); 乙 and 丙 pay 1 × 20/30 and 1 × 10/30: positions 19.33 and
    // 9.67; 乙 gets 19 (rounded down −0.33) and 丙 10 (rounded up +0.33).
    const reasons = explainTownships([
      input("甲", at("A", 14, 15), 15),
      input("乙", at("B", 20), 19),
      input("丙", at("C", 10), 10),
    ]);
    for (const [j, x] of [15, 19, 10].entries())
      expect([14, 20, 10][j]! + reasons[j]!.reduce((s, r) => s + r.amount, 0)).toBeCloseTo(x, 9);
    expect(steps(reasons[0]!)).toEqual([["floor", 1]]);
    expect(steps(reasons[1]!)).toEqual([
      ["rebalance", -0.666666667],
      ["rounding", -0.333333333],
    ]);
    expect(reasons[1]![1]!.message.zh).toBe("取整：统筹后 19.33 名向下取为 19 名（−0.33，小数部分给了丙）");
    expect(steps(reasons[2]!)).toEqual([
      ["rebalance", -0.333333333],
      ["rounding", 0.333333333],
    ]);
    expect(reasons[2]![1]!.message.zh).toBe("取整：统筹后 9.67 名向上取为 10 名（+0.33，小数部分来自乙）");
  });

  it("a target of 17.93 at 16 because a floor took 1.93: the rebalance alone, no rounding step", () => {
    // 甲 takes 1.93 above its target; 乙 (17.93) pays all of it: position 16, allocated 16 → rebalance only.
    const reasons = explainTownships([input("甲", at("A", 13.07, 15), 15), input("乙", at("B", 17.93), 16)]);
    expect(steps(reasons[1]!)).toEqual([["rebalance", -1.93]]);
  });

  it("without bounds anywhere, the rounding is from the target and names who took the fraction", () => {
    const reasons = explainTownships([input("甲", at("A", 10.4), 10), input("乙", at("B", 9.6), 10)]);
    expect(steps(reasons[0]!)).toEqual([["rounding", -0.4]]);
    expect(reasons[0]![0]!.message.zh).toBe("取整：目标 10.4 名向下取为 10 名（−0.4，小数部分给了乙）");
    expect(steps(reasons[1]!)).toEqual([["rounding", 0.4]]);
  });
});

describe("bindingReason(reasons)", () => {
  const r = (kind: Reason["kind"], amount: number): Reason => ({ kind, amount, message: { zh: "", en: "" } });

  it("names the constraint that moved the township most", () => {
    expect(bindingReason([r("floor", 2.7), r("ordering", 1)])).toBe("floor");
    expect(bindingReason([r("cap", -0.6), r("ordering", -1)])).toBe("ordering");
  });

  it("never names a rebalance: the others' bounds moved it, none of its own (free)", () => {
    expect(bindingReason([r("cap", -0.6), r("rebalance", -1)])).toBe("cap");
    // golden/baseline.json T03 石桥镇: 29.68 − 0.50 rebalance − 0.18 rounding = 29, no bound of its own
    expect(bindingReason([r("rebalance", -0.5), r("rounding", -0.18)])).toBe("free");
  });

  it("leaves out a bound or method step of less than BINDING_TOLERANCE (half a post: rounding alone could do it)", () => {
    expect(BINDING_TOLERANCE).toBe(0.5);
    expect(bindingReason([r("floor", 0.2)])).toBe("free");
    expect(bindingReason([r("method", 0.4)])).toBe("free");
    expect(bindingReason([r("floor", 0.5)])).toBe("floor");
  });

  it("counts ordering at any size, never priority, renormalisation or rounding", () => {
    expect(bindingReason([r("priority", 5), r("ordering", 0.4)])).toBe("ordering");
    expect(bindingReason([r("priority", 5), r("renormalisation", -3), r("rounding", -0.4)])).toBe("free");
  });

  it("is free for no steps", () => {
    expect(bindingReason([])).toBe("free");
  });
});

describe("a bound less than BINDING_TOLERANCE beyond the target is rounding, not a bound", () => {
  it("a floor of 15 over a target of 14.96 (golden/baseline.json T16 三星乡) is the target rounded up: no floor step, free", () => {
    const reasons = explain({
      unit: unit({ target: 14.96, lower: 15, lowerParts: { rule: 15 } }),
      plainTarget: 14.96,
      coefficient: 1,
      withoutOrdering: 15,
      allocated: 15,
    });
    expect(steps(reasons)).toEqual([["rounding", 0.04]]);
    expect(reasons[0]!.message.zh).toBe(
      "取整：目标 14.96 名向上取为 15 名，即其下限（+0.04；下限高出比例目标 14.96 名不足半名，不计为受下限约束）",
    );
    expect(bindingReason(reasons)).toBe("free");
  });

  it("a band upper bound of 20 under a target of 20.3 is the target rounded down", () => {
    const reasons = explain({
      unit: unit({ target: 20.3, upper: 20, upperParts: { band: 20 } }),
      plainTarget: 20.3,
      coefficient: 1,
      withoutOrdering: 20,
      allocated: 20,
    });
    expect(steps(reasons)).toEqual([["rounding", -0.3]]);
    expect(reasons[0]!.message.en).toContain("its upper bound");
    expect(bindingReason(reasons)).toBe("free");
  });

  it("in a county, such a township shares the others' floors like any free one and is not counted as held", () => {
    // targets 14.96 (floor 15), 13 (floor 15), 22.04: 乙 is held (+2), 甲 and 丙 pay 2 × 14.96/37 and 2 × 22.04/37
    const reasons = explainTownships([
      {
        name: "甲",
        unit: unit({ id: "A", target: 14.96, lower: 15, lowerParts: { rule: 15 } }),
        plainTarget: 14.96,
        coefficient: 1,
        withoutOrdering: 15,
        allocated: 15,
      },
      {
        name: "乙",
        unit: unit({ id: "B", target: 13, lower: 15, lowerParts: { rule: 15 } }),
        plainTarget: 13,
        coefficient: 1,
        withoutOrdering: 15,
        allocated: 15,
      },
      {
        name: "丙",
        unit: unit({ id: "C", target: 22.04 }),
        plainTarget: 22.04,
        coefficient: 1,
        withoutOrdering: 20,
        allocated: 20,
      },
    ]);
    expect(reasons[0]!.map((x) => x.kind)).toEqual(["rebalance", "rounding"]);
    expect(reasons[0]![0]!.amount).toBeCloseTo((-2 * 14.96) / 37, 9);
    expect(steps(reasons[1]!)).toEqual([["floor", 2]]);
  });
});
