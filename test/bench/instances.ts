import type { AllocationProblem, AllocationUnit } from "../../src/allocation/problem.ts";
import { CATEGORIES, type Category } from "../../src/types.ts";

/** Category coefficients of the benchmark counties (as in models/standard.yaml's spirit: seat 1.3 … general 1.0). */
const COEFFICIENTS: Readonly<Record<Category, number>> = {
  countySeat: 1.3,
  central: 1.2,
  key: 1,
  characteristic: 1,
  general: 1,
};

/** Index ranges by category: county seats are the largest townships, general townships the smallest. */
const INDEX_RANGES: Readonly<Record<Category, readonly [number, number]>> = {
  countySeat: [0.7, 1],
  central: [0.45, 0.9],
  key: [0.35, 0.8],
  characteristic: [0.25, 0.7],
  general: [0.2, 0.6],
};

/**
 * A seeded benchmark instance of n townships in counties of 30 (one county seat each): an index within the category's
 * range (INDEX_RANGES), skewed towards the small end (u^1.5), central towns 15 %, key towns 20 %, characteristic 15 %, the rest general; demand =
 * index × category coefficient; total 30 posts a township; today's posts within ±20 % of the target; bounds: the R3
 * floor of 15 or today − 15 %, at most today + 20 %; with `ordering`, the chain of the five categories (posts per
 * unit of index). A linear congruential generator, no Math.random: the same n and seed give the same instance.
 * @example benchInstance(3100, 2, true).units.length // 3100
 */
export function benchInstance(n: number, seed: number, ordering: boolean): AllocationProblem {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const rows = Array.from({ length: n }, (_, j) => {
    const u = next();
    const category: Category =
      j % 30 === 0
        ? "countySeat"
        : u < 0.15
          ? "central"
          : u < 0.35
            ? "key"
            : u < 0.5
              ? "characteristic"
              : "general";
    const [from, to] = INDEX_RANGES[category];
    const index = from + (to - from) * next() ** 1.5;
    return { category, index, demand: index * COEFFICIENTS[category], spread: next() };
  });
  const total = 30 * n;
  const demandSum = rows.reduce((s, r) => s + r.demand, 0);
  const units: AllocationUnit[] = rows.map((r, j) => {
    const target = (total * r.demand) / demandSum;
    const today = Math.max(1, Math.round(target * (0.8 + 0.4 * r.spread)));
    const lower = Math.max(15, Math.ceil(today * 0.85));
    const upper = Math.max(lower, Math.floor(today * 1.2));
    return {
      id: `T${String(j + 1).padStart(5, "0")}`,
      category: r.category,
      target,
      weight: r.index,
      lower,
      upper,
      lowerParts: { rule: 15, band: Math.ceil(today * 0.85) },
      upperParts: { band: upper },
    };
  });
  const chain = CATEGORIES.filter((c) => units.some((u) => u.category === c));
  const pairs = chain.slice(0, -1).map((higher, k) => ({ higher, lower: chain[k + 1]! }));
  return { total, units, ordering: ordering ? pairs : [] };
}
