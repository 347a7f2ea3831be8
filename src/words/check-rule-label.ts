import type { Bilingual } from "../types.ts";

/**
 * The name of a policy check's rule: the policy's own ids (R2, R3, R8 …) as they are, and the exact-total
 * invariant `sum` as 合计.
 * @example checkRuleLabel("sum").zh // "合计"
 * @example checkRuleLabel("R3").zh  // "R3"
 */
export function checkRuleLabel(rule: string): Bilingual {
  return rule === "sum" ? { zh: "合计", en: "Sum" } : { zh: rule, en: rule };
}
