// The weights lab's AHP matrix in the library: where it starts (src/edit/ahp-edit.ts), the matrix a set
// of weights implies (src/weighting/judgements-from-weights.ts), how its cells are written into a scenario
// file, and which judgements the page points at.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AHP_LAB_EXPERT,
  ahpStart,
  ahpWeightingBlock,
  judgementCell,
  worstJudgements,
} from "../src/edit/ahp-edit.ts";
import { loadScenarioSources } from "../src/run/load-scenario.ts";
import { ahpWeights } from "../src/weighting/ahp.ts";
import { parseJudgement } from "../src/weighting/fraction.ts";
import { judgementsFromWeights } from "../src/weighting/judgements-from-weights.ts";

const DATA = new Uint8Array(readFileSync("scenarios/demo-county/townships.csv"));

function resolve(name: string, model: string) {
  return loadScenarioSources({
    scenario: { name: `${name}.yaml`, text: readFileSync(`scenarios/demo-county/${name}.yaml`, "utf8") },
    data: { name: "townships.csv", bytes: DATA },
    model: { name: `${model}.yaml`, text: readFileSync(`models/${model}.yaml`, "utf8") },
  });
}

/** |actual − expected| <= 1e-12 cell by cell. */
function expectMatrixClose(actual: readonly (readonly number[])[], expected: readonly (readonly number[])[]) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => {
    row.forEach((value, j) => {
      expect(Math.abs(value - expected[i]![j]!), `cell ${i},${j}: ${value}`).toBeLessThanOrEqual(1e-12);
    });
  });
}

describe("judgementsFromWeights(weights, { scale })", () => {
  it("snaps each ratio w_i / w_j to the nearest value of Saaty's scale on a log scale (baseline weights)", () => {
    // models/standard.yaml: 0.15, 0.20, 0.10, 0.35, 0.20. By hand, |ln(ratio / candidate)|:
    // 0.75 → 1 (0.288 < 0.405 for 1/2); 1.5 → 2 (0.288 < 0.405 for 1); 0.4286 → 1/2 (0.154 < 0.251 for 1/3);
    // 0.5714 → 1/2 (0.134); 0.2857 → 1/4 (0.134 < 0.154 for 1/3); 1.75 → 2 (0.134).
    const m = judgementsFromWeights([0.15, 0.2, 0.1, 0.35, 0.2]);
    expectMatrixClose(m, [
      [1, 1, 2, 1 / 2, 1],
      [1, 1, 2, 1 / 2, 1],
      [1 / 2, 1 / 2, 1, 1 / 4, 1 / 2],
      [2, 2, 4, 1, 2],
      [1, 1, 2, 1 / 2, 1],
    ]);
    // these happen to be the ratios of 2 : 2 : 1 : 4 : 2, a consistent matrix: CR = 0, weights 2/11, 2/11, …
    const r = ahpWeights(["a", "b", "c", "d", "e"], m);
    expect(r.cr).toBeCloseTo(0, 12);
    expect(r.weights[3]).toBeCloseTo(4 / 11, 12);
  });

  it("keeps exact ratios with scale 'exact', which give the weights back (consistent matrix, CR 0)", () => {
    const m = judgementsFromWeights([0.6, 0.4], { scale: "exact" });
    expectMatrixClose(m, [
      [1, 1.5],
      [2 / 3, 1],
    ]);
    const weights = [0.05, 0.2, 0.3, 0.45];
    const r = ahpWeights(["a", "b", "c", "d"], judgementsFromWeights(weights, { scale: "exact" }));
    r.weights.forEach((w, i) => {
      expect(w).toBeCloseTo(weights[i]!, 12);
    });
    expect(r.cr).toBeCloseTo(0, 12);
  });

  it("clamps ratios to 1/9 … 9 and reads a weight of 0 as 1/9 or 9 (two zeros as 1)", () => {
    const m = judgementsFromWeights([0.95, 0.05, 0, 0], { scale: "exact" });
    expect(m[0]![1]).toBe(9); // 19 clamped
    expect(m[1]![2]).toBe(9); // 0.05 against 0
    expect(m[2]![3]).toBe(1); // 0 against 0
    expect(m[2]![0]).toBeCloseTo(1 / 9, 15);
  });

  it("gives a positive reciprocal matrix with a unit diagonal for any weights (fast-check)", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 9 })
          .filter((w) => w.some((x) => x > 0)),
        fc.constantFrom("saaty" as const, "exact" as const),
        (weights, scale) => {
          const m = judgementsFromWeights(weights, { scale });
          m.forEach((row, i) => {
            row.forEach((value, j) => {
              expect(value).toBeGreaterThanOrEqual(1 / 9 - 1e-15);
              expect(value).toBeLessThanOrEqual(9);
              expect(value * m[j]![i]!).toBeCloseTo(1, 12);
            });
          });
        },
      ),
      { seed: 20261201, numRuns: 200 },
    );
  });

  it("throws RangeError for no weights, a negative or NaN weight, or all zeros", () => {
    expect(() => judgementsFromWeights([])).toThrow(RangeError);
    expect(() => judgementsFromWeights([1, -1])).toThrow(RangeError);
    expect(() => judgementsFromWeights([1, Number.NaN])).toThrow(RangeError);
    expect(() => judgementsFromWeights([0, 0])).toThrow(RangeError);
  });
});

