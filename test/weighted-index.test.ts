import { describe, expect, it } from "vitest";
import type { CountyData, StaffingModel, Township } from "../src/types.ts";
import { normaliseScores, transformValue } from "../src/weighting/normalise.ts";
import { computeIndex, indexWeights } from "../src/weighting/weighted-index.ts";

describe("normaliseScores(values, options)", () => {
  it("minmax maps onto [0, 1] and a given range; cost reverses", () => {
    expect(normaliseScores([10, 20, 30], { method: "minmax", direction: "benefit" })).toEqual([0, 0.5, 1]);
    expect(normaliseScores([10, 20, 30], { method: "minmax", direction: "cost" })).toEqual([1, 0.5, 0]);
    // 0.2 + 0.8 × 0.5 = 0.6
    expect(
      normaliseScores([10, 20, 30], { method: "minmax", direction: "benefit", range: [0.2, 1] })[1],
    ).toBeCloseTo(0.6, 12);
  });
  it("a constant column gives every township the top of the range (it tells them apart by nothing)", () => {
    expect(normaliseScores([5, 5], { method: "minmax", direction: "benefit", range: [0.2, 1] })).toEqual([
      1, 1,
    ]);
  });
  it("share sums to 1; cost share uses reciprocals: [1, 3] → [0.75, 0.25]", () => {
    expect(normaliseScores([1, 3], { method: "share", direction: "benefit" })).toEqual([0.25, 0.75]);
    expect(normaliseScores([1, 3], { method: "share", direction: "cost" })).toEqual([0.75, 0.25]);
  });
  it("max divides by the maximum; cost takes min/x", () => {
    expect(normaliseScores([2, 4], { method: "max", direction: "benefit" })).toEqual([0.5, 1]);
    expect(normaliseScores([2, 4], { method: "max", direction: "cost" })).toEqual([1, 0.5]);
  });
  it("zscore uses the population SD: [1, 3] → [−1, 1]", () => {
    expect(normaliseScores([1, 3], { method: "zscore", direction: "benefit" })).toEqual([-1, 1]);
  });
  it("throws for values a method cannot take", () => {
    expect(() => normaliseScores([0, 1], { method: "share", direction: "cost" })).toThrow(RangeError);
    expect(() => normaliseScores([], { method: "minmax", direction: "benefit" })).toThrow(RangeError);
    expect(() => transformValue(0, "log")).toThrow(RangeError);
    expect(transformValue(0, "log1p")).toBe(0);
  });
});

function township(id: string, population: number, areaKm2: number): Township {
  return {
    id,
    name: id,
    category: "general",
    population,
    areaKm2,
    adminPosts: 15,
    values: { population, areaKm2 },
  };
}

const model: StaffingModel = {
  source: "m.yaml",
  name: { zh: "m", en: "m" },
  factors: [
    {
      id: "pop",
      label: { zh: "人口", en: "pop" },
      weight: 3,
      indicators: [
        {
          id: "population",
          label: { zh: "p", en: "p" },
          column: "population",
          direction: "benefit",
          transform: "none",
          normalise: "share",
          range: [0, 1],
          weight: 1,
        },
      ],
    },
    {
      id: "area",
      label: { zh: "面积", en: "area" },
      weight: 1,
      indicators: [
        {
          id: "area",
          label: { zh: "a", en: "a" },
          column: "areaKm2",
          direction: "benefit",
          transform: "none",
          normalise: "share",
          range: [0, 1],
          weight: 1,
        },
      ],
    },
  ],
  weighting: { method: "manual" },
  categories: {
    countySeat: { coefficient: 1, floor: {}, cap: {} },
    central: { coefficient: 1, floor: {}, cap: {} },
    key: { coefficient: 1, floor: {}, cap: {} },
    characteristic: { coefficient: 1, floor: {}, cap: {} },
    general: { coefficient: 1, floor: {}, cap: {} },
  },
  allocation: { objective: "least-absolute-deviation", ordering: false },
};

describe("computeIndex(model, data)", () => {
  const data: CountyData = {
    source: "d.csv",
    notices: [],
    columns: ["population", "areaKm2"],
    townships: [township("a", 100, 30), township("b", 300, 10)],
  };

  it("weights renormalise: 3 and 1 become 0.75 and 0.25", () => {
    expect(indexWeights(model).factors).toEqual({ pop: 0.75, area: 0.25 });
  });

  it("index = Σ weight × score, parts kept (hand calculation)", () => {
    const outcome = computeIndex(model, data);
    expect(outcome.status).toBe("computed");
    if (outcome.status === "problems") return;
    const [a, b] = outcome.result.townships;
    // a: 0.75 × 100/400 + 0.25 × 30/40 = 0.1875 + 0.1875 = 0.375; b: 0.75 × 0.75 + 0.25 × 0.25 = 0.625
    expect(a!.index).toBeCloseTo(0.375, 12);
    expect(b!.index).toBeCloseTo(0.625, 12);
    expect(a!.factorParts.pop).toBeCloseTo(0.1875, 12);
    expect(a!.indicatorParts.map((p) => p.raw)).toEqual([100, 30]);
  });

  it("values outside a transform's domain are problems naming the township and column", () => {
    const logModel: StaffingModel = {
      ...model,
      factors: [
        { ...model.factors[0]!, indicators: [{ ...model.factors[0]!.indicators[0]!, transform: "log" }] },
      ],
    };
    const zero: CountyData = {
      ...data,
      townships: [
        township("a", 100, 30),
        { ...township("b", 300, 10), values: { population: 0, areaKm2: 10 } },
      ],
    };
    const outcome = computeIndex(logModel, zero);
    expect(outcome.status).toBe("problems");
    if (outcome.status === "computed") return;
    expect(outcome.problems[0]).toMatchObject({ code: "transform-domain", column: "population", found: "0" });
    expect(outcome.problems[0]!.message.zh).toContain("b");
  });
});
