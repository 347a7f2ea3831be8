import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entropyWeights } from "../src/weighting/entropy.ts";
import type { IndicatorTable } from "../src/weighting/indicator-table.ts";

function table(values: number[][], indicators?: string[]): IndicatorTable {
  return {
    names: values.map((_, i) => `A${i + 1}`),
    indicators: indicators ?? values[0]!.map((_, j) => `C${j + 1}`),
    values,
  };
}

function expectClose(actual: readonly number[], expected: readonly number[], tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((value, i) => {
    expect(Math.abs(value - expected[i]!), `entry ${i}: ${value} vs ${expected[i]}`).toBeLessThanOrEqual(
      tolerance,
    );
  });
}

describe("entropyWeights(table, { normalise: 'sum' }) on published examples", () => {
  it("reproduces Xu (2004, EJOR 156(2) 530–532): weights 0.4630, 0.3992, 0.1378, 0.0000", () => {
    // Expected values as asserted from that paper in pyrepo-mcda's tests (test_weighting_methods.py).
    const r = entropyWeights(
      table([
        [30, 30, 38, 29],
        [19, 54, 86, 29],
        [19, 15, 85, 28.9],
        [68, 70, 60, 29],
      ]),
      { normalise: "sum" },
    );
    expectClose(r.weights, [0.463, 0.3992, 0.1378, 0], 0.00005);
    // C4 barely varies (29, 29, 28.9, 29): almost no information, but it is not constant.
    expect(r.constant).toEqual([]);
    expect(r.weights[3]!).toBeGreaterThan(0);
    expect(r.normalise).toBe("sum");
  });

  it("reproduces Zavadskas & Podvezko (2016, IJITDM 15(2) 267–283): 0.1146, 0.1981, 0.4185, 0.2689", () => {
    // The paper computes entropy on the raw values, without inverting its cost criteria, so all
    // four are passed as benefit here (expected values as in pyrepo-mcda's tests).
    const r = entropyWeights(
      table([
        [3.0, 100, 10, 7],
        [2.5, 80, 8, 5],
        [1.8, 50, 20, 11],
        [2.2, 70, 12, 9],
      ]),
      { normalise: "sum" },
    );
    expectClose(r.weights, [0.1146, 0.1981, 0.4185, 0.2689], 0.00005);
  });

  it("reproduces Ersoy (2021, LogForum 17(3)): 0.405, 0.221, 0.134, 0.199, 0.007, 0.034", () => {
    const r = entropyWeights(
      table([
        [256, 8, 41, 1.6, 1.77, 7347.16],
        [256, 8, 32, 1.0, 1.8, 6919.99],
        [256, 8, 53, 1.6, 1.9, 8400],
        [256, 8, 41, 1.0, 1.75, 6808.9],
        [512, 8, 35, 1.6, 1.7, 8479.99],
        [256, 4, 35, 1.6, 1.7, 7499.99],
      ]),
      { normalise: "sum" },
    );
    expectClose(r.weights, [0.405, 0.221, 0.134, 0.199, 0.007, 0.034], 0.0005);
  });
});