describe("judgementCell(value)", () => {
  it("writes whole numbers as numbers, small fractions as text and anything else as the number", () => {
    expect(judgementCell(3)).toBe(3);
    expect(judgementCell(1)).toBe(1);
    expect(judgementCell(1 / 3)).toBe("1/3");
    expect(judgementCell(1 / 9)).toBe("1/9");
    expect(judgementCell(0.6 / 0.4)).toBe("3/2"); // 1.4999999999999998 in floating point
    expect(judgementCell(0.4 / 0.6)).toBe("2/3");
    expect(judgementCell(Math.SQRT2)).toBe(Math.SQRT2);
  });

  it("is read back by parseJudgement to the value (fast-check over ratios of whole numbers and reals)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1 / 9, max: 9, noNaN: true }), (value) => {
        const cell = judgementCell(value);
        expect(parseJudgement(cell)).toBeCloseTo(value, 9);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it("throws RangeError for 0, a negative number or Infinity", () => {
    for (const bad of [0, -2, Number.POSITIVE_INFINITY]) expect(() => judgementCell(bad)).toThrow(RangeError);
  });
});

describe("ahpStart(scenario)", () => {
  it("starts a hand-weighted scenario (baseline) from the nearest Saaty ratios, and keeps the within-factor weights as exact ratios", async () => {
    const start = ahpStart(await resolve("baseline", "standard"));
    expect(start.factors).toEqual(["location", "economy", "projects", "population", "area"]);
    expect(start.from).toEqual({ kind: "weights" });
    expect(start.randomIndex).toBe("saaty");
    expectMatrixClose(start.matrix, judgementsFromWeights([0.15, 0.2, 0.1, 0.35, 0.2]));
    // models/standard.yaml: economy = gdp 0.6 + fiscalRevenue 0.4 → 0.6 / 0.4 = 3/2; the other factors have one indicator
    expect(start.indicators).toEqual({
      economy: {
        experts: [
          {
            name: AHP_LAB_EXPERT,
            matrix: [
              [1, "3/2"],
              ["2/3", 1],
            ],
          },
        ],
      },
    });
    expect(start.indicatorsExact).toBe(true);
  });

  it("starts an AHP-weighted scenario (expert-weights) from the experts' geometric mean, the matrix its weights come from", async () => {
    const scenario = await resolve("expert-weights", "standard-ahp");
    const start = ahpStart(scenario);
    expect(start.from).toEqual({ kind: "experts", names: ["专家甲", "专家乙"] });
    // models/standard-ahp.yaml row 1: 专家甲 [1, 1/2, 2, 1/2, 1], 专家乙 [1, 1/2, 1, 1/3, 1]
    // → geometric means [1, 1/2, √2, √(1/6), 1]
    expectMatrixClose([start.matrix[0]!], [[1, 0.5, Math.SQRT2, Math.sqrt(1 / 6), 1]]);
    // its weights are the scenario's factor weights
    const weights = ahpWeights(start.factors, start.matrix).weights;
    scenario.model.factors.forEach((f, i) => {
      expect(weights[i]).toBeCloseTo(f.weight, 12);
    });
    // the model's own indicator judgements, both experts
    expect(start.indicators.economy?.experts.map((e) => e.name)).toEqual(["专家甲", "专家乙"]);
  });
});

describe("ahpWeightingBlock(edit)", () => {
  it("writes the factor matrix as the lab's one expert, with fractions as text, and the indicators as given", async () => {
    const start = ahpStart(await resolve("baseline", "standard"));
    const block = ahpWeightingBlock({
      factors: start.matrix,
      indicators: start.indicators,
      randomIndex: "saaty",
      acceptInconsistent: false,
    });
    expect(block).toEqual({
      method: "ahp",
      randomIndex: "saaty",
      ahp: {
        factors: {
          experts: [
            {
              name: AHP_LAB_EXPERT,
              matrix: [
                [1, 1, 2, "1/2", 1],
                [1, 1, 2, "1/2", 1],
                ["1/2", "1/2", 1, "1/4", "1/2"],
                [2, 2, 4, 1, 2],
                [1, 1, 2, "1/2", 1],
              ],
            },
          ],
        },
        indicators: start.indicators,
      },
    });
  });
});

describe("worstJudgements(result, top)", () => {
  it("names the judgement that contradicts the others first, and nothing for a consistent matrix", () => {
    const names = ["location", "economy", "projects", "population", "area"];
    const consistent = judgementsFromWeights([0.15, 0.2, 0.1, 0.35, 0.2]);
    expect(worstJudgements(ahpWeights(names, consistent))).toEqual([]);
    // location over population 9 where the other judgements (2 : 2 : 1 : 4 : 2) imply 1/2
    const m = consistent.map((row) => [...row]);
    m[0]![3] = 9;
    m[3]![0] = 1 / 9;
    const result = ahpWeights(names, m);
    expect(result.cr).toBeGreaterThanOrEqual(0.1);
    const worst = worstJudgements(result);
    expect(worst).toHaveLength(3);
    expect([worst[0]!.rowName, worst[0]!.columnName, worst[0]!.given]).toEqual(["location", "population", 9]);
    // the same three describeInconsistency names, in the same order (largest deviation first)
    expect(worst.map((j) => j.deviation)).toEqual([...worst.map((j) => j.deviation)].sort((a, b) => b - a));
    expect(worstJudgements(result, 1)).toHaveLength(1);
  });
});
