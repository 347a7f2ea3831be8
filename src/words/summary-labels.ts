import type { Bilingual } from "../types.ts";

/**
 * Labels of a result's summary: the county totals, how the posts were placed, the policy checks (the XLSX
 * summary sheet and the pages' totals and checks). `{n}` is a number of posts.
 * @example SUMMARY_LABELS.toAllocate.zh // "可分配"
 */
export const SUMMARY_LABELS = {
  scenario: { zh: "方案", en: "Scenario" },
  source: { zh: "方案文件", en: "Scenario file" },
  data: { zh: "数据", en: "Data" },
  model: { zh: "编制标准", en: "Staffing standard" },
  postType: { zh: "编制类型", en: "Post type" },
  current: { zh: "现有编制", en: "Posts today" },
  newPosts: { zh: "核定编制", en: "New posts" },
  total: { zh: "新总量", en: "New total" },
  reserve: { zh: "机动编制", en: "Flexible reserve" },
  toAllocate: { zh: "可分配", en: "To allocate" },
  allocated: { zh: "已分配", en: "Allocated" },
  method: { zh: "分配方法", en: "Method" },
  solver: { zh: "求解器", en: "Solver" },
  status: { zh: "状态", en: "Status" },
  proven: { zh: "已证明最优", en: "Optimality proven" },
  deviation: { zh: "偏离合计（名）", en: "Total deviation (posts)" },
  rule: { zh: "规则", en: "Rule" },
  outcome: { zh: "结果", en: "Outcome" },
  message: { zh: "说明", en: "Message" },
  townships: { zh: "涉及乡镇（实际/限值）", en: "Townships (value/limit)" },
  passed: { zh: "通过", en: "passed" },
  failed: { zh: "未通过", en: "failed" },
  notChecked: { zh: "未检查", en: "not checked" },
  yes: { zh: "是", en: "yes" },
  no: { zh: "否", en: "no" },
  conflicts: { zh: "无可行解的原因", en: "Why there is no solution" },
  remedies: {
    zh: "最小调整（任选其一即可求解）",
    en: "Smallest changes (any one of them makes it solvable)",
  },
  checks: { zh: "政策检查", en: "Policy checks" },
  ties: { zh: "并列", en: "Ties" },
  posts: { zh: "{n} 名", en: "{n}" },
} as const satisfies Record<string, Bilingual>;
