import { describe, expect, it } from "vitest";
import { defaultSweepRange, SWEEP_MAX_TOTALS, sweepRangeProblem } from "../src/simulate/sweep-range.ts";

describe("defaultSweepRange(totals)", () => {
  it("runs from today's total 60 posts up, and at least to the scenario's total", () => {
    // the demo baseline: today 511, total 511 + 10 transferred down = 521 (golden/baseline.zh.md)
    expect(defaultSweepRange({ current: 511, total: 521 })).toEqual({ from: 511, to: 571 });
    expect(defaultSweepRange({ current: 511, total: 600 })).toEqual({ from: 511, to: 600 });
    // a total below today's starts the range there
    expect(defaultSweepRange({ current: 511, total: 500 })).toEqual({ from: 500, to: 560 });
  });
});

describe("sweepRangeProblem(from, to)", () => {
  it("accepts whole ranges of at most SWEEP_MAX_TOTALS totals", () => {
    expect(sweepRangeProblem(511, 571)).toBeNull();
    expect(sweepRangeProblem(511, 511 + SWEEP_MAX_TOTALS - 1)).toBeNull();
  });

  it("refuses reversed, fractional, non-positive and over-long ranges", () => {
    expect(sweepRangeProblem(600, 500)).toEqual({
      zh: "起始总量 600 大于结束总量 500。",
      en: "The first total 600 is above the last total 500.",
    });
    expect(sweepRangeProblem(500, 500 + SWEEP_MAX_TOTALS)?.zh).toBe(
      `一次最多推演 ${SWEEP_MAX_TOTALS} 个总量，现为 ${SWEEP_MAX_TOTALS + 1} 个；请缩小范围。`,
    );
    expect(sweepRangeProblem(500.5, 520)?.en).toBe("The first and last totals must be whole numbers > 0.");
    expect(sweepRangeProblem(0, 520)).not.toBeNull();
  });
});
