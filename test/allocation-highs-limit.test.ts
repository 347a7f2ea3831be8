import { describe, expect, it } from "vitest";
import { solveWithHighs } from "../src/allocation/backends/highs.ts";
import type { LinearModel } from "../src/allocation/linear-model.ts";
import { modelViolation } from "../src/allocation/model-violation.ts";

// min x + y, 3x + 5y >= 17.5, x − y <= 2, 1 <= x <= 40, 2 <= y <= 40, integer.
// Optimum by hand: the bounds allow x + y >= 3, and (1, 2) gives 3 + 10 = 13 < 17.5; x + y = 4 at (1, 3) gives
// 3 + 15 = 18 >= 17.5 and 1 − 3 <= 2, while (2, 2) gives 16 < 17.5: the optimum is 4 at (1, 3), unique.
const model: LinearModel = {
  variables: [
    { name: "x", lower: 1, upper: 40, integer: true, cost: 1 },
    { name: "y", lower: 2, upper: 40, integer: true, cost: 1 },
  ],
  constraints: [
    {
      name: "c1",
      terms: [
        { variable: "x", coefficient: 3 },
        { variable: "y", coefficient: 5 },
      ],
      lower: 17.5,
      upper: Number.POSITIVE_INFINITY,
    },
    {
      name: "c2",
      terms: [
        { variable: "x", coefficient: 1 },
        { variable: "y", coefficient: -1 },
      ],
      lower: Number.NEGATIVE_INFINITY,
      upper: 2,
    },
  ],
  offset: 0,
};

describe("HiGHS at its time limit", () => {
  it("reports no solution (timedOut, the cap named) when it stops before finding one, not its zero vector", async () => {
    // Measured with highs 1.x: time_limit 0 returns "Time limit reached" with every column's Primal 0, below the
    // bounds x >= 1, y >= 2. Before this check the backend called that `feasible`.
    const stopped = await solveWithHighs(model, { timeLimitSeconds: 0 });
    expect(stopped.status).toBe("timedOut");
    expect(stopped.provenOptimal).toBe(false);
    expect(stopped.values).toBeUndefined();
    expect(stopped.cap).toEqual({ kind: "timeLimit", seconds: 0 });
  });

  it("still solves the same model with time to do it (optimum 4 at x = 1, y = 3 by hand)", async () => {
    const solved = await solveWithHighs(model, { timeLimitSeconds: 5 });
    expect(solved.status).toBe("optimal");
    expect(solved.values).toEqual({ x: 1, y: 3 });
    expect(solved.objective).toBeCloseTo(4, 9);
  });
});

describe("modelViolation", () => {
  it("names the first bound, integrality or row broken, and null for a solution", () => {
    expect(modelViolation(model, { x: 0, y: 0 })).toEqual({ kind: "bound", variable: "x", value: 0 });
    expect(modelViolation(model, { x: 1.5, y: 3 })).toEqual({ kind: "integer", variable: "x", value: 1.5 });
    // 3·2 + 5·2 = 16 < 17.5
    expect(modelViolation(model, { x: 2, y: 2 })).toEqual({ kind: "row", row: "c1", activity: 16 });
    // 5 − 2 = 3 > 2
    expect(modelViolation(model, { x: 5, y: 2 })).toEqual({ kind: "row", row: "c2", activity: 3 });
    expect(modelViolation(model, { x: 1, y: 3 })).toBeNull();
    expect(modelViolation(model, { x: 1 })).toEqual({ kind: "missing", variable: "y" });
    // within the tolerance
    expect(modelViolation(model, { x: 1 - 1e-9, y: 3 + 1e-9 })).toBeNull();
  });
});
