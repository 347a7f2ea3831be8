import { describe, expect, it } from "vitest";
import { dirichlet, gamma, normal, seededRandom, xoshiro128StarStar } from "../src/simulate/random.ts";

const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
const variance = (xs: readonly number[]): number => {
  const m = mean(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
};

describe("seeded random numbers", () => {
  it("xoshiro128StarStar([1, 2, 3, 4]) gives the reference code's first ten outputs", () => {
    // the test vector of the reference implementation xoshiro128starstar.c v1.1 (as in Rust's rand_xoshiro tests)
    const next = xoshiro128StarStar([1, 2, 3, 4]);
    expect(Array.from({ length: 10 }, next)).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
    ]);
  });

  it("seededRandom(seed) repeats its stream for the same seed, differs for another, stays in [0, 1)", () => {
    const take = (seed: number) => {
      const r = seededRandom(seed);
      return Array.from({ length: 1000 }, () => r.next());
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    expect(take(0).every((u) => u >= 0 && u < 1)).toBe(true);
    expect(() => seededRandom(-1)).toThrow(RangeError);
    expect(() => seededRandom(2 ** 32)).toThrow(RangeError);
    expect(() => seededRandom(1.5)).toThrow(RangeError);
  });

  it("normal(random) has mean 0 and variance 1 (40,000 draws: within 4 standard errors)", () => {
    const r = seededRandom(1);
    const xs = Array.from({ length: 40_000 }, () => normal(r));
    expect(Math.abs(mean(xs))).toBeLessThan(4 / Math.sqrt(40_000));
    // the standard error of the sample variance of a normal is sqrt(2 / (n − 1)) ≈ 0.0071
    expect(Math.abs(variance(xs) - 1)).toBeLessThan(4 * Math.sqrt(2 / 39_999));
  });

  it("gamma(random, k) has mean k and variance k, for k below and above 1 (Marsaglia–Tsang)", () => {
    for (const k of [0.3, 1, 2.5, 40]) {
      const r = seededRandom(7);
      const xs = Array.from({ length: 40_000 }, () => gamma(r, k));
      // the mean of n Gamma(k) draws has standard error sqrt(k / n)
      expect(Math.abs(mean(xs) - k), `k=${k}`).toBeLessThan(4 * Math.sqrt(k / 40_000));
      expect(Math.abs(variance(xs) / k - 1), `k=${k}`).toBeLessThan(0.06);
      expect(xs.every((x) => x >= 0)).toBe(true);
    }
    expect(() => gamma(seededRandom(1), 0)).toThrow(RangeError);
  });

  it("dirichlet(random, m, c) sums to 1, has mean m and variance m(1 − m)/(c + 1); a zero stays 0; c = ∞ gives m", () => {
    const m = [0.5, 0.3, 0.2, 0];
    const c = 50;
    const r = seededRandom(11);
    const draws = Array.from({ length: 20_000 }, () => dirichlet(r, m, c));
    for (const d of draws) expect(d.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    expect(draws.every((d) => d[3] === 0)).toBe(true);
    for (const k of [0, 1, 2]) {
      const xs = draws.map((d) => d[k]!);
      const expectedVariance = (m[k]! * (1 - m[k]!)) / (c + 1);
      expect(Math.abs(mean(xs) - m[k]!)).toBeLessThan(4 * Math.sqrt(expectedVariance / 20_000));
      expect(Math.abs(variance(xs) / expectedVariance - 1)).toBeLessThan(0.08);
    }
    expect(dirichlet(seededRandom(1), [2, 1, 1], Number.POSITIVE_INFINITY)).toEqual([0.5, 0.25, 0.25]);
    expect(() => dirichlet(seededRandom(1), [0.5, 0.5], 0)).toThrow(RangeError);
    expect(() => dirichlet(seededRandom(1), [0, 0], 10)).toThrow(RangeError);
  });
});
