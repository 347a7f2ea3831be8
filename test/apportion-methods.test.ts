import { describe, expect, it } from "vitest";
import { apportion } from "../src/allocation/apportion/apportion.ts";
import { apportionByDivisor } from "../src/allocation/apportion/divisor.ts";
import { roundestBetween } from "../src/allocation/apportion/divisor-range.ts";
import { apportionHamilton } from "../src/allocation/apportion/hamilton.ts";
import { describeLastPost } from "../src/allocation/apportion/last-post.ts";
import {
  parseApportionMethod,
  priorityValue,
  roundBySignposts,
  signpost,
} from "../src/allocation/apportion/signposts.ts";
import type { ApportionOk, ApportionResult, ApportionUnit } from "../src/allocation/apportion/types.ts";
import { withinQuota } from "../src/allocation/apportion/within-quota.ts";

function ok(result: ApportionResult): ApportionOk {
  if (result.status !== "ok") throw new Error(`expected an allocation, got: ${result.diagnosis.en}`);
  return result;
}

const posts = (result: ApportionResult) =>
  Object.fromEntries(ok(result).units.map((u) => [u.name, u.allocated]));

describe("signposts", () => {
  it("signpost(method, k) is k+1, k+1/2, k, 2k(k+1)/(2k+1), √(k(k+1))", () => {
    // Balinski & Young, Fair Representation (1982), table of divisor criteria.
    expect(signpost("jefferson", 0)).toBe(1);
    expect(signpost("webster", 2)).toBe(2.5);
    expect(signpost("adams", 3)).toBe(3);
    expect(signpost("dean", 1)).toBeCloseTo(4 / 3, 15);
    expect(signpost("huntington-hill", 1)).toBeCloseTo(Math.SQRT2, 15);
    expect(signpost("dean", 0)).toBe(0);
    expect(signpost("huntington-hill", 0)).toBe(0);
    expect(() => signpost("webster", 1.5)).toThrow(RangeError);
  });

  it("priorityValue(method, w, k) is w / d(k), infinite for a first post when d(0) = 0, 0 for weight 0", () => {
    expect(priorityValue("webster", 30, 1)).toBe(20); // 30 / 1.5
    expect(priorityValue("adams", 10, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(priorityValue("huntington-hill", 0, 0)).toBe(0);
  });

  it("roundBySignposts(method, x) counts the signposts strictly below x", () => {
    expect(roundBySignposts("jefferson", 2.99)).toBe(2); // floor
    expect(roundBySignposts("adams", 2.01)).toBe(3); // ceiling
    expect(roundBySignposts("webster", 2.5)).toBe(2); // on the signpost: rounds down
    expect(roundBySignposts("webster", 2.51)).toBe(3);
    expect(roundBySignposts("huntington-hill", 1.41)).toBe(1); // below √2
    expect(roundBySignposts("huntington-hill", 1.42)).toBe(2);
    expect(roundBySignposts("dean", 0)).toBe(0);
    expect(roundBySignposts("jefferson", 1e6 + 0.5)).toBe(1e6);
  });

  it("parseApportionMethod reads D'Hondt as Jefferson and Sainte-Laguë as Webster", () => {
    expect(parseApportionMethod("dhondt")).toBe("jefferson");
    expect(parseApportionMethod("D'Hondt")).toBe("jefferson");
    expect(parseApportionMethod("Sainte-Lague")).toBe("webster");
    expect(parseApportionMethod("sainte_laguë")).toBe("webster");
    expect(parseApportionMethod("Huntington Hill")).toBe("huntington-hill");
    expect(parseApportionMethod("median")).toBeUndefined();
  });
});

describe("apportion(units, total, method): priority list, next post and ties", () => {
  const abc = [
    { name: "A", weight: 60 },
    { name: "B", weight: 30 },
    { name: "C", weight: 10 },
  ];

  it("Jefferson hands out posts by the largest w/(k+1) and reports a decisive tie at the last post", () => {
    // Hand calculation: A 60, then A 30 = B 30 (tie, A first by weight), B 30, A 20, then A 60/4 = 15 = B 30/2:
    // the 5th post ties and goes to A (larger weight); B would get the 6th (15), ahead of A's 60/5 = 12 by 3.
    const result = ok(apportion(abc, 5, "jefferson"));
    expect(posts(result)).toEqual({ A: 4, B: 1, C: 0 });
    expect(result.priorityList).toEqual([
      { rank: 1, unit: "A", post: 1, priority: 60 },
      { rank: 2, unit: "A", post: 2, priority: 30 },
      { rank: 3, unit: "B", post: 1, priority: 30 },
      { rank: 4, unit: "A", post: 3, priority: 20 },
      { rank: 5, unit: "A", post: 4, priority: 15 },
    ]);
    expect(result.ties).toEqual([
      { units: ["A", "B"], atRank: 2, priority: 30, decisive: false, awarded: ["A", "B"] },
      { units: ["A", "B"], atRank: 5, priority: 15, decisive: true, awarded: ["A"] },
    ]);
    expect(result.nextPost).toEqual({
      unit: "B",
      post: 2,
      priority: 15,
      runnerUp: { unit: "A", post: 5, priority: 12 },
      margin: 3,
    });
    expect(result.tieBreak.en).toContain("larger weight");
    expect(result.units.map((u) => u.lastPost)).toEqual([
      { step: "priority", rank: 5 },
      { step: "priority", rank: 3 },
      { step: "none" },
    ]);
  });

  it("a tie of equal weights goes to the name first in code-point order, whatever the input order", () => {
    // Hand calculation: three equal weights, 2 posts: all priorities equal; "Ä" (U+00C4) sorts after "B".
    const units = [
      { name: "Ä", weight: 1 },
      { name: "B", weight: 1 },
      { name: "A", weight: 1 },
    ];
    const result = ok(apportion(units, 2, "webster"));
    expect(posts(result)).toEqual({ Ä: 0, B: 1, A: 1 });
    expect(result.ties).toEqual([
      { units: ["A", "B", "Ä"], atRank: 1, priority: 2, decisive: true, awarded: ["A", "B"] },
    ]);
    expect(ok(apportion([...units].reverse(), 2, "webster")).priorityList).toEqual(result.priorityList);
  });

  it("Adams gives every unit with weight > 0 a first post before any second (infinite priority)", () => {
    // d(0) = 0: 5, 3, 2 with 4 posts → each gets one (ties at infinity, not reported), then A (5/1 = 5).
    const result = ok(
      apportion(
        [
          { name: "A", weight: 5 },
          { name: "B", weight: 3 },
          { name: "C", weight: 2 },
        ],
        4,
        "adams",
      ),
    );
    expect(posts(result)).toEqual({ A: 2, B: 1, C: 1 });
    expect(result.priorityList.slice(0, 3).map((e) => e.priority)).toEqual([Infinity, Infinity, Infinity]);
    expect(result.ties).toEqual([]);
  });

  it("Adams with fewer posts than units reports the decisive tie at infinite priority", () => {
    const result = ok(
      apportion(
        [
          { name: "A", weight: 5 },
          { name: "B", weight: 3 },
          { name: "C", weight: 2 },
        ],
        2,
        "adams",
      ),
    );
    expect(posts(result)).toEqual({ A: 1, B: 1, C: 0 });
    expect(result.ties).toEqual([
      { units: ["A", "B", "C"], atRank: 1, priority: Infinity, decisive: true, awarded: ["A", "B"] },
    ]);
    expect(result.nextPost).toMatchObject({ unit: "C", priority: Infinity, margin: Infinity });
  });

  it("Webster honours a minimum and a maximum and says which step placed each last post", () => {
    // Hand calculation, weights 70/20/10, 10 posts, C min 2, A max 6. Start A 0, B 0, C 2; priorities w/(k+½):
    // A 140, A 46.7, B 40, A 28, A 20, A 15.6, B 13.3, A 12.7 (A reaches 6). Next: B 20/2.5 = 8 vs C 10/2.5 = 4.
    const units: ApportionUnit[] = [
      { name: "A", weight: 70, max: 6 },
      { name: "B", weight: 20 },
      { name: "C", weight: 10, min: 2 },
    ];
    const result = ok(apportion(units, 10, "webster"));
    expect(posts(result)).toEqual({ A: 6, B: 2, C: 2 });
    expect(result.priorityList.map((e) => e.unit).join("")).toBe("AABAAABA");
    expect(result.units.map((u) => u.lastPost)).toEqual([
      { step: "priority", rank: 8 },
      { step: "priority", rank: 7 },
      { step: "minimum" },
    ]);
    expect(result.nextPost).toMatchObject({
      unit: "B",
      post: 3,
      priority: 8,
      runnerUp: { unit: "C", priority: 4 },
      margin: 4,
    });
    // Quotas 7, 2, 1; with A held at 6 and C at 2, B's bounded share is the 2 left.
    expect(result.units.map((u) => u.quota)).toEqual([7, 2, 1]);
    expect(result.units.map((u) => u.boundedQuota)).toEqual([6, 2, 2]);
    // λ must be >= B's next priority 8 and < A's last 70/5.5 = 12.73; 10 is the roundest.
    expect(result.divisor!.low).toBe(8);
    expect(result.divisor!.high).toBeCloseTo(70 / 5.5, 12);
    expect(result.divisor!.nice).toBe(10);
  });

  it("the divisor form at the reported divisor gives the same allocation (bounds held)", () => {
    // 70/10 = 7 → held at 6; 20/10 = 2 → 2 (exactly on no signpost of Webster); 10/10 = 1 → raised to 2.
    const units: ApportionUnit[] = [
      { name: "A", weight: 70, max: 6 },
      { name: "B", weight: 20 },
      { name: "C", weight: 10, min: 2 },
    ];
    const form = apportionByDivisor(units, 10, "webster");
    expect(form.status).toBe("ok");
    if (form.status !== "ok") return;
    expect(form.allocation).toEqual([
      { name: "A", allocated: 6 },
      { name: "B", allocated: 2 },
      { name: "C", allocated: 2 },
    ]);
    expect(form.divisor).toBeGreaterThanOrEqual(8);
    expect(form.divisor).toBeLessThan(70 / 5.5);
  });

  it("apportionByDivisor reports no divisor when a tie straddles the total", () => {
    // Two equal weights and one post: every λ gives 0 or 2.
    const form = apportionByDivisor(
      [
        { name: "A", weight: 1 },
        { name: "B", weight: 1 },
      ],
      1,
      "jefferson",
    );
    expect(form.status).toBe("no-divisor");
  });

  it("a unit of weight 0 keeps its minimum and takes nothing more while others can", () => {
    const result = ok(
      apportion(
        [
          { name: "A", weight: 3 },
          { name: "Z", weight: 0, min: 2 },
        ],
        7,
        "huntington-hill",
      ),
    );
    expect(posts(result)).toEqual({ A: 5, Z: 2 });
    expect(result.units[1]!.lastPost).toEqual({ step: "minimum" });
    expect(result.units[1]!.quota).toBe(0);
  });

  it("nextPost is null when every unit is at its maximum", () => {
    const result = ok(
      apportion(
        [
          { name: "A", weight: 3, max: 2 },
          { name: "B", weight: 1, max: 1 },
        ],
        3,
        "dean",
      ),
    );
    expect(posts(result)).toEqual({ A: 2, B: 1 });
    expect(result.nextPost).toBeNull();
  });

  it("does not change its input", () => {
    const units = Object.freeze([
      Object.freeze({ name: "A", weight: 2, min: 1 }),
      Object.freeze({ name: "B", weight: 1 }),
    ]);
    expect(() => apportion(units, 5, "webster")).not.toThrow();
    expect(() => apportion(units, 5, "hamilton")).not.toThrow();
  });
});

describe("apportion: infeasible bounds are an outcome", () => {
  it("returns { status: 'infeasible' } naming the numbers when minimums need more than the total", () => {
    const units = ["甲", "乙", "丙", "丁"].map((name) => ({ name, weight: 1, min: 130 }));
    const result = apportion(units, 500, "webster");
    expect(result.status).toBe("infeasible");
    if (result.status !== "infeasible") return;
    expect(result.minimumSum).toBe(520);
    expect(result.diagnosis.en).toContain("minimums need 520, total is 500");
    expect(result.diagnosis.zh).toContain("最低数合计 520，超过总数 500");
  });

  it("returns { status: 'infeasible' } when maximums allow less than the total", () => {
    const result = apportion(
      [
        { name: "A", weight: 1, max: 300 },
        { name: "B", weight: 1, max: 180 },
      ],
      500,
      "hamilton",
    );
    expect(result.status).toBe("infeasible");
    if (result.status !== "infeasible") return;
    expect(result.diagnosis.en).toContain("maximums allow 480, total is 500");
    expect(result.diagnosis.zh).toContain("最高数合计 480，不足总数 500");
  });
});

describe("apportion: caller mistakes throw a RangeError naming the unit", () => {
  const cases: [string, () => unknown, RegExp][] = [
    ["negative weight", () => apportion([{ name: "芦溪镇", weight: -1 }], 3, "webster"), /芦溪镇.*weight -1/],
    ["NaN weight", () => apportion([{ name: "A", weight: Number.NaN }], 3, "hamilton"), /"A".*weight NaN/],
    [
      "infinite weight",
      () => apportion([{ name: "A", weight: Infinity }], 3, "adams"),
      /"A".*weight Infinity/,
    ],
    [
      "duplicate name",
      () =>
        apportion(
          [
            { name: "A", weight: 1 },
            { name: "A", weight: 2 },
          ],
          3,
          "dean",
        ),
      /"A" appears twice/,
    ],
    [
      "min above max",
      () => apportion([{ name: "B", weight: 1, min: 3, max: 2 }], 3, "webster"),
      /"B" has min 3 above max 2/,
    ],
    [
      "fractional min",
      () => apportion([{ name: "C", weight: 1, min: 1.5 }], 3, "webster"),
      /"C" has min 1.5/,
    ],
    [
      "fractional total",
      () => apportion([{ name: "A", weight: 1 }], 2.5, "webster"),
      /total must be a whole number/,
    ],
    [
      "negative total",
      () => apportion([{ name: "A", weight: 1 }], -1, "hamilton"),
      /total must be a whole number/,
    ],
    ["all weights 0", () => apportion([{ name: "A", weight: 0 }], 1, "webster"), /every weight is 0/],
    ["no units", () => apportion([], 1, "webster"), /no units/],
    [
      "unknown method",
      () => apportion([{ name: "A", weight: 1 }], 1, "median" as never),
      /unknown method "median"/,
    ],
  ];
  for (const [label, call, message] of cases) {
    it(`throws for ${label}`, () => {
      expect(call).toThrow(RangeError);
      expect(call).toThrow(message);
    });
  }
});

describe("apportionHamilton: bounds by 'requota' (default) and 'fixed-quota'", () => {
  // Weights 50/30/15/5, 20 posts, A max 9, D min 3. Quotas 10, 6, 3, 1.
  const units: ApportionUnit[] = [
    { name: "A", weight: 50, max: 9 },
    { name: "B", weight: 30 },
    { name: "C", weight: 15 },
    { name: "D", weight: 5, min: 3 },
  ];

  it("requota shares the 17 posts D's minimum leaves among A, B, C, then largest remainders", () => {
    // Hand calculation: D held at 3; 17 × 50/95 = 8.947 (<= A's max 9, so A is not held), 17 × 30/95 = 5.368,
    // 17 × 15/95 = 2.684. Lower quotas 8, 5, 2 + D 3 = 18; the 2 left go to A (.947) and C (.684).
    const result = ok(apportionHamilton(units, 20));
    expect(result.hamiltonBounds).toBe("requota");
    expect(result.units.map((u) => u.boundedQuota)).toEqual([
      (17 * 50) / 95,
      (17 * 30) / 95,
      (17 * 15) / 95,
      3,
    ]);
    expect(posts(result)).toEqual({ A: 9, B: 5, C: 3, D: 3 });
    expect(result.priorityList.map((e) => [e.unit, e.post])).toEqual([
      ["A", 9],
      ["C", 3],
    ]);
    expect(result.units.map((u) => u.lastPost)).toEqual([
      { step: "largest-remainder", rank: 1 },
      { step: "lower-quota" },
      { step: "largest-remainder", rank: 2 },
      { step: "minimum" },
    ]);
    // Next largest remainder: B (.368); A is at its maximum.
    expect(result.nextPost).toMatchObject({ unit: "B", post: 6 });
    expect(result.nextPost!.priority).toBeCloseTo((17 * 30) / 95 - 5, 12);
  });

  it("fixed-quota clamps the lower quotas and takes the surplus back from the unit most above its share", () => {
    // Hand calculation: lower quotas 10, 6, 3, 1 → clamped 9, 6, 3, 3 = 21 > 20. Above their share by
    // share − held: B 0, C 0 (A +1, D held at min): B and C tie; C, last by the tie-break rule, gives a post back.
    const result = ok(apportionHamilton(units, 20, { hamiltonBounds: "fixed-quota" }));
    expect(posts(result)).toEqual({ A: 9, B: 6, C: 2, D: 3 });
    expect(result.reductions).toEqual([{ rank: 1, unit: "C", post: 3, priority: 0 }]);
    expect(result.ties).toEqual([
      { units: ["C", "B"], atRank: 1, priority: 0, decisive: true, awarded: ["C"] },
    ]);
    expect(result.units.map((u) => u.lastPost)).toEqual([
      { step: "maximum" },
      { step: "lower-quota" },
      { step: "lower-quota" },
      { step: "minimum" },
    ]);
  });

  it("Hamilton without bounds reports a decisive tie of equal remainders", () => {
    // Hand calculation: 3 equal weights, 2 posts: quotas 2/3 each, all remainders .667; A and B (names) win.
    const result = ok(
      apportionHamilton(
        [
          { name: "C", weight: 1 },
          { name: "B", weight: 1 },
          { name: "A", weight: 1 },
        ],
        2,
      ),
    );
    expect(posts(result)).toEqual({ C: 0, B: 1, A: 1 });
    expect(result.ties).toHaveLength(1);
    expect(result.ties[0]).toMatchObject({
      units: ["A", "B", "C"],
      atRank: 1,
      decisive: true,
      awarded: ["A", "B"],
    });
    // Next: C's remainder 2/3, ahead of A's 2/3 − 1 (A and B tie there; A first by name) by exactly 1 post.
    expect(result.nextPost).toMatchObject({ unit: "C", post: 1, runnerUp: { unit: "A", post: 2 } });
    expect(result.nextPost!.margin).toBeCloseTo(1, 12);
  });

  it("throws for an unknown bound rule", () => {
    expect(() =>
      apportionHamilton([{ name: "A", weight: 1 }], 1, { hamiltonBounds: "median" as never }),
    ).toThrow(/requota/);
  });
});

describe("withinQuota(result)", () => {
  it("skips units held at a bound and passes Hamilton's unbounded result", () => {
    // Quotas 7, 2, 1 for 70/20/10 at 10 posts; with A max 6, A is held (skipped) and B, C are checked.
    const bounded = ok(
      apportion(
        [
          { name: "A", weight: 70, max: 6 },
          { name: "B", weight: 20 },
          { name: "C", weight: 10 },
        ],
        10,
        "webster",
      ),
    );
    const check = withinQuota(bounded);
    expect(check.skipped).toEqual(["A"]);
    // B gets 3 (quota 2 → bounds [2, 2]) and C 1: B violates the rule because A's cap pushed a post to it.
    expect(check.violations).toEqual([{ unit: "B", allocated: 3, quota: 2, lower: 2, upper: 2 }]);
    expect(
      withinQuota(
        ok(
          apportion(
            [
              { name: "A", weight: 2 },
              { name: "B", weight: 1 },
            ],
            7,
            "hamilton",
          ),
        ),
      ).ok,
    ).toBe(true);
  });
});

describe("describeLastPost and roundestBetween", () => {
  it("describeLastPost says which step placed the last post in both languages", () => {
    expect(describeLastPost({ step: "priority", rank: 12 }, "zh")).toBe("优先序第 12 位");
    expect(describeLastPost({ step: "priority", rank: 12 }, "en")).toBe("priority list, rank 12");
    expect(describeLastPost({ step: "largest-remainder", rank: 2 }, "en")).toBe("largest remainder #2");
    expect(describeLastPost({ step: "minimum" }, "zh")).toBe("最低数");
    expect(describeLastPost({ step: "none" }, "en")).toBe("none");
  });

  it("roundestBetween(low, high) picks the fewest significant digits in [low, high)", () => {
    expect(roundestBetween(32138.45, 33158.9)).toBe(33000);
    expect(roundestBetween(762994.35, 762997.71)).toBe(762995);
    expect(roundestBetween(8, 12.7)).toBe(10);
    expect(roundestBetween(5, 5)).toBeUndefined();
    expect(roundestBetween(120, Infinity)).toBe(1000);
  });
});
