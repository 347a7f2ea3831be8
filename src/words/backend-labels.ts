import type { Bilingual } from "../types.ts";

/**
 * The engine that placed the posts (see `Backend` in src/allocation/solve.ts): the exact greedy, the exact
 * decomposition of the category ordering (category totals searched exactly, the greedy within them), HiGHS,
 * HiGHS for the category totals with the greedy within them, javascript-lp-solver, or a classical
 * apportionment method.
 */
export type BackendName =
  | "exact"
  | "exact+ordering"
  | "highs"
  | "highs+exact"
  | "jsLpSolver"
  | "apportionment";

/**
 * Names of the engines. The English names are the ones the `--solver` option takes.
 * @example BACKEND_LABELS.exact.zh // "精确贪心算法"
 */
export const BACKEND_LABELS: Readonly<Record<BackendName, Bilingual>> = {
  exact: { zh: "精确贪心算法", en: "exact" },
  "exact+ordering": { zh: "精确分解算法（类别排序）", en: "exact+ordering" },
  highs: { zh: "HiGHS", en: "highs" },
  "highs+exact": { zh: "HiGHS + 精确贪心算法", en: "highs+exact" },
  jsLpSolver: { zh: "javascript-lp-solver", en: "jsLpSolver" },
  apportionment: { zh: "分配方法", en: "apportionment" },
};
