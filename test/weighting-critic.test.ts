import fc from "fast-check";
import { sampleStandardDeviation } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { criticWeights } from "../src/weighting/critic.ts";
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

describe("criticWeights(table) on a published example", () => {
  it("reproduces Tuş & Aytaç Adalı (2019, Opsearch 56(2) 528–538): 0.157, 0.249, 0.168, 0.121, 0.154, 0.151", () => {
    // Time-and-attendance software selection. The published weights are reproduced with every
    // criterion min-max standardised as benefit, as pyrepo-mcda's test of this paper does
    // (test_weighting_methods.py, Test_CRITIC); treating the price column as cost gives other weights.
    const r = criticWeights(
      table([
        [5000, 3, 3, 4, 3, 2],
        [680, 5, 3, 2, 2, 1],
        [2000, 3, 2, 3, 4, 3],
        [600, 4, 3, 1, 2, 2],
        [800, 2, 4, 3, 3, 4],
      ]),
    );
    expectClose(r.weights, [0.157, 0.249, 0.168, 0.121, 0.154, 0.151], 0.0006);
    expect(r.normalise).toBe("minmax");
  });
});

describe("criticWeights hand-checkable cases", () => {
  // x = (0, 1, 2), y = (0, 2, 1), z = (2, 1, 0): min-max scores x (0, ½, 1), y (0, 1, ½), z (1, ½, 0).
  // Every σ = population SD of {0, ½, 1} = √(1/6). r(x,y) = ½, r(x,z) = −1, r(y,z) = −½.
  // Conflict: x (1−½)+(1+1) = 2.5; y (1−½)+(1+½) = 2; z 2+1.5 = 3.5; total 8 → weights 5/16, 4/16, 7/16.
  const XYZ = table(
    [
      [0, 0, 2],
      [1, 2, 1],
      [2, 1, 0],
    ],
    ["x", "y", "z"],
  );

  it("computes σ, r, conflict, C and weights as by hand (all benefit)", () => {
    const r = criticWeights(XYZ);
    expectClose(r.standardDeviation, [Math.sqrt(1 / 6), Math.sqrt(1 / 6), Math.sqrt(1 / 6)], 1e-14);
    expect(r.correlation).toEqual([
      [1, expect.closeTo(0.5, 12), expect.closeTo(-1, 12)],
      [expect.closeTo(0.5, 12), 1, expect.closeTo(-0.5, 12)],
      [expect.closeTo(-1, 12), expect.closeTo(-0.5, 12), 1],
    ]);
    expectClose(r.conflict, [2.5, 2, 3.5], 1e-12);
    expectClose(
      r.information,
      [2.5, 2, 3.5].map((c) => c * Math.sqrt(1 / 6)),
      1e-12,
    );
    expectClose(r.weights, [5 / 16, 4 / 16, 7 / 16], 1e-12);
  });

  it("a cost direction flips the scores: z as cost equals x, so weights become ¼, ½, ¼", () => {
    // z cost scores (max − z)/(max − min) = (0, ½, 1) = x's: r(x,z) = 1, r(y,z) = ½.
    // Conflict: x 0.5 + 0 = 0.5; y 0.5 + 0.5 = 1; z 0 + 0.5 = 0.5 → weights ¼, ½, ¼.
    const r = criticWeights(XYZ, { directions: { z: "cost" } });
    expectClose(r.weights, [0.25, 0.5, 0.25], 1e-12);
    expect(r.directions).toEqual(["benefit", "benefit", "cost"]);
  });

  it("sample instead of population SD multiplies every σ by the same √(n/(n−1)), so the weights do not change", () => {
    const values = [
      [3, 10, 7],
      [5, 4, 8],
      [9, 6, 1],
      [4, 12, 5],
    ];
    const r = criticWeights(table(values));
    const scores = [0, 1, 2].map((j) => {
      const col = values.map((row) => row[j]!);
      const min = Math.min(...col);
      const max = Math.max(...col);
      return col.map((v) => (v - min) / (max - min));
    });
    const sampleInformation = scores.map((s, j) => sampleStandardDeviation(s) * r.conflict[j]!);
    const total = sampleInformation.reduce((a, b) => a + b, 0);
    expectClose(
      r.weights,
      sampleInformation.map((c) => c / total),
      1e-12,
    );
    expect(sampleStandardDeviation(scores[0]!) / r.standardDeviation[0]!).toBeCloseTo(Math.sqrt(4 / 3), 12);
  });

  it("a constant column gets weight 0, null correlations, and leaves the other weights unchanged", () => {
    const without = criticWeights(XYZ);
    const withConstant = criticWeights(
      table(
        [
          [0, 0, 7, 2],
          [1, 2, 7, 1],
          [2, 1, 7, 0],
        ],
        ["x", "y", "k", "z"],
      ),
    );
    expect(withConstant.weights[2]).toBe(0);
    expect(withConstant.constant).toEqual(["k"]);
    expect(withConstant.correlation[2]).toEqual([null, null, null, null]);
    expect(withConstant.correlation[0]![2]).toBeNull();
    expectClose(
      [withConstant.weights[0]!, withConstant.weights[1]!, withConstant.weights[3]!],
      without.weights,
      1e-14,
    );
  });

  it("throws RangeError when fewer than two indicators vary or all are perfectly correlated", () => {
    expect(() =>
      criticWeights(
        table([
          [1, 5],
          [2, 5],
          [3, 5],
        ]),
      ),
    ).toThrow(/at least two indicators that vary/);
    expect(() =>
      criticWeights(
        table([
          [1, 2],
          [2, 4],
          [3, 6],
        ]),
      ),
    ).toThrow(RangeError);
    expect(() => criticWeights(table([[1, 2]]))).toThrow(/at least 2/);
  });
});

