import type { Bilingual } from "../types.ts";

/**
 * Sheet names of the allocation workbook (Excel allows at most 31 characters, none of []:*?/\).
 * @example XLSX_SHEET_NAMES.allocation.zh // "分配结果"
 */
export const XLSX_SHEET_NAMES = {
  allocation: { zh: "分配结果", en: "Allocation" },
  summary: { zh: "总量与检查", en: "Totals and checks" },
  input: { zh: "输入数据", en: "Input" },
  settings: { zh: "参数设置", en: "Settings" },
  calculation: { zh: "公式测算", en: "Calculation" },
} as const satisfies Record<string, Bilingual>;
