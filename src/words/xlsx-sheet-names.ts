import type { Bilingual } from "../types.ts";

/**
 * Sheet names of the allocation workbook (Excel allows at most 31 characters, none of []:*?/\).
 * @example XLSX_SHEET_NAMES.allocation.zh // "分配结果"
 */
export const XLSX_SHEET_NAMES = {
  allocation: { zh: "分配结果", en: "Allocation" },
  summary: { zh: "总量与检查", en: "Totals and checks" },
} as const satisfies Record<string, Bilingual>;
