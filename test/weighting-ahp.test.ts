import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ahpWeights, CONSISTENCY_THRESHOLD } from "../src/weighting/ahp.ts";
import {
  ahpConsistencyProblem,
  ahpHierarchyProblems,
  describeInconsistency,
} from "../src/weighting/ahp-consistency.ts";
import { aggregateJudgements, ahpGroup } from "../src/weighting/ahp-group.ts";
import { ahpHierarchy } from "../src/weighting/ahp-hierarchy.ts";
import {
  formatJudgement,
  nearestScaleValue,
  parseJudgement,
  SAATY_SCALE,
} from "../src/weighting/fraction.ts";
import { checkPairwiseMatrix, toPairwiseMatrix } from "../src/weighting/pairwise-matrix.ts";
import { RANDOM_INDEX_TABLES, randomIndex } from "../src/weighting/random-index.ts";

/** |actual − expected| <= tolerance for every entry, with a readable failure. */
function expectClose(actual: readonly number[], expected: readonly number[], tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((value, i) => {
    expect(Math.abs(value - expected[i]!), `entry ${i}: ${value} vs ${expected[i]}`).toBeLessThanOrEqual(
      tolerance,
    );
  });
}

// Published examples ---------------------------------------------------------------------------

// Saaty, T. L. (2008) "Decision making with the analytic hierarchy process", Int. J. Services
// Sciences 1(1) 83–98: relative consumption of drinks in the US. Matrix and the AHP column
// (0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327), CR 0.022 with Saaty's RI, as reproduced in the
// AHPy README (PhilipGriffith/AHPy, "Relative consumption of drinks in the United States").
const DRINKS = ["coffee", "wine", "tea", "beer", "soda", "milk", "water"];
const DRINKS_MATRIX = [
  [1, 9, 5, 2, 1, 1, "1/2"],
  ["1/9", 1, "1/3", "1/9", "1/9", "1/9", "1/9"],
  ["1/5", 3, 1, "1/3", "1/4", "1/3", "1/9"],
  ["1/2", 9, 3, 1, "1/2", 1, "1/3"],
  [1, 9, 4, 2, 1, 2, "1/2"],
  [1, 9, 3, 1, "1/2", 1, "1/3"],
  [2, 9, 9, 3, 2, 3, 1],
];

// Wikipedia, "Analytic hierarchy process – leader example": criteria Experience, Education,
// Charisma, Age weighted .547, .127, .270, .056; CR 0.044 (the AHPy README reproduces CR 0.044
// with Saaty's RI).
const LEADER = ["Experience", "Education", "Charisma", "Age"];
const LEADER_MATRIX = [
  [1, 4, 3, 7],
  ["1/4", 1, "1/3", 3],
  ["1/3", 3, 1, 5],
  ["1/7", "1/3", "1/5", 1],
];

// Saaty, T. L. (1990) "How to make a decision: the analytic hierarchy process", EJOR 48, 9–26:
// criteria for buying a house. λmax = 9.669 and CR = 0.169 as printed: an inconsistent matrix.
const HOUSE = [
  "Size of house",
  "Transportation",
  "Neighborhood",
  "Age of house",
  "Yard space",
  "Modern facilities",
  "General condition",
  "Financing",
];
const HOUSE_MATRIX = [
  [1, 5, 3, 7, 6, 6, "1/3", "1/4"],
  ["1/5", 1, "1/3", 5, 3, 3, "1/5", "1/7"],
  ["1/3", 3, 1, 6, 3, 4, 6, "1/5"],
  ["1/7", "1/5", "1/6", 1, "1/3", "1/4", "1/7", "1/8"],
  ["1/6", "1/3", "1/3", 3, 1, "1/2", "1/5", "1/6"],
  ["1/6", "1/3", "1/4", 4, 2, 1, "1/5", "1/6"],
  [3, 5, "1/6", 7, 5, 5, 1, "1/2"],
  [4, 7, 5, 8, 6, 6, 2, 1],
];

