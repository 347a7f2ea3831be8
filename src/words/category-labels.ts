import type { Bilingual, Category } from "../types.ts";

/**
 * Display names of the township categories (R1), as the county writes them.
 * @example CATEGORY_LABELS.countySeat.zh // "县政府驻地镇"
 */
export const CATEGORY_LABELS: Readonly<Record<Category, Bilingual>> = {
  countySeat: { zh: "县政府驻地镇", en: "County seat" },
  central: { zh: "中心镇", en: "Central town" },
  key: { zh: "重点镇", en: "Key town" },
  characteristic: { zh: "特色镇", en: "Characteristic town" },
  general: { zh: "一般乡镇", en: "General township" },
};