describe("entropyWeights hand-checkable cases", () => {
  it("2 × 2 in sum mode: e is the binary entropy of the proportions", () => {
    // x = (1, 3): p = (1/4, 3/4), e = H(0.25) = 0.811278124459133 (binary entropy, bits);
    // y = (2, 3): p = (0.4, 0.6),  e = H(0.4)  = 0.970950594454669.
    const r = entropyWeights(
      table([
        [1, 2],
        [3, 3],
      ]),
      { normalise: "sum" },
    );
    expectClose(r.entropy, [0.811278124459133, 0.970950594454669], 1e-12);
    const d = [1 - 0.811278124459133, 1 - 0.970950594454669];
    expectClose(r.divergence, d, 1e-12);
    expectClose(r.weights, [d[0]! / (d[0]! + d[1]!), d[1]! / (d[0]! + d[1]!)], 1e-12);
    expectClose(
      r.proportions.map((row) => row[0]!),
      [0.25, 0.75],
      1e-15,
    );
  });

  it("a zero value contributes 0 · ln 0 = 0 (sum mode)", () => {
    // x = (0, 2, 2): p = (0, 1/2, 1/2), e = −(1/ln 3)(2 · ½ ln ½) = ln 2 / ln 3.
    const r = entropyWeights(
      table([
        [0, 1],
        [2, 2],
        [2, 4],
      ]),
      { normalise: "sum" },
    );
    expect(r.entropy[0]).toBeCloseTo(Math.log(2) / Math.log(3), 14);
    expect(r.weights.every(Number.isFinite)).toBe(true);
  });

  it("minmax: benefit (10, 20, 30) and cost (5, 1, 3) both give e = 1 − 2 ln 2 / (3 ln 3), weights ½, ½", () => {
    // Benefit scores (0, ½, 1) → p (0, ⅓, ⅔); cost scores (max − x)/(max − min) = (0, 1, ½) → p (0, ⅔, ⅓).
    // e = −(1/ln 3)(⅓ ln ⅓ + ⅔ ln ⅔) = 1 − (2 ln 2)/(3 ln 3) = 0.579380...
    const r = entropyWeights(
      table(
        [
          [10, 5],
          [20, 1],
          [30, 3],
        ],
        ["people", "distance"],
      ),
      {
        normalise: "minmax",
        directions: { distance: "cost" },
      },
    );
    const e = 1 - (2 * Math.log(2)) / (3 * Math.log(3));
    expectClose(r.entropy, [e, e], 1e-14);
    expectClose(r.weights, [0.5, 0.5], 1e-14);
    expect(r.directions).toEqual(["benefit", "cost"]);
    expectClose(
      r.proportions.map((row) => row[1]!),
      [0, 2 / 3, 1 / 3],
      1e-15,
    );
  });

  it("minmax with four alternatives: scores (0, ⅓, ⅔, 1) give p (0, ⅙, ⅓, ½)", () => {
    const r = entropyWeights(
      table([
        [0, 1],
        [1, 1],
        [2, 1],
        [3, 2],
      ]),
      { normalise: "minmax" },
    );
    const e = -((1 / 6) * Math.log(1 / 6) + (1 / 3) * Math.log(1 / 3) + 0.5 * Math.log(0.5)) / Math.log(4);
    expect(r.entropy[0]).toBeCloseTo(e, 14);
    // Second column (1, 1, 1, 2): scores (0, 0, 0, 1), p = (0, 0, 0, 1), e = 0: all information.
    expect(r.entropy[1]).toBeCloseTo(0, 14);
  });

  it("sum mode uses reciprocals for a cost indicator: cost (1, 2, 4) ≡ benefit (4, 2, 1)", () => {
    const cost = entropyWeights(
      table(
        [
          [1, 1],
          [2, 3],
          [4, 2],
        ],
        ["d", "x"],
      ),
      { normalise: "sum", directions: { d: "cost" } },
    );
    const benefit = entropyWeights(
      table(
        [
          [4, 1],
          [2, 3],
          [1, 2],
        ],
        ["d", "x"],
      ),
      { normalise: "sum" },
    );
    expectClose(cost.weights, benefit.weights, 1e-14);
  });

  it("a constant column has entropy 1 and weight exactly 0, never NaN, in both modes", () => {
    for (const normalise of ["sum", "minmax"] as const) {
      const r = entropyWeights(
        table([
          [1, 7, 0],
          [3, 7, 0],
          [5, 7, 0],
        ]),
        { normalise },
      );
      expect(r.weights[1]).toBe(0);
      expect(r.weights[2]).toBe(0);
      expect(r.weights[0]).toBe(1);
      expect(r.entropy[1]).toBe(1);
      expect(r.constant).toEqual(["C2", "C3"]);
      expect(r.proportions.flat().every(Number.isFinite)).toBe(true);
    }
  });
});

