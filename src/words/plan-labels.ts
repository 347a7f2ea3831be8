import type { Bilingual } from "../types.ts";

/** Headings and column names of a plan's reports (several post types in one run). */
export const PLAN_LABELS = {
  combined: { zh: "综合表（三类编制）", en: "Combined table (every post type)" },
  reserve: {
    zh: "机动编制（基本编制与机动编制分列）",
    en: "Flexible reserve (basic and reserve posts apart)",
  },
  perType: { zh: "分类型明细", en: "Each post type" },
  basic: { zh: "基本", en: "Basic" },
  reservePosts: { zh: "机动", en: "Reserve" },
  newTotal: { zh: "核定", en: "New" },
  current: { zh: "现有", en: "Today" },
  change: { zh: "增减", en: "Change" },
  mainReason: { zh: "主要理由", en: "Main reason" },
  rule: { zh: "规则", en: "Rule" },
  assigned: { zh: "分到乡镇", en: "Assigned" },
  kept: { zh: "留在县级", en: "Kept at county" },
  noAllocation: { zh: "无可行分配", en: "no allocation" },
  files: {
    zh: "方案文件 {scenario}，数据 {data}，标准 {model}。",
    en: "Scenario {scenario}, data {data}, standard {model}.",
  },
} as const satisfies Record<string, Bilingual>;
