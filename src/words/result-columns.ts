import type { Bilingual } from "../types.ts";

/**
 * Column headings of allocation tables (text, Markdown, CSV, XLSX, the pages' table).
 * @example RESULT_COLUMNS.allocated.zh // "核定"
 */
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
