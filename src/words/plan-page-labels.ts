import type { Bilingual } from "../types.ts";

/** Words of the pages for a plan (a scenario file with several post types, `postTypes`). */
export const PLAN_PAGE_LABELS = {
  switchLabel: { zh: "编制类型", en: "Post type" },
  switchNote: {
    zh: "下方的图表、分配表、县域总量和政策检查显示所选编制类型。",
    en: "The chart, the allocation table, the county totals and the policy checks below show the chosen post type.",
  },
  combinedNote: {
    zh: "每类编制：现有、核定（含分到乡镇的机动编制时写作“合计（基本+机动）”）、增减和主要理由，与 quota-planner solve 的综合表相同。",
    en: "Each post type: today, new (written “total (basic+reserve)” when reserve posts were assigned), change and the main reason, as quota-planner solve prints the combined table.",
  },
  reserveTitle: { zh: "{type}：机动编制", en: "{type}: flexible reserve" },
  basicPosts: { zh: "基本编制（分到各乡镇）", en: "Basic posts (allocated to townships)" },
  reservePosts: { zh: "机动编制", en: "Flexible reserve" },
  assigned: { zh: "其中按规则分到乡镇", en: "of which assigned to townships by rule" },
  kept: { zh: "其中留在县级统筹", en: "of which kept at county level" },
  rule: { zh: "分配规则：{rule}", en: "Rule: {rule}" },
  posts: { zh: "{n} 名", en: "{n}" },
  noAllocation: {
    zh: "该编制类型没有可行分配，见下方诊断（选择该类型）。",
    en: "This post type has no allocation: choose it to see the diagnosis below.",
  },
  planOnlyOverview: {
    zh: "“{name}”含多种编制类型（{types}），本页只读取单一编制类型的方案。请在“总览”页查看该方案的综合表、机动编制和合规检查，或选择单一编制类型的方案。",
    en: "“{name}” has several post types ({types}); this page reads a single-type scenario only. See the plan's combined table, reserves and compliance on the Overview page, or choose a single-type scenario.",
  },
} as const satisfies Record<string, Bilingual>;