describe("ahpWeights(names, matrix) on published examples", () => {
  it("reproduces Saaty's (2008) drinks example: weights to 3 decimals and CR 0.022", () => {
    const r = ahpWeights(DRINKS, DRINKS_MATRIX);
    // Published to 3 decimals; allow half a unit in the last place plus rounding of the source.
    expectClose(r.weights, [0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327], 0.0006);
    expect(r.cr).toBeCloseTo(0.022, 3);
    expect(r.consistent).toBe(true);
    expect(r.randomIndex).toBe("saaty");
    expect(r.ri).toBe(1.32);
  });

  it("reproduces Wikipedia's leader example: .547 .127 .270 .056, CR 0.044", () => {
    const r = ahpWeights(LEADER, LEADER_MATRIX);
    expectClose(r.weights, [0.547, 0.127, 0.27, 0.056], 0.0008);
    expect(r.cr).toBeCloseTo(0.044, 3);
    expect(r.consistent).toBe(true);
  });

  it("reproduces the Wikipedia car example's criteria and cost sub-criteria weights (AHPy report)", () => {
    // AHPy README "Purchasing a vehicle": Cost 0.51, Safety 0.234, Style 0.041, Capacity 0.215;
    // Price 0.488, Fuel 0.252, Maintenance 0.1, Resale 0.161 (local weights under Cost).
    const criteria = ahpWeights(
      ["Cost", "Safety", "Style", "Capacity"],
      [
        [1, 3, 7, 3],
        ["1/3", 1, 9, 1],
        ["1/7", "1/9", 1, "1/7"],
        ["1/3", 1, 7, 1],
      ],
    );
    expectClose(criteria.weights, [0.51, 0.234, 0.041, 0.215], 0.0006);
    const cost = ahpWeights(
      ["Price", "Fuel", "Maintenance", "Resale"],
      [
        [1, 2, 5, 3],
        ["1/2", 1, 2, 2],
        ["1/5", "1/2", 1, "1/2"],
        ["1/3", "1/2", 2, 1],
      ],
    );
    expectClose(cost.weights, [0.488, 0.252, 0.1, 0.161], 0.0006);
  });

  it("reproduces 姜启源《数学模型》 (选择旅游地) level-3 matrices B1, B2 with λ and CI as printed", () => {
    // Printed: B1 w = (0.595, 0.277, 0.129), λ = 3.005, CI = 0.003; B2 w = (0.082, 0.236, 0.682),
    // λ = 3.002, CI = 0.001 (course slides of 姜启源《数学模型》, chapter 层次分析法).
    const b1 = ahpWeights(
      ["P1", "P2", "P3"],
      [
        [1, 2, 5],
        ["1/2", 1, 2],
        ["1/5", "1/2", 1],
      ],
    );
    expectClose(b1.weights, [0.595, 0.277, 0.129], 0.0008);
    expect(Math.abs(b1.lambdaMax - 3.005)).toBeLessThanOrEqual(0.001); // 3.0055, printed truncated
    expect(b1.ci).toBeCloseTo(0.003, 3);
    const b2 = ahpWeights(
      ["P1", "P2", "P3"],
      [
        [1, "1/3", "1/8"],
        [3, 1, "1/3"],
        [8, 3, 1],
      ],
    );
    expectClose(b2.weights, [0.082, 0.236, 0.682], 0.0008);
    expect(b2.lambdaMax).toBeCloseTo(3.002, 2);
    expect(b2.ci).toBeCloseTo(0.001, 3);
  });

  it("reproduces 姜启源's criteria matrix A: λ 5.073, CI 0.018, CR 0.016 (RI 1.12)", () => {
    // Printed w = (0.263, 0.475, 0.055, 0.090, 0.110): that vector sums to 0.993, so the fourth entry
    // is a misprint (the other four and λ, CI, CR agree with the eigenvector computed here, which
    // gives 0.098 for 饮食). The printed values come from an approximate hand method, hence 2e-3.
    const a = ahpWeights(
      ["景色", "费用", "居住", "饮食", "旅途"],
      [
        [1, "1/2", 4, 3, 3],
        [2, 1, 7, 5, 5],
        ["1/4", "1/7", 1, "1/2", "1/3"],
        ["1/3", "1/5", 2, 1, 1],
        ["1/3", "1/5", 3, 1, 1],
      ],
    );
    expect(Math.abs(a.lambdaMax - 5.073)).toBeLessThanOrEqual(0.0015);
    expect(a.ci).toBeCloseTo(0.018, 3);
    expect(a.ri).toBe(1.12);
    expect(a.cr).toBeCloseTo(0.016, 3);
    expectClose(
      [a.weights[0]!, a.weights[1]!, a.weights[2]!, a.weights[4]!],
      [0.263, 0.475, 0.055, 0.11],
      0.002,
    );
  });

  it("flags Saaty's (1990) house matrix as inconsistent: λmax 9.669, CR 0.169", () => {
    const r = ahpWeights(HOUSE, HOUSE_MATRIX);
    expect(r.lambdaMax).toBeCloseTo(9.669, 3);
    expect(r.cr).toBeCloseTo(0.169, 3);
    expect(r.ri).toBe(1.41);
    expect(r.consistent).toBe(false);
  });

  it("names Neighborhood over General condition (a37 = 6) as the worst judgement of the house matrix", () => {
    // Saaty (2003, EJOR 145, "Decision-making with the AHP: why is the principal eigenvector
    // necessary") singles out a37 of this matrix as the most inconsistent judgement. By hand: the
    // judgements form a cycle — Size over Neighborhood 3, Neighborhood over General condition 6,
    // yet General condition over Size 3 — and of the three, a37 = 6 is furthest from the ratio the
    // weights imply (w3/w7 = 0.188/0.167 ≈ 1.13, ln(6/1.13) ≈ 1.67 versus ≈ 1.18 and ≈ 1.13).
    const r = ahpWeights(HOUSE, HOUSE_MATRIX);
    const worst = r.judgements[0]!;
    expect([worst.rowName, worst.columnName]).toEqual(["Neighborhood", "General condition"]);
    expect(worst.given).toBe(6);
    expect(worst.consistentValue).toBeCloseTo(1.128, 2);
    expect(worst.nearestScaleValue).toBe(1);
    expect(worst.deviation).toBeCloseTo(Math.log(6 / worst.consistentValue), 12);
    // Replacing that one judgement by 1 brings CR under the 0.10 rule.
    expect(worst.crIfReplaced).toBeLessThan(CONSISTENCY_THRESHOLD);
    // And the check is real: recomputing with the change gives the same CR.
    const fixed = HOUSE_MATRIX.map((row) => [...row]);
    fixed[2]![6] = 1;
    fixed[6]![2] = 1;
    expect(ahpWeights(HOUSE, fixed).cr).toBeCloseTo(worst.crIfReplaced, 12);
    // The next two are the other judgements of the cycle.
    expect(r.judgements.slice(1, 3).map((j) => `${j.rowName}/${j.columnName}`)).toEqual([
      "Size of house/Neighborhood",
      "Size of house/General condition",
    ]);
  });
});