describe("entropyWeights input checks", () => {
  it("throws RangeError when every indicator is constant", () => {
    expect(() =>
      entropyWeights(
        table([
          [1, 2],
          [1, 2],
        ]),
        { normalise: "minmax" },
      ),
    ).toThrow(/same value for all alternatives/);
  });

  it("sum mode rejects negative values and a cost value of 0, naming the cell", () => {
    expect(() =>
      entropyWeights(
        table([
          [1, -2],
          [3, 4],
        ]),
        { normalise: "sum" },
      ),
    ).toThrow(/"A1" for "C2" is -2/);
    expect(() =>
      entropyWeights(
        table([
          [1, 0],
          [3, 4],
        ]),
        { normalise: "sum", directions: { C2: "cost" } },
      ),
    ).toThrow(/values > 0 for a cost indicator/);
    // minmax accepts negative values.
    expect(
      entropyWeights(
        table([
          [1, -2],
          [3, 4],
        ]),
        { normalise: "minmax" },
      ).weights,
    ).toHaveLength(2);
  });

  it("rejects a malformed table, unknown direction names and a bad normalise option", () => {
    expect(() => entropyWeights(table([[1, 2]]), { normalise: "sum" })).toThrow(/at least 2/);
    expect(() =>
      entropyWeights(
        { names: ["a", "b"], indicators: ["x"], values: [[1], [Number.NaN]] },
        { normalise: "sum" },
      ),
    ).toThrow(/"b" for "x" is NaN/);
    expect(() =>
      entropyWeights(
        { names: ["a", "b"], indicators: ["x", "y"], values: [[1, 2], [3]] },
        { normalise: "sum" },
      ),
    ).toThrow(/row of "b" has 1 values/);
    expect(() =>
      entropyWeights(
        table([
          [1, 2],
          [3, 4],
        ]),
        { normalise: "sum", directions: { nope: "cost" } },
      ),
    ).toThrow(/"nope"/);
    expect(() =>
      entropyWeights(
        table([
          [1, 2],
          [3, 4],
        ]),
        { normalise: "zscore" as "sum" },
      ),
    ).toThrow(/expected "sum" or "minmax"/);
  });
});

// Properties ---------------------------------------------------------------------------------------

const positiveTable = fc
  .tuple(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 1, max: 6 }))
  .chain(([n, m]) =>
    fc.array(fc.array(fc.double({ min: 0.1, max: 1000, noNaN: true }), { minLength: m, maxLength: m }), {
      minLength: n,
      maxLength: n,
    }),
  );

describe("entropyWeights properties (fast-check, seeded)", () => {
  it("weights are >= 0 and sum to 1 within 1e-12, in both modes", () => {
    fc.assert(
      fc.property(positiveTable, (values) => {
        for (const normalise of ["sum", "minmax"] as const) {
          let r: ReturnType<typeof entropyWeights>;
          try {
            r = entropyWeights(table(values), { normalise });
          } catch (error) {
            // Only an all-constant table may be refused.
            expect(String(error)).toMatch(/same value for all alternatives/);
            continue;
          }
          expect(Math.abs(r.weights.reduce((s, w) => s + w, 0) - 1)).toBeLessThanOrEqual(1e-12);
          expect(r.weights.every((w) => w >= 0)).toBe(true);
          expect(r.entropy.every((e) => e >= 0 && e <= 1)).toBe(true);
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("sum mode: scaling a column by c > 0 leaves the weights unchanged (benefit and cost)", () => {
    fc.assert(
      fc.property(
        positiveTable,
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        fc.boolean(),
        (values, c, asCost) => {
          const directions: Record<string, "cost"> = asCost ? { C1: "cost" } : {};
          const scaled = values.map((row) => row.map((x, j) => (j === 0 ? x * c : x)));
          let a: number[] | undefined;
          try {
            a = [...entropyWeights(table(values), { normalise: "sum", directions }).weights];
          } catch {
            return; // all-constant table
          }
          const b = entropyWeights(table(scaled), { normalise: "sum", directions }).weights;
          expectClose(b, a, 1e-9);
        },
      ),
      { seed: 11, numRuns: 200 },
    );
  });

  it("minmax: a positive affine change a·x + b of a column leaves the weights unchanged", () => {
    fc.assert(
      fc.property(
        positiveTable,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (values, a, b) => {
          let before: number[] | undefined;
          try {
            before = [...entropyWeights(table(values), { normalise: "minmax" }).weights];
          } catch {
            return;
          }
          const moved = values.map((row) => row.map((x, j) => (j === 0 ? a * x + b : x)));
          expectClose(entropyWeights(table(moved), { normalise: "minmax" }).weights, before, 1e-9);
        },
      ),
      { seed: 12, numRuns: 200 },
    );
  });

  it("reordering the alternatives leaves the weights unchanged", () => {
    fc.assert(
      fc.property(positiveTable, (values) => {
        let before: number[] | undefined;
        try {
          before = [...entropyWeights(table(values), { normalise: "sum" }).weights];
        } catch {
          return;
        }
        const reversed = [...values].reverse();
        expectClose(entropyWeights(table(reversed), { normalise: "sum" }).weights, before, 1e-12);
      }),
      { seed: 13, numRuns: 100 },
    );
  });
});
