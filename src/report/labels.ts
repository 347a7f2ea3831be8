import type { Reason } from "../explain/reasons.ts";
import type { Bilingual, Lang } from "../types.ts";

/** Column headings of allocation tables, in both languages. */
export const RESULT_COLUMNS = {
  id: { zh: "编号", en: "ID" },
  name: { zh: "乡镇", en: "Township" },
  category: { zh: "类别", en: "Category" },
  current: { zh: "现有", en: "Today" },
  index: { zh: "指数", en: "Index" },
  target: { zh: "比例目标", en: "Target" },
  allocated: { zh: "核定", en: "New" },
  change: { zh: "增减", en: "Change" },
  binding: { zh: "主要约束", en: "Binding" },
  reasons: { zh: "理由", en: "Reasons" },
} as const satisfies Record<string, Bilingual>;

/** Names of reason kinds, for the "binding" column. */
export const REASON_LABELS: Readonly<Record<Reason["kind"], Bilingual>> = {
  priority: { zh: "类别系数", en: "priority" },
  floor: { zh: "最低编制", en: "floor" },
  bandLower: { zh: "稳定区间下限", en: "band (min)" },
  cap: { zh: "上限", en: "cap" },
  bandUpper: { zh: "稳定区间上限", en: "band (max)" },
  rebalance: { zh: "统筹平衡", en: "rebalance" },
  rounding: { zh: "取整", en: "rounding" },
  ordering: { zh: "类别排序", en: "ordering" },
  method: { zh: "分配方法", en: "method" },
};

/** Picks one language of a Bilingual. */
export function t(text: Bilingual, lang: Lang): string {
  return text[lang];
}

/** A number with at most `digits` decimals, no trailing zeros. */
export function fixed(value: number, digits = 2): string {
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}

/** A signed whole number: "+3", "−2", "0". */
export function signedInt(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : "0";
}
