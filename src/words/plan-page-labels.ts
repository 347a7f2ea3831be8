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
    zh: "“{name}”含多种编制类型（{types}），本页只读取单一编制类型的方案。该方案可在以下页面查看：“总览”（综合表、机动编制、合规检查）、“进人与借调”（进人计划与借调）、“过渡路径”（各类型逐年编制）、“机构与类别”、“乡镇说明”（按所选编制类型）；或选择单一编制类型的方案。",
    en: "“{name}” has several post types ({types}); this page reads a single-type scenario only. The plan shows on the Overview (combined table, reserves, compliance), Hiring and lending (its hiring plan and lending), Transition path (each type's path by year), Offices and Township detail (the chosen post type) pages; or choose a single-type scenario.",
  },
  townshipSwitchNote: {
    zh: "下方乡镇的核定编制、理由、指数构成和指标显示所选编制类型。",
    en: "The township's posts, reasons, index and indicators below show the chosen post type.",
  },
  transitionSwitchNote: {
    zh: "下方的过渡设置、逐年图和乡镇逐年表显示所选编制类型；页尾的综合表并列三类编制。",
    en: "The settings, the chart and the township table below show the chosen post type; the combined table at the foot shows every type side by side.",
  },
  shownType: { zh: "所示编制类型：{type}", en: "Post type shown: {type}" },
  transitionCombinedNote: {
    zh: "每类编制：现有→第1年→…→最后一年（未到达时注明目标），及到达目标的年份或受限原因（简写，与上方逐年图相同）。目标为分到乡镇的基本编制，不含按规则分到乡镇的机动编制。",
    en: "Each post type: today→year 1→…→the last year (the target added when it is not reached), and the year it is reached or, in a few words as on the chart above, the limit that stops it. The target is the township's basic posts, without reserve posts assigned to it by rule.",
  },
  transitionPathHeader: { zh: "{type}·逐年编制", en: "{type}: posts by year" },
  transitionArrivesHeader: { zh: "{type}·到达目标", en: "{type}: reaches target" },
  transitionPathSub: { zh: "逐年编制", en: "Posts by year" },
  transitionArrivesSub: { zh: "到达目标", en: "Reaches target" },
  transitionShort: { zh: "{path}（目标 {target}）", en: "{path} (target {target})" },
  transitionTypeNone: { zh: "{type}：{why}", en: "{type}: {why}" },
  transitionTypeInfeasible: {
    zh: "{type}：不可行，无过渡路径（选择该类型查看原因和最小调整）",
    en: "{type}: infeasible, no path (choose the type to see why and the smallest changes)",
  },
  transitionTypeAllArrive: {
    zh: "{type}：可行，{n} 个乡镇均在 {years} 年内到达目标",
    en: "{type}: feasible, all {n} townships reach their target within {years} years",
  },
  transitionTypeSomeStop: {
    zh: "{type}：可行，{n} 个乡镇中 {arrive} 个在 {years} 年内到达目标，{stop} 个未到达：{names}",
    en: "{type}: feasible, {arrive} of {n} townships reach their target within {years} years, {stop} do not: {names}",
  },
  transitionStopped: { zh: "{name}（{why}）", en: "{name} ({why})" },
} as const satisfies Record<string, Bilingual>;