describe("describeInconsistency(result) and ahpConsistencyProblem(result, options)", () => {
  it("describeInconsistency names the worst pair, the consistent value and the CR after the change, in both languages", () => {
    const text = describeInconsistency(ahpWeights(HOUSE, HOUSE_MATRIX), { top: 1 });
    expect(text.zh).toContain("CR = 0.169 ≥ 0.10");
    expect(text.zh).toContain(
      "“Neighborhood”对“General condition”给了 6，按其余判断应约为 1.13（最接近的标度值 1），若改为 1，CR 变为 0.0",
    );
    expect(text.zh).toContain("Saaty（1980）随机一致性指标表");
    expect(text.en).toContain(
      '"Neighborhood" over "General condition" is 6; the other judgements imply about 1.13',
    );
    expect(text.en).toContain("the judgements are inconsistent");
  });

  it("describeInconsistency says a consistent matrix passes", () => {
    const text = describeInconsistency(ahpWeights(LEADER, LEADER_MATRIX));
    expect(text.zh).toContain("CR = 0.044 < 0.10");
    expect(text.zh).toContain("通过一致性检验");
    expect(text.en).toContain("the judgements are consistent");
  });

  it("ahpConsistencyProblem blocks an inconsistent matrix unless acceptInconsistent is true", () => {
    const r = ahpWeights(HOUSE, HOUSE_MATRIX);
    const problem = ahpConsistencyProblem(r, { file: "standard.yaml", path: "weights.ahp.factors" });
    expect(problem?.code).toBe("ahp-inconsistent");
    expect(problem?.file).toBe("standard.yaml");
    expect(problem?.path).toBe("weights.ahp.factors");
    expect(problem?.found).toBe("0.169");
    expect(problem?.message.zh).toContain("acceptInconsistent: true");
    expect(ahpConsistencyProblem(r, { acceptInconsistent: true })).toBeUndefined();
    expect(ahpConsistencyProblem(ahpWeights(LEADER, LEADER_MATRIX))).toBeUndefined();
  });
});

