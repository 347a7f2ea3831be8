import type { AllocationMethod, Bilingual } from "../types.ts";

/**
 * Display names of the allocation methods: the LP (one wording everywhere: reports, XLSX, pages) and the
 * classical apportionment methods with their other names.
 * @example METHOD_LABELS.lp.zh      // "线性规划（偏离比例目标最小）"
 * @example METHOD_LABELS.webster.en // "Webster (Sainte-Laguë)"
 */
export const METHOD_LABELS: Readonly<Record<AllocationMethod, Bilingual>> = {
  lp: { zh: "线性规划（偏离比例目标最小）", en: "Linear programme (least deviation from the targets)" },
  hamilton: { zh: "汉密尔顿法（最大余数法）", en: "Hamilton (largest remainder)" },
  jefferson: { zh: "杰斐逊法（洪德法）", en: "Jefferson (D'Hondt)" },
  webster: { zh: "韦伯斯特法（圣拉古法）", en: "Webster (Sainte-Laguë)" },
  adams: { zh: "亚当斯法", en: "Adams" },
  dean: { zh: "迪恩法（调和平均）", en: "Dean (harmonic mean)" },
  "huntington-hill": { zh: "亨廷顿-希尔法（等比例法）", en: "Huntington-Hill (equal proportions)" },
};

/** The classical apportionment methods' display names: `METHOD_LABELS` without the LP (the same texts). */
export const APPORTION_METHOD_LABELS: Readonly<Record<Exclude<AllocationMethod, "lp">, Bilingual>> =
  METHOD_LABELS;

/**
 * The located error when a scenario switches the category ordering on with a classical method (which honours floors,
 * caps and the band only).
 * @example orderingNeedsLpMessage("hamilton").en // "category ordering works only with method: lp; the hamilton method honours floors, caps and the band only"
 */
export function orderingNeedsLpMessage(method: Exclude<AllocationMethod, "lp">): Bilingual {
  return {
    zh: `类别排序约束只能与${METHOD_LABELS.lp.zh}（method: lp）同用；${METHOD_LABELS[method].zh}只遵守最低编制、上限和稳定区间`,
    en: `category ordering works only with method: lp; the ${method} method honours floors, caps and the band only`,
  };
}
