import type { Bilingual } from "../types.ts";

/**
 * Whether the solver proved the allocation optimal, in words.
 * @example provenOptimalLabel(true).zh  // "已证明最优"
 * @example provenOptimalLabel(false).en // "optimality not proven"
 */
export function provenOptimalLabel(proven: boolean): Bilingual {
  return proven
    ? { zh: "已证明最优", en: "optimality proven" }
    : { zh: "未证明最优", en: "optimality not proven" };
}