describe("parseJudgement, nearestScaleValue, formatJudgement", () => {
  it("parseJudgement(text) reads numbers and fractions as spreadsheets hold them", () => {
    expect(parseJudgement("1/3")).toBe(1 / 3);
    expect(parseJudgement(" 1 / 9 ")).toBe(1 / 9);
    expect(parseJudgement("１／３")).toBe(1 / 3);
    expect(parseJudgement("5")).toBe(5);
    expect(parseJudgement("2.5")).toBe(2.5);
    expect(parseJudgement(0.25)).toBe(0.25);
  });

  it("parseJudgement(text) throws RangeError for empty, text, zero, negative and division by zero", () => {
    for (const bad of ["", "abc", "0", "-3", "1/0", "1/3/2", "3x"])
      expect(() => parseJudgement(bad)).toThrow(RangeError);
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => parseJudgement(bad)).toThrow(RangeError);
  });

  it("nearestScaleValue(ratio) picks the nearest of 1/9..9 on a log scale", () => {
    expect(nearestScaleValue(2.4)).toBe(2); // ln(2.4/2) = 0.18 < ln(3/2.4) = 0.22
    expect(nearestScaleValue(2.5)).toBe(3); // ln(2.5/2) = 0.223 > ln(3/2.5) = 0.182
    expect(nearestScaleValue(0.3)).toBe(1 / 3);
    expect(nearestScaleValue(40)).toBe(9);
    expect(nearestScaleValue(1 / 40)).toBe(1 / 9);
    expect(SAATY_SCALE).toHaveLength(17);
  });

  it("formatJudgement(value) writes reciprocals as fractions", () => {
    expect(formatJudgement(1 / 3)).toBe("1/3");
    expect(formatJudgement(7)).toBe("7");
    expect(formatJudgement(1.3218)).toBe("1.32");
    expect(formatJudgement(0.4)).toBe("0.4");
  });
});

describe("randomIndex(n, table)", () => {
  it("returns the published values of each table", () => {
    expect(RANDOM_INDEX_TABLES.saaty.values).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
    expect(randomIndex(4, "alonso-lamata")).toBe(0.8815);
    expect(randomIndex(15, "alonso-lamata")).toBe(1.5838);
    expect(randomIndex(3, "cn-textbook")).toBe(0.52);
    expect(randomIndex(15, "cn-textbook")).toBe(1.59);
    expect(randomIndex(2)).toBe(0);
  });

  it("throws RangeError past the end of a table and for bad sizes", () => {
    expect(() => randomIndex(11, "saaty")).toThrow(/up to 10/);
    expect(() => randomIndex(16, "cn-textbook")).toThrow(RangeError);
    expect(() => randomIndex(0)).toThrow(RangeError);
    expect(() => randomIndex(2.5)).toThrow(RangeError);
  });

  it("ahpWeights(names, matrix, { randomIndex }) uses and names the chosen table", () => {
    const r = ahpWeights(LEADER, LEADER_MATRIX, { randomIndex: "alonso-lamata" });
    expect(r.randomIndex).toBe("alonso-lamata");
    expect(r.ri).toBe(0.8815);
    expect(r.cr).toBeCloseTo(r.ci / 0.8815, 15);
  });
});

