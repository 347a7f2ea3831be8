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

/** Chinese names of the five categories as a county table writes them. */
const CATEGORY_NAMES_ZH: Readonly<Record<Category, string>> = {
  countySeat: "县政府驻地镇",
  central: "中心镇",
  key: "重点镇",
  characteristic: "特色镇",
  general: "一般乡镇",
};

/**
 * A seeded county table (CSV text, Chinese headers) of n townships for the whole-run benchmarks and the province
 * tests: counties of 30 townships (县0001, 县0002, …; the first of each its county seat), with `counties` a 所属县
 * column, without it one county (only the first township its seat, the other seats central towns). Population
 * 8,000–68,000 (seats 150,000–400,000), area 40–440 km², GDP 2–8 万元 a person, revenue 4–10 % of GDP, location
 * 0–10, key projects 0–9, today's admin posts 15–40 (seats 40–60), institution posts 1.5× those, staff lent out 0–2.
 * The same n, seed and options give the same bytes.
 * @example benchCountyTable(60, 1, { counties: true }).split("\n")[0] // "编号,乡镇名称,乡镇类别,所属县,人口,…"
 */
export function benchCountyTable(n: number, seed: number, options: { readonly counties: boolean }): string {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const header = [
    "编号",
    "乡镇名称",
    "乡镇类别",
    ...(options.counties ? ["所属县"] : []),
    "人口",
    "幅员面积",
    "地区生产总值",
    "一般公共预算收入",
    "区位得分",
    "重点产业项目数",
    "行政编制",
    "事业编制",
    "借出人员",
  ];
  const lines = [header.join(",")];
  for (let j = 0; j < n; j++) {
    const u = next();
    const seat = j % 30 === 0 && (options.counties || j === 0);
    const category: Category = seat
      ? "countySeat"
      : j % 30 === 0 || u < 0.15
        ? "central"
        : u < 0.35
          ? "key"
          : u < 0.5
            ? "characteristic"
            : "general";
    const population = Math.round(seat ? 150000 + 250000 * next() : 8000 + 60000 * next() ** 1.5);
    const area = Math.round((40 + 400 * next()) * 10) / 10;
    const gdp = Math.round(population * (2 + 6 * next()));
    const revenue = Math.round(gdp * (0.04 + 0.06 * next()));
    const location = seat ? 10 : Math.round(next() * 100) / 10;
    const projects = Math.floor(next() * 10);
    const admin = seat ? 40 + Math.floor(20 * next()) : 15 + Math.floor(25 * next());
    const county = `县${String(Math.floor(j / 30) + 1).padStart(4, "0")}`;
    lines.push(
      [
        `T${String(j + 1).padStart(5, "0")}`,
        `${options.counties ? county : ""}乡镇${j + 1}`,
        CATEGORY_NAMES_ZH[category],
        ...(options.counties ? [county] : []),
        population,
        area,
        gdp,
        revenue,
        location,
        projects,
        admin,
        Math.round(admin * 1.5),
        Math.floor(next() * 3),
      ].join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}
