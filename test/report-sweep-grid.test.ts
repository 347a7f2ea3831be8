import { describe, expect, it } from "vitest";
import { sweepGrid } from "../src/report/sweep-grid.ts";
import type { SweepResult } from "../src/simulate/sweep-totals.ts";

describe("sweepGrid(sweep, townships)", () => {
  it("counts gains from the first solved total and marks the paradox on the larger total", () => {
    // a hand-made sweep: A 5 → 4 (paradox at 12) → 6; B 6 → 8 → 7; total 10 has no allocation
    const sweep: SweepResult = {
      townships: [
        { id: "A", name: "甲乡" },
        { id: "B", name: "乙镇" },
      ],
      steps: [
        { total: 10, toAllocate: 10, status: "infeasible", posts: [] },
        { total: 11, toAllocate: 11, status: "optimal", posts: [5, 6] },
        { total: 12, toAllocate: 12, status: "optimal", posts: [4, 8] },
        { total: 13, toAllocate: 13, status: "optimal", posts: [6, 7] },
      ],
      flags: [{ id: "A", name: "甲乡", fromTotal: 11, toTotal: 12, before: 5, after: 4 }],
    };
    const grid = sweepGrid(sweep, [
      { id: "A", category: "general" },
      { id: "B", category: "key" },
    ]);
    expect(grid.totals).toEqual([10, 11, 12, 13]);
    expect(grid.baseTotal).toBe(11);
    expect(grid.maxGain).toBe(2); // B 6 → 8
    expect(grid.rows[0]!.cells).toEqual([
      { total: 10, posts: null, gain: null, changed: false, paradox: false },
      { total: 11, posts: 5, gain: 0, changed: true, paradox: false },
      { total: 12, posts: 4, gain: -1, changed: true, paradox: true },
      { total: 13, posts: 6, gain: 1, changed: true, paradox: false },
    ]);
    expect(grid.rows[1]!.category).toBe("key");
    expect(grid.rows[1]!.cells.map((c) => c.changed)).toEqual([false, true, true, true]);
  });

  it("throws for a township without a category; a sweep without any allocation has no base total", () => {
    const sweep: SweepResult = {
      townships: [{ id: "A", name: "甲乡" }],
      steps: [{ total: 10, toAllocate: 10, status: "infeasible", posts: [] }],
      flags: [],
    };
    expect(() => sweepGrid(sweep, [])).toThrow(RangeError);
    const grid = sweepGrid(sweep, [{ id: "A", category: "general" }]);
    expect(grid.baseTotal).toBeNull();
    expect(grid.maxGain).toBe(0);
  });
});