describe("checkPairwiseMatrix / ahpWeights input checks", () => {
  it("throws RangeError naming the cell of a non-reciprocal judgement", () => {
    expect(() =>
      ahpWeights(
        ["经济", "人口"],
        [
          [1, 3],
          [3, 1],
        ],
      ),
    ).toThrow(/"人口" over "经济" is 3 but "经济" over "人口" is 3/);
  });

  it("throws RangeError for text, out-of-scale values, empty upper cells and a bad diagonal", () => {
    expect(() =>
      ahpWeights(
        ["a", "b"],
        [
          [1, "abc"],
          [null, 1],
        ],
      ),
    ).toThrow(/"a" over "b" is "abc"/);
    expect(() =>
      ahpWeights(
        ["a", "b"],
        [
          [1, 10],
          [null, 1],
        ],
      ),
    ).toThrow(/outside Saaty's 1–9 scale/);
    expect(() =>
      ahpWeights(
        ["a", "b"],
        [
          [1, ""],
          [3, 1],
        ],
      ),
    ).toThrow(/"a" over "b" is empty/);
    expect(() =>
      ahpWeights(
        ["a", "b"],
        [
          [2, 3],
          [null, 1],
        ],
      ),
    ).toThrow(/diagonal cell of "a"/);
  });

  it("throws RangeError for a non-square matrix and duplicate names", () => {
    expect(() =>
      ahpWeights(
        ["a", "b", "c"],
        [
          [1, 2],
          ["1/2", 1],
        ],
      ),
    ).toThrow(/should be 3 × 3/);
    expect(() =>
      ahpWeights(
        ["a", "a"],
        [
          [1, 2],
          ["1/2", 1],
        ],
      ),
    ).toThrow(/"a" appears twice/);
    expect(() => ahpWeights([], [])).toThrow(RangeError);
  });

  it("checkPairwiseMatrix lists every problem with row and column names", () => {
    const issues = checkPairwiseMatrix(
      ["a", "b", "c"],
      [
        [1, "x", 3],
        [null, 1, 20],
        ["1/2", null, 1],
      ],
    );
    expect(issues.map((i) => [i.code, i.rowName, i.columnName])).toEqual([
      ["not-a-judgement", "a", "b"],
      ["out-of-scale", "b", "c"],
      ["not-reciprocal", "c", "a"],
    ]);
    expect(issues[0]!.message.zh).toContain("“a”对“b”的判断“x”不是数字或分数");
  });

  it("toPairwiseMatrix fills empty lower cells with reciprocals and accepts 0.33 under 3", () => {
    expect(
      toPairwiseMatrix(
        ["a", "b", "c"],
        [
          [1, 3, "1/5"],
          [null, 1, 2],
          [null, "", 1],
        ],
      ),
    ).toEqual([
      [1, 3, 1 / 5],
      [1 / 3, 1, 2],
      [5, 1 / 2, 1],
    ]);
    expect(
      toPairwiseMatrix(
        ["a", "b"],
        [
          [1, 3],
          [0.33, 1],
        ],
      )[1]![0],
    ).toBe(1 / 3);
    expect(() =>
      toPairwiseMatrix(
        ["a", "b"],
        [
          [1, 3],
          [0.3, 1],
        ],
      ),
    ).toThrow(/not reciprocal/);
  });

  it("ahpWeights handles n = 1 and n = 2 (always consistent, CR 0)", () => {
    const one = ahpWeights(["only"], [[1]]);
    expect(one.weights).toEqual([1]);
    expect(one.cr).toBe(0);
    const two = ahpWeights(
      ["a", "b"],
      [
        [1, 3],
        ["1/3", 1],
      ],
    );
    expectClose(two.weights, [0.75, 0.25], 1e-12); // 3 : 1
    expect(two.ci).toBe(0);
    expect(two.cr).toBe(0);
    expect(two.consistent).toBe(true);
  });
});

describe("ahpGroup(names, experts) — aggregation of individual judgements", () => {
  it("combines by element-wise geometric mean and reports each expert's CR", () => {
    // Hand calculation: geometric mean of 4 and 1 is 2, so the group judges a:b = 2, weights 2/3, 1/3.
    const g = ahpGroup(
      ["a", "b"],
      [
        {
          name: "E1",
          matrix: [
            [1, 4],
            ["1/4", 1],
          ],
        },
        {
          name: "E2",
          matrix: [
            [1, 1],
            [1, 1],
          ],
        },
      ],
    );
    expect(g.combined.matrix[0]![1]).toBeCloseTo(2, 12);
    expect(g.combined.matrix[1]![0]).toBeCloseTo(0.5, 12);
    expectClose(g.combined.weights, [2 / 3, 1 / 3], 1e-12);
    expect(g.experts.map((e) => e.name)).toEqual(["E1", "E2"]);
    expectClose(g.experts[0]!.result.weights, [0.8, 0.2], 1e-12);
  });

  it("a group combined matrix cell is the geometric mean of the experts' cells (3 experts)", () => {
    const g = ahpGroup(LEADER, [
      { name: "A", matrix: LEADER_MATRIX },
      {
        name: "B",
        matrix: [
          [1, 2, 3, 5],
          [null, 1, 1, 2],
          [null, null, 1, 3],
          [null, null, null, 1],
        ],
      },
      {
        name: "C",
        matrix: [
          [1, 9, 5, 9],
          [null, 1, "1/2", 3],
          [null, null, 1, 5],
          [null, null, null, 1],
        ],
      },
    ]);
    expect(g.combined.matrix[0]![1]).toBeCloseTo(Math.cbrt(4 * 2 * 9), 12);
    expect(g.combined.matrix[2]![1]).toBeCloseTo(1 / Math.cbrt((1 / 3) * 1 * 0.5), 12);
    expect(g.experts.map((e) => e.result.cr)).toHaveLength(3);
    expect(g.experts[0]!.result.cr).toBeCloseTo(ahpWeights(LEADER, LEADER_MATRIX).cr, 12);
  });

  it("ahpGroup names the expert whose matrix is invalid", () => {
    expect(() =>
      ahpGroup(
        ["a", "b"],
        [
          {
            name: "E1",
            matrix: [
              [1, 2],
              [null, 1],
            ],
          },
          {
            name: "张三",
            matrix: [
              [1, 2],
              [2, 1],
            ],
          },
        ],
      ),
    ).toThrow(/expert "张三": .*not reciprocal/);
    expect(() => ahpGroup(["a", "b"], [])).toThrow(/no expert matrix/);
  });

  it("aggregateJudgements(matrices) rejects an empty list and different sizes", () => {
    expect(() => aggregateJudgements([])).toThrow(RangeError);
    expect(() =>
      aggregateJudgements([
        [[1]],
        [
          [1, 1],
          [1, 1],
        ],
      ]),
    ).toThrow(RangeError);
  });
});

describe("ahpHierarchy(input, options)", () => {
  // Wikipedia car example as in the AHPy README: Cost split into Price, Fuel, Maintenance, Resale;
  // Capacity into Cargo and Passenger (Cargo : Passenger = 1/5); Safety and Style stand alone.
  const CAR = {
    factors: {
      names: ["Cost", "Safety", "Style", "Capacity"],
      experts: [
        {
          name: "board",
          matrix: [
            [1, 3, 7, 3],
            [null, 1, 9, 1],
            [null, null, 1, "1/7"],
            [null, null, null, 1],
          ],
        },
      ],
    },
    indicators: {
      Cost: {
        names: ["Price", "Fuel", "Maintenance", "Resale"],
        experts: [
          {
            name: "board",
            matrix: [
              [1, 2, 5, 3],
              [null, 1, 2, 2],
              [null, null, 1, "1/2"],
              [null, null, null, 1],
            ],
          },
        ],
      },
      Safety: { names: ["Safety"] },
      Style: { names: ["Style"] },
      Capacity: {
        names: ["Cargo", "Passenger"],
        experts: [
          {
            name: "board",
            matrix: [
              [1, "1/5"],
              [null, 1],
            ],
          },
        ],
      },
    },
  };

  it("global weight = factor weight × local weight, matching AHPy's global weights for the car example", () => {
    const h = ahpHierarchy(CAR, { randomIndex: "saaty" });
    const global = Object.fromEntries(h.global.map((g) => [g.indicator, g.weight]));
    // AHPy report: Price 0.249, Fuel 0.129, Resale 0.082, Maintenance 0.051, Cargo 0.0358. AHPy
    // multiplies local weights already rounded to 3 decimals (Fuel: 0.51 × 0.252 = 0.1285 → 0.129;
    // unrounded 0.5101 × 0.2515 = 0.1283), hence 1e-3.
    expectClose(
      [global.Price!, global.Fuel!, global.Resale!, global.Maintenance!, global.Cargo!],
      [0.249, 0.129, 0.082, 0.051, 0.0358],
      0.001,
    );
    expectClose([global.Safety!, global.Style!], [0.234, 0.041], 0.0006);
    expect(global.Passenger!).toBeCloseTo((5 / 6) * h.factors.combined.weights[3]!, 12);
    expect(h.global.reduce((s, g) => s + g.weight, 0)).toBeCloseTo(1, 12);
    expect(h.global.map((g) => g.indicator)).toEqual([
      "Price",
      "Fuel",
      "Maintenance",
      "Resale",
      "Safety",
      "Style",
      "Cargo",
      "Passenger",
    ]);
    expect(h.consistent).toBe(true);
    expect(h.inconsistent).toEqual([]);
  });

  it("reports which matrices are inconsistent and produces one blocking problem per matrix", () => {
    const h = ahpHierarchy({
      factors: {
        names: ["F1", "F2"],
        experts: [
          {
            name: "E",
            matrix: [
              [1, 2],
              [null, 1],
            ],
          },
        ],
      },
      indicators: {
        F1: { names: HOUSE, experts: [{ name: "E", matrix: HOUSE_MATRIX }] },
        F2: { names: ["x"] },
      },
    });
    expect(h.consistent).toBe(false);
    expect(h.inconsistent).toEqual(["F1"]);
    const problems = ahpHierarchyProblems(h, { file: "m.yaml" });
    expect(problems.map((p) => p.path)).toEqual(["weights.ahp.indicators.F1"]);
    expect(ahpHierarchyProblems(h, { acceptInconsistent: true })).toEqual([]);
  });

  it("throws RangeError for a missing factor block, an unknown factor and a repeated indicator", () => {
    const factors = {
      names: ["F1", "F2"],
      experts: [
        {
          name: "E",
          matrix: [
            [1, 2],
            [null, 1],
          ],
        },
      ],
    };
    expect(() => ahpHierarchy({ factors, indicators: { F1: { names: ["x"] } } })).toThrow(
      /factor "F2" has no indicators/,
    );
    expect(() =>
      ahpHierarchy({
        factors,
        indicators: { F1: { names: ["x"] }, F2: { names: ["y"] }, F3: { names: ["z"] } },
      }),
    ).toThrow(/"F3", which is not a factor/);
    expect(() =>
      ahpHierarchy({ factors, indicators: { F1: { names: ["x"] }, F2: { names: ["x"] } } }),
    ).toThrow(/appears under both/);
    expect(() =>
      ahpHierarchy({ factors, indicators: { F1: { names: ["x", "y"] }, F2: { names: ["z"] } } }),
    ).toThrow(/indicators of "F1": no expert matrix/);
  });
});

// Properties ---------------------------------------------------------------------------------------

const scaleValue = fc.constantFrom(...SAATY_SCALE);

/** A random reciprocal matrix on Saaty's scale, n in [2, 9]. */
const reciprocalMatrix = fc.integer({ min: 2, max: 9 }).chain((n) =>
  fc.array(scaleValue, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((upper) => {
    const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
    let k = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        m[i]![j] = upper[k]!;
        m[j]![i] = 1 / upper[k]!;
        k++;
      }
    }
    return m;
  }),
);

