import { describe, expect, it } from "vitest";
import { type AhpVerdictInput, ahpVerdict } from "../src/edit/ahp-verdict.ts";

const labels = [
  { zh: "区位", en: "Location" },
  { zh: "经济", en: "Economy" },
  { zh: "人口", en: "Population" },
];

// Weights 4 : 2 : 1 written as judgements: a perfectly consistent matrix (λmax = n = 3, CI = CR = 0),
// weights 4/7, 2/7, 1/7.
const consistent: AhpVerdictInput = {
  factors: ["location", "economy", "population"],
  labels,
  matrix: [
    [1, 2, 4],
    [1 / 2, 1, 2],
    [1 / 4, 1 / 2, 1],
  ],
  randomIndex: "saaty",
  use: true,
  accept: false,
};

// A cycle: location 3 × economy, economy 3 × population, but population 3 × location. For a 3 × 3
// reciprocal matrix λmax = 1 + d + 1/d with d = (a12 · a23 / a13)^(1/3) = (3 · 3 · 3)^(1/3) = 3 (Saaty 1980),
// so λmax = 13/3, CI = (13/3 − 3)/2 = 2/3, and with Saaty's RI(3) = 0.58, CR = 0.6667/0.58 = 1.149.
const cyclic: AhpVerdictInput = {
  ...consistent,
  matrix: [
    [1, 3, 1 / 3],
    [1 / 3, 1, 3],
    [3, 1 / 3, 1],
  ],
};

describe("ahpVerdict(input)", () => {
  it("a consistent matrix in use: the weights, CR 0, the ✓ verdict, nothing to colour, used", () => {
    const verdict = ahpVerdict(consistent);
    expect(verdict.result.weights.map((w) => w * 7)).toEqual([
      expect.closeTo(4, 9),
      expect.closeTo(2, 9),
      expect.closeTo(1, 9),
    ]);
    expect(verdict.result.cr).toBeCloseTo(0, 9);
    expect(verdict.consistency).toEqual({
      zh: "✓ 通过一致性检验（CR < 0.10）",
      en: "✓ Consistent (CR < 0.10)",
    });
    expect(verdict.detail).toBeNull();
    expect(verdict.worst).toEqual([]);
    expect(verdict.use).toBe("used");
    expect(verdict.status.zh).toBe("当前分配使用此矩阵的权重。");
    expect(verdict.riSource.zh.endsWith("（n = 3）。")).toBe(true);
  });

  it("an inconsistent matrix in use is blocked, unless accepted; unticked it is unused either way", () => {
    const verdict = ahpVerdict(cyclic);
    expect(verdict.result.lambdaMax).toBeCloseTo(13 / 3, 6);
    expect(verdict.result.cr).toBeCloseTo(2 / 3 / 0.58, 4);
    expect(verdict.consistency.en).toBe("✗ Inconsistent (CR ≥ 0.10)");
    expect(verdict.use).toBe("blocked");
    expect(verdict.status.en).toContain("CR ≥ 0.10: the scenario may not use these weights");
    expect(ahpVerdict({ ...cyclic, accept: true }).use).toBe("accepted");
    expect(ahpVerdict({ ...cyclic, use: false }).use).toBe("unused");
    expect(ahpVerdict({ ...cyclic, use: false, accept: true }).use).toBe("unused");
  });

  it("names the worst judgements by display name, never by factor id, and gives each cell its hint", () => {
    const verdict = ahpVerdict(cyclic);
    expect(verdict.detail).not.toBeNull();
    expect(verdict.detail!.zh).toContain("区位");
    expect(verdict.detail!.zh).not.toMatch(/location|economy|population/);
    expect(verdict.detail!.en).toMatch(/^[A-Z]/);
    // every judgement of a symmetric cycle deviates alike; the ranks run 1, 2, 3, cells above the diagonal
    expect(verdict.worst.map((w) => w.rank)).toEqual([1, 2, 3]);
    for (const w of verdict.worst) {
      expect(w.row).toBeLessThan(w.column);
      expect(w.title.zh).toContain(`最接近的标度值 ${w.nearest}`);
    }
  });

  it("throws when the labels and the matrix differ in size", () => {
    expect(() => ahpVerdict({ ...consistent, labels: labels.slice(1) })).toThrow(RangeError);
  });
});
