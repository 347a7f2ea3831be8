import { describe, expect, it } from "vitest";
import { sweepSummary } from "../src/report/sweep-summary.ts";
import type { SweepResult } from "../src/simulate/sweep-totals.ts";

// a hand-made sweep: A 5 → 4 as the total rises 11 → 12 (a paradox); totals 10 and 14 have no allocation
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
    { total: 14, toAllocate: 14, status: "timedOut", posts: [] },
  ],
  flags: [{ id: "A", name: "甲乡", fromTotal: 11, toTotal: 12, before: 5, after: 4 }],
};

describe("sweepSummary(sweep, method)", () => {
  it("gives the headline under the method and range, each case, and the unsolved totals with their status", () => {
    const summary = sweepSummary(sweep, "hamilton");
    expect(summary.headline.en).toBe(
      "✗ Hamilton (largest remainder): for county totals 10–14, 1 Alabama-paradox case(s) (the total rises, a township loses a post):",
    );
    expect(summary.cases).toEqual([
      {
        zh: "甲乡：县域总量由 11 增至 12 名时，编制由 5 名减为 4 名",
        en: "甲乡: 5 → 4 posts as the county total rises from 11 to 12",
      },
    ]);
    // statuses in words, never the internal key ("infeasible", "timedOut") in Chinese
    expect(summary.unsolved).toEqual({
      zh: "无解的总量：10（无可行解）、14（超时）。",
      en: "Totals without an allocation: 10 (infeasible), 14 (timed out).",
    });
  });

  it("names the LP for method lp, and says none when nothing is flagged", () => {
    const clean = sweepSummary({ ...sweep, steps: sweep.steps.slice(1, 4), flags: [] }, "lp");
    expect(clean.headline.zh).toBe(
      "✓ 线性规划（偏离比例目标最小）：县域总量 11–13 名之间，没有乡镇在总量增加时减少编制（无阿拉巴马悖论）。",
    );
    expect(clean.cases).toEqual([]);
    expect(clean.unsolved).toBeNull();
  });
});
