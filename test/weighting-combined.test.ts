import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { combinedWeights } from "../src/weighting/combined.ts";

function expectClose(actual: readonly number[], expected: readonly number[], tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((value, i) => {
    expect(Math.abs(value - expected[i]!), `entry ${i}: ${value} vs ${expected[i]}`).toBeLessThanOrEqual(
      tolerance,
    );
  });
}

const EXPERT = { names: ["人口", "面积", "经济"], weights: [0.5, 0.2, 0.3] };
const DATA = { names: ["经济", "人口", "面积"], weights: [0.6, 0.1, 0.3] };

describe("combinedWeights(expert, data, expertShare)", () => {
  it("additive: share·expert + (1 − share)·data, names aligned to the expert order", () => {
    // Hand calculation with share 0.7: 人口 0.7·0.5 + 0.3·0.1 = 0.38; 面积 0.14 + 0.09 = 0.23; 经济 0.21 + 0.18 = 0.39.
    const r = combinedWeights(EXPERT, DATA, 0.7);
    expect(r.names).toEqual(["人口", "面积", "经济"]);
    expectClose(r.weights, [0.38, 0.23, 0.39], 1e-15);
    expectClose(r.data, [0.1, 0.3, 0.6], 1e-15);
    expect(r.form).toBe("additive");
    expect(r.expertShare).toBe(0.7);
  });

  it("share 1 returns the expert weights and share 0 the data weights", () => {
    expectClose(combinedWeights(EXPERT, DATA, 1).weights, [0.5, 0.2, 0.3], 1e-15);
    expectClose(combinedWeights(EXPERT, DATA, 0).weights, [0.1, 0.3, 0.6], 1e-15);
  });

  it("renormalises inputs that do not sum to 1 (relative weights)", () => {
    const r = combinedWeights(
      { names: ["a", "b"], weights: [3, 1] },
      { names: ["a", "b"], weights: [1, 1] },
      0.5,
    );
    // expert (0.75, 0.25), data (0.5, 0.5) → (0.625, 0.375).
    expectClose(r.expert, [0.75, 0.25], 1e-15);
    expectClose(r.weights, [0.625, 0.375], 1e-15);
  });

  it("multiplicative: w ∝ expert · data, share reported as null", () => {
    // Products: 人口 0.05, 面积 0.06, 经济 0.18; sum 0.29.
    const r = combinedWeights(EXPERT, DATA, 0.5, { form: "multiplicative" });
    expectClose(r.weights, [0.05 / 0.29, 0.06 / 0.29, 0.18 / 0.29], 1e-14);
    expect(r.expertShare).toBeNull();
    expect(r.form).toBe("multiplicative");
  });

  it("throws RangeError listing missing and extra names", () => {
    expect(() =>
      combinedWeights(EXPERT, { names: ["人口", "面积", "财政"], weights: [1, 1, 1] }, 0.5),
    ).toThrow(/no data weight for "经济"; no expert weight for "财政"/);
  });

  it("throws RangeError for a bad share, negative or duplicate weights, a zero sum and all-zero products", () => {
    expect(() => combinedWeights(EXPERT, DATA, 1.5)).toThrow(/expert share 1.5/);
    expect(() => combinedWeights(EXPERT, DATA, Number.NaN)).toThrow(RangeError);
    expect(() =>
      combinedWeights({ names: ["a", "b"], weights: [-1, 2] }, { names: ["a", "b"], weights: [1, 1] }, 0.5),
    ).toThrow(/expert weight of "a" is -1/);
    expect(() =>
      combinedWeights({ names: ["a", "a"], weights: [1, 2] }, { names: ["a", "a"], weights: [1, 1] }, 0.5),
    ).toThrow(/"a" twice/);
    expect(() =>
      combinedWeights({ names: ["a", "b"], weights: [0, 0] }, { names: ["a", "b"], weights: [1, 1] }, 0.5),
    ).toThrow(/sum to 0/);
    expect(() =>
      combinedWeights({ names: ["a", "b"], weights: [1, 0] }, { names: ["a", "b"], weights: [0, 1] }, 0.5, {
        form: "multiplicative",
      }),
    ).toThrow(/product form gives no weights/);
    expect(() => combinedWeights(EXPERT, DATA, 0.5, { form: "mean" as "additive" })).toThrow(/invalid form/);
  });
});

describe("combinedWeights properties (fast-check, seeded)", () => {
  const vectors = fc
    .integer({ min: 1, max: 8 })
    .chain((m) =>
      fc.tuple(
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: m, maxLength: m }),
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: m, maxLength: m }),
      ),
    );

  it("additive weights sum to 1 and each lies between the normalised expert and data weight", () => {
    fc.assert(
      fc.property(vectors, fc.double({ min: 0, max: 1, noNaN: true }), ([e, d], share) => {
        const names = e.map((_, j) => `i${j}`);
        const r = combinedWeights({ names, weights: e }, { names, weights: d }, share);
        expect(Math.abs(r.weights.reduce((s, w) => s + w, 0) - 1)).toBeLessThanOrEqual(1e-12);
        r.weights.forEach((w, j) => {
          const lo = Math.min(r.expert[j]!, r.data[j]!);
          const hi = Math.max(r.expert[j]!, r.data[j]!);
          expect(w).toBeGreaterThanOrEqual(lo - 1e-12);
          expect(w).toBeLessThanOrEqual(hi + 1e-12);
        });
      }),
      { seed: 21, numRuns: 200 },
    );
  });

  it("multiplicative weights sum to 1 and do not depend on the scale of either input", () => {
    fc.assert(
      fc.property(vectors, fc.double({ min: 0.1, max: 100, noNaN: true }), ([e, d], c) => {
        const names = e.map((_, j) => `i${j}`);
        const a = combinedWeights({ names, weights: e }, { names, weights: d }, 0, {
          form: "multiplicative",
        });
        const b = combinedWeights({ names, weights: e.map((x) => x * c) }, { names, weights: d }, 0, {
          form: "multiplicative",
        });
        expect(Math.abs(a.weights.reduce((s, w) => s + w, 0) - 1)).toBeLessThanOrEqual(1e-12);
        expectClose(b.weights, a.weights, 1e-12);
      }),
      { seed: 22, numRuns: 200 },
    );
  });
});
