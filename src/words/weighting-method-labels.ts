import type { Bilingual, WeightingSpec } from "../types.ts";

/**
 * Names of the ways a model's weights are set (R5).
 * @example WEIGHTING_METHOD_LABELS.entropy.zh // "熵权法"
 */
export const WEIGHTING_METHOD_LABELS: Readonly<Record<WeightingSpec["method"], Bilingual>> = {
  manual: { zh: "手工赋权", en: "manual" },
  ahp: { zh: "层次分析法（AHP）", en: "AHP" },
  entropy: { zh: "熵权法", en: "entropy" },
  critic: { zh: "CRITIC 法", en: "CRITIC" },
  combined: { zh: "组合赋权（AHP 与数据赋权）", en: "combined" },
};
