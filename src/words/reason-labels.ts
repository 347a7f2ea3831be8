import type { Bilingual } from "../types.ts";

/**
 * The kinds of step from a township's index share to its posts (see `Reason` in src/explain/reasons.ts):
 * category coefficient, the county's renormalisation, floor, band, cap, rebalance, rounding, ordering, apportionment method.
 */
export type ReasonKind =
  | "priority"
  | "renormalisation"
  | "floor"
  | "bandLower"
  | "cap"
  | "bandUpper"
  | "rebalance"
  | "rounding"
  | "ordering"
  | "method";

/**
 * What the "binding constraint" column names: the reason kind of the constraint that moved a township most (a
 * floor, cap or band by at least `BINDING_TOLERANCE`, the ordering, a classical method), or `free` when none did
 * and only the county-wide renormalisation, the others' bounds (rebalance) and rounding moved it.
 */
export type BindingKind =
  | Exclude<ReasonKind, "priority" | "renormalisation" | "rebalance" | "rounding">
  | "free";

/**
 * Names of the reason kinds and of `free`, for the "binding" column and the waterfall.
 * @example REASON_LABELS.floor.zh // "最低编制"
 */
export const REASON_LABELS: Readonly<Record<ReasonKind | BindingKind, Bilingual>> = {
  priority: { zh: "类别系数", en: "priority" },
  renormalisation: { zh: "系数归一", en: "renormalisation" },
  floor: { zh: "最低编制", en: "floor" },
  bandLower: { zh: "稳定区间下限", en: "band (min)" },
  cap: { zh: "上限", en: "cap" },
  bandUpper: { zh: "稳定区间上限", en: "band (max)" },
  rebalance: { zh: "统筹平衡", en: "rebalance" },
  rounding: { zh: "取整", en: "rounding" },
  ordering: { zh: "类别排序", en: "ordering" },
  method: { zh: "分配方法", en: "method" },
  free: { zh: "无约束", en: "free" },
};
