import { describe, expect, it } from "vitest";
import { diagnoseAllocation } from "../src/allocation/diagnose.ts";
import type { AllocationProblem, AllocationUnit } from "../src/allocation/problem.ts";
import { solveAllocation } from "../src/allocation/solve.ts";
import type { Category } from "../src/types.ts";

function unit(
  id: string,
  category: Category,
  weight: number,
  lower: number,
  upper = Number.POSITIVE_INFINITY,
): AllocationUnit {
  return {
    id,
    category,
    target: weight,
    weight,
    lower,
    upper,
    lowerParts: { rule: lower },
    upperParts: Number.isFinite(upper) ? { rule: upper } : {},
  };
}

describe("diagnoseAllocation(problem)", () => {
  it("floors above the total: names the need, the total and the shortfall", async () => {
    const problem: AllocationProblem = {
      total: 500,
      ordering: [],
      units: Array.from({ length: 35 }, (_, j) => unit(`t${j}`, "general", 1, 15)),
    };
    const [conflict, ...rest] = diagnoseAllocation(problem);
    expect(rest).toEqual([]);
    // 35 townships × 15 = 525 posts needed, 500 available: short by 25.
    expect(conflict!.kind).toBe("lower-above-total");
    expect(conflict!.numbers).toMatchObject({ need: 525, total: 500, shortBy: 25 });
    expect(conflict!.message.zh).toContain("525");
    expect(conflict!.message.en).toContain("short by 25");
    const outcome = await solveAllocation(problem);
    expect(outcome.status).toBe("infeasible");
  });

  it("caps below the total", () => {
    const problem: AllocationProblem = {
      total: 100,
      ordering: [],
      units: [unit("a", "general", 1, 0, 30), unit("b", "general", 1, 0, 40)],
    };
    expect(diagnoseAllocation(problem)[0]).toMatchObject({
      kind: "upper-below-total",
      numbers: { allow: 70, overBy: 30 },
    });
  });

  it("contradictory bounds on one township name it with both numbers and their sources", () => {
    const bad: AllocationUnit = {
      ...unit("t7", "general", 1, 18, 16),
      lowerParts: { rule: 15, band: 18 },
      upperParts: { rule: 16 },
    };
    const [conflict] = diagnoseAllocation(
      { total: 20, ordering: [], units: [bad, unit("b", "general", 1, 0)] },
      new Map([["t7", "梨树乡"]]),
    );
    expect(conflict).toMatchObject({
      kind: "bounds-cross",
      involves: ["t7"],
      numbers: { lower: 18, upper: 16 },
    });
    expect(conflict!.message.zh).toContain("梨树乡");
    expect(conflict!.message.en).toContain("stability band");
  });

  it("an ordering the caps cannot meet: the higher category's caps against the lower one's floors", () => {
    // central: weight 4, cap 10 → at most 2.5 posts per unit; general: weight 2 with floors 6+6=12 → at least 6 per unit.
    const problem: AllocationProblem = {
      total: 30,
      ordering: [{ higher: "central", lower: "general" }],
      units: [unit("c", "central", 4, 0, 10), unit("g1", "general", 1, 6), unit("g2", "general", 1, 6)],
    };
    const [conflict] = diagnoseAllocation(problem);
    expect(conflict!.kind).toBe("ordering");
    expect(conflict!.numbers.higherMaxRate).toBeCloseTo(2.5, 12);
    expect(conflict!.numbers.lowerMinRate).toBeCloseTo(6, 12);
    expect(conflict!.message.en).toContain("Central town");
  });

  it("an ordering that needs more than the total names the category whose floors drive it and what it lifts", () => {
    // By hand: general (weight 1, floor 10) needs 10 posts per unit of index; the ordering lifts central (weight 2,
    // no floor) to the same rate: 20 posts, 20 more than its own bounds need. Together 30 > the total of 25.
    const problem: AllocationProblem = {
      total: 25,
      ordering: [{ higher: "central", lower: "general" }],
      units: [unit("c", "central", 2, 0), unit("g", "general", 1, 10)],
    };
    const [conflict] = diagnoseAllocation(problem);
    expect(conflict!.kind).toBe("ordering");
    expect(conflict!.numbers).toMatchObject({ need: 30, total: 25, shortBy: 5, "lifted.central": 20 });
    expect(conflict!.involves).toEqual(["general", "central"]);
    expect(conflict!.message.zh).toBe(
      "在类别排序下，各类别至少需要 30.00 名，可分配总量为 25 名：一般乡镇的下限要求每单位指数至少 10.00 名，排序使其上的类别也须达到这一比率（中心镇因此多需 20.00 名）",
    );
  });

  it("finds nothing in a feasible problem", () => {
    expect(
      diagnoseAllocation({
        total: 30,
        ordering: [],
        units: [unit("a", "general", 1, 10), unit("b", "general", 1, 10)],
      }),
    ).toEqual([]);
  });
});