// Properties ---------------------------------------------------------------------------------------

const dataTable = fc.tuple(fc.integer({ min: 3, max: 8 }), fc.integer({ min: 2, max: 6 })).chain(([n, m]) =>
  fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: m, maxLength: m }), {
    minLength: n,
    maxLength: n,
  }),
);

function tryCritic(values: number[][], directions: Record<string, "cost"> = {}) {
  try {
    return criticWeights(table(values), { directions });
  } catch (error) {
    expect(String(error)).toMatch(/CRITIC cannot derive weights/);
    return undefined;
  }
}

describe("criticWeights properties (fast-check, seeded)", () => {
  it("weights are >= 0 and sum to 1 within 1e-12", () => {
    fc.assert(
      fc.property(dataTable, (values) => {
        const r = tryCritic(values);
        if (r === undefined) return;
        expect(Math.abs(r.weights.reduce((s, w) => s + w, 0) - 1)).toBeLessThanOrEqual(1e-12);
        expect(r.weights.every((w) => w >= 0)).toBe(true);
      }),
      { seed: 5, numRuns: 200 },
    );
  });

  it("negating a column and declaring it cost gives the same weights", () => {
    fc.assert(
      fc.property(dataTable, (values) => {
        const r = tryCritic(values);
        if (r === undefined) return;
        const negated = values.map((row) => row.map((x, j) => (j === 0 ? -x : x)));
        const s = criticWeights(table(negated), { directions: { C1: "cost" } });
        expectClose(s.weights, r.weights, 1e-12);
      }),
      { seed: 6, numRuns: 150 },
    );
  });

  it("permuting the indicators permutes the weights", () => {
    fc.assert(
      fc.property(dataTable, (values) => {
        const r = tryCritic(values);
        if (r === undefined) return;
        const reversed = values.map((row) => [...row].reverse());
        const s = criticWeights(table(reversed));
        expectClose(s.weights, [...r.weights].reverse(), 1e-12);
      }),
      { seed: 8, numRuns: 150 },
    );
  });
});