const names = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);

describe("ahpWeights properties (fast-check, seeded)", () => {
  it("weights are >= 0 and sum to 1 within 1e-12; λmax >= n; judgements sorted worst first", () => {
    fc.assert(
      fc.property(reciprocalMatrix, (m) => {
        const r = ahpWeights(names(m.length), m);
        expect(Math.abs(r.weights.reduce((s, w) => s + w, 0) - 1)).toBeLessThanOrEqual(1e-12);
        expect(r.weights.every((w) => w >= 0)).toBe(true);
        expect(r.lambdaMax).toBeGreaterThanOrEqual(m.length - 1e-9);
        expect(r.consistent).toBe(r.cr < 0.1);
        for (let k = 1; k < r.judgements.length; k++) {
          expect(r.judgements[k - 1]!.deviation).toBeGreaterThanOrEqual(r.judgements[k]!.deviation);
        }
      }),
      { seed: 20240501, numRuns: 200 },
    );
  });

  it("a perfectly consistent matrix a_ij = v_i / v_j gives CR ≈ 0 and weights ∝ v", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.2, max: 5, noNaN: true }), { minLength: 2, maxLength: 10 }),
        (v) => {
          // Ratios stay within 1/25..25; scale into Saaty's range by taking square roots of the spread.
          const u = v.map((x) => Math.sqrt(x));
          const m = u.map((ui) => u.map((uj) => ui / uj));
          const r = ahpWeights(names(u.length), m);
          const total = u.reduce((s, x) => s + x, 0);
          expectClose(
            r.weights,
            u.map((x) => x / total),
            1e-10,
          );
          expect(r.cr).toBeLessThan(1e-9);
          expect(r.judgements.every((j) => j.deviation < 1e-9)).toBe(true);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });

  it("permuting the criteria permutes the weights and keeps CR", () => {
    fc.assert(
      fc.property(
        reciprocalMatrix.chain((m) =>
          fc.tuple(
            fc.constant(m),
            fc.shuffledSubarray(
              m.map((_, i) => i),
              { minLength: m.length, maxLength: m.length },
            ),
          ),
        ),
        ([m, order]) => {
          const permuted = order.map((i) => order.map((j) => m[i]![j]!));
          const r = ahpWeights(names(m.length), m);
          const p = ahpWeights(
            order.map((i) => `c${i}`),
            permuted,
          );
          expectClose(
            p.weights,
            order.map((i) => r.weights[i]!),
            1e-10,
          );
          expect(p.cr).toBeCloseTo(r.cr, 9);
        },
      ),
      { seed: 99, numRuns: 150 },
    );
  });

  it("a group of identical experts gives the single expert's result", () => {
    fc.assert(
      fc.property(reciprocalMatrix, (m) => {
        const single = ahpWeights(names(m.length), m);
        const group = ahpGroup(names(m.length), [
          { name: "A", matrix: m },
          { name: "B", matrix: m },
        ]);
        expectClose(group.combined.weights, single.weights, 1e-12);
        expect(group.combined.cr).toBeCloseTo(single.cr, 12);
      }),
      { seed: 3, numRuns: 100 },
    );
  });

  it("is deterministic: the same matrix gives identical results", () => {
    expect(JSON.stringify(ahpWeights(HOUSE, HOUSE_MATRIX))).toBe(
      JSON.stringify(ahpWeights(HOUSE, HOUSE_MATRIX)),
    );
  });
});
