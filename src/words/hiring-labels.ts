import type { Bilingual } from "../types.ts";
import { fixed } from "./fixed.ts";

/**
 * Why a township got the recruits it got in the hiring plan (R7), as data; `hiringReasonText` says it in words.
 * Usages and targets are shares (0.95), weights the category weight of its shortfall.
 */
export type HiringReason =
  | { readonly code: "no-posts" }
  | { readonly code: "no-vacancy"; readonly staff: number; readonly posts: number }
  | { readonly code: "at-target"; readonly usage: number; readonly target: number }
  | { readonly code: "reaches-target"; readonly recruits: number; readonly target: number }
  | {
      readonly code: "part-of-need";
      readonly recruits: number;
      readonly need: number;
      readonly weight: number;
      readonly target: number;
    }
  | {
      readonly code: "none-this-year";
      readonly need: number;
      readonly weight: number;
      readonly target: number;
    }
  | { readonly code: "beyond-target"; readonly extra: number; readonly target: number }
  | { readonly code: "tie-given"; readonly others: readonly string[] }
  | { readonly code: "tie-not-given"; readonly others: readonly string[] };

const pct = (share: number): string => `${fixed(share * 100, 1)}%`;

/**
 * One hiring reason in both languages.
 * @example hiringReasonText({ code: "reaches-target", recruits: 4, target: 0.95 }).zh // "进 4 人，使用率达到 95%"
 */
export function hiringReasonText(reason: HiringReason): Bilingual {
  switch (reason.code) {
    case "no-posts":
      return { zh: "没有编制，不计使用率", en: "no posts: no usage rate" };
    case "no-vacancy":
      return {
        zh: `无空编（在编 ${reason.staff} 人，编制 ${reason.posts} 名）`,
        en: `no vacancy (${reason.staff} staff in ${reason.posts} posts)`,
      };
    case "at-target":
      return {
        zh: `使用率 ${pct(reason.usage)}，已达 ${pct(reason.target)}，先保证未达标的乡镇`,
        en: `usage ${pct(reason.usage)} already at ${pct(reason.target)}: townships below it come first`,
      };
    case "reaches-target":
      return {
        zh: `进 ${reason.recruits} 人，使用率达到 ${pct(reason.target)}`,
        en: `${reason.recruits} recruits bring usage to ${pct(reason.target)}`,
      };
    case "part-of-need":
      return {
        zh: `进 ${reason.recruits} 人，距 ${pct(reason.target)} 尚差 ${reason.need - reason.recruits} 人：计划名额按类别权重（${fixed(reason.weight)}）和差距分完`,
        en: `${reason.recruits} recruits, ${reason.need - reason.recruits} short of ${pct(reason.target)}: the quota ran out, shared by category weight (${fixed(reason.weight)}) and gap`,
      };
    case "none-this-year":
      return {
        zh: `差 ${reason.need} 人达到 ${pct(reason.target)}，本年未获名额：名额先给加权差距更大的乡镇（类别权重 ${fixed(reason.weight)}）`,
        en: `${reason.need} short of ${pct(reason.target)}, none this year: the quota went to larger weighted gaps first (category weight ${fixed(reason.weight)})`,
      };
    case "beyond-target":
      return {
        zh: `计划名额超过各乡镇达到 ${pct(reason.target)} 所需，另进 ${reason.extra} 人填补空编`,
        en: `the quota exceeds what ${pct(reason.target)} needs everywhere: ${reason.extra} more fill vacancies`,
      };
    case "tie-given":
      return {
        zh: `最后名额与 ${reason.others.join("、")} 并列，按并列规则（类别优先、使用率低者优先、编号）给了本乡镇`,
        en: `the last recruit tied with ${reason.others.join(", ")}; the tie rule (category, then lower usage, then id) gave it here`,
      };
    case "tie-not-given":
      return {
        zh: `最后名额与 ${reason.others.join("、")} 并列，按并列规则（类别优先、使用率低者优先、编号）未给本乡镇`,
        en: `the last recruit tied with ${reason.others.join(", ")}; the tie rule (category, then lower usage, then id) gave it there`,
      };
  }
}

/**
 * Labels of the hiring plan and the lending table (R7, R8): table heads, summary lines, the page's words.
 * `{n}` a count, `{share}` a percentage as text.
 * @example HIRING_LABELS.recruits.zh // "进人"
 */
export const HIRING_LABELS = {
  title: { zh: "用编进人计划", en: "Hiring plan" },
  lendingTitle: { zh: "借调人员", en: "Staff lent out" },
  pageTitle: { zh: "用编进人与借调", en: "Hiring and lending" },
  id: { zh: "编号", en: "ID" },
  name: { zh: "乡镇", en: "Township" },
  category: { zh: "类别", en: "Category" },
  weight: { zh: "类别权重", en: "Weight" },
  posts: { zh: "编制（行政+事业）", en: "Posts (admin + inst.)" },
  staff: { zh: "在编", en: "Staff" },
  vacancies: { zh: "空编", en: "Vacancies" },
  need: { zh: "达标需进", en: "Needed" },
  recruits: { zh: "进人", en: "Recruits" },
  usageBefore: { zh: "使用率（前）", en: "Usage before" },
  usageAfter: { zh: "使用率（后）", en: "Usage after" },
  years: { zh: "按此进度达标", en: "Years to target" },
  reasons: { zh: "说明", en: "Reasons" },
  reached: { zh: "已达标", en: "reached" },
  never: { zh: "按此进度不能达标", en: "never at this pace" },
  yearsN: { zh: "{n} 年", en: "{n} yr" },
  lent: { zh: "借出", en: "Lent out" },
  lentShare: { zh: "借出占编制", en: "Share lent" },
  allowed: { zh: "可借出（5%）", en: "Allowed (5%)" },
  callBack: { zh: "应召回", en: "Call back" },
  noFigure: { zh: "未填", en: "no figure" },
  institutionMissing: {
    zh: "缺事业编制数，按行政编制计",
    en: "no institution posts figure: admin posts only",
  },
  summary: {
    zh: "进人计划 {quota} 名，已安排 {placed} 名，未能安排 {unplaced} 名（空编合计 {vacancies} 名）；目标使用率 {target}；使用率低于目标的乡镇 {before} 个 → {after} 个",
    en: "hiring quota {quota}: {placed} placed, {unplaced} left unplaced (vacancies in all {vacancies}); target usage {target}; townships below it {before} → {after}",
  },
  objective: {
    zh: "目标函数：先使 Σ 权重×（低于目标的人数）² 最小（现为 {shortfall}），再使 Σ 权重×（剩余空编）² 最小（现为 {fill}）",
    en: "objective: first minimise Σ weight × (staff below the target)² (now {shortfall}), then Σ weight × (vacancies left)² (now {fill})",
  },
  postsAllocated: {
    zh: "编制口径：行政编制+事业编制，{type}取本方案核定数，另一类取现有数；机动编制不计入乡镇",
    en: "posts counted: admin + institution — {type}: the scenario's new posts, the other type as today; the flexible reserve is not a township's",
  },
  postsPlan: {
    zh: "编制口径：行政编制+事业编制，均取本方案核定的基本编制（同一方案的两类分配）；机动编制不计入乡镇",
    en: "posts counted: admin + institution, both the plan's new basic posts (the two allocations of this file); the flexible reserve is not a township's",
  },
  postsToday: {
    zh: "编制口径：行政编制+事业编制，均取现有数（{why}）",
    en: "posts counted: admin + institution, both as today ({why})",
  },
  whyLeader: { zh: "本方案分配科级领导职数", en: "the scenario allocates leader posts" },
  whyNoAllocation: { zh: "本方案没有可行分配", en: "the scenario has no allocation" },
  paceNote: {
    zh: "达标年数：每年按本年进人数进人、编制和在编人数其余不变时所需的年数",
    en: "years to target: at this year's recruits every year, posts and staff otherwise unchanged",
  },
  tieNote: {
    zh: "最后名额并列：{given} 得到，{notGiven} 未得到（并列规则：类别优先、使用率低者优先、编号）",
    en: "the last recruits tied: {given} got them, {notGiven} did not (tie rule: category, then lower usage, then id)",
  },
  notPlanned: { zh: "未编制进人计划：{why}", en: "no hiring plan: {why}" },
  noBlock: {
    zh: "方案没有 hiring 块（进人计划名额 quota）",
    en: "the scenario has no hiring block (hiring.quota)",
  },
  noStaffColumn: { zh: "数据表没有在编人数列", en: "the table has no staff-in-post column" },
  staffColumnEmpty: {
    zh: "数据表的在编人数列没有填写",
    en: "the staff-in-post column is empty",
  },
  notInPlan: {
    zh: "未列入计划（缺{what}）：{names}",
    en: "not in the plan (no {what} figure): {names}",
  },
  staffWord: { zh: "在编人数", en: "staff in post" },
  institutionWord: { zh: "事业编制数", en: "institution posts" },
  lendingSummary: {
    zh: "全县借出 {lent} 人，占编制 {posts} 名的 {share}；{over} 个乡镇超过 {max}，合计应召回 {callBack} 人",
    en: "the county lends out {lent} of {posts} posts ({share}); {over} townships over {max}, {callBack} to call back in all",
  },
  lendingPosts: {
    zh: "编制口径：现有行政编制+事业编制（与 R8 检查相同）；应召回 = 使借出不超过编制 5% 的最少人数",
    en: "posts counted: today's admin + institution posts (as the R8 check); call back = the fewest that bring lending to at most 5 % of posts",
  },
  lendingNotChecked: { zh: "借调：未检查——{why}", en: "lending: not checked — {why}" },
  noLentColumn: { zh: "数据表没有借出人员列", en: "the table has no staff-lent-out column" },
  lentColumnEmpty: { zh: "数据表的借出人员列没有填写", en: "the staff-lent-out column is empty" },
  lendingMissing: { zh: "借出人员未填：{names}", en: "no staff-lent-out figure: {names}" },
  noneOver: { zh: "没有乡镇超过 5%", en: "no township over 5 %" },
  county: { zh: "全县", en: "County" },
  oneScenario: { zh: "hiring 需要一个方案文件", en: "hiring takes one scenario file" },
  chartTitle: {
    zh: "各乡镇使用率（进人前后）与 95% 目标线",
    en: "Usage per township before and after, and the 95 % line",
  },
  usage: { zh: "使用率", en: "Usage rate" },
  chartBefore: { zh: "进人前", en: "before" },
  chartAfter: { zh: "进人后", en: "after" },
  chartTarget: { zh: "目标", en: "target" },
} as const satisfies Record<string, Bilingual>;

/**
 * Messages of the R7 and R8 policy checks made from the hiring plan and the lending report.
 * @example HIRING_CHECK_LABELS.r7Passed.en // "the hiring plan respects the quota and every vacancy, and moves each township toward {target} usage ({placed} placed; below {target}: {before} → {after} townships)"
 */
export const HIRING_CHECK_LABELS = {
  r7Passed: {
    zh: "进人计划不超过名额和各乡镇空编，各乡镇使用率向 {target} 靠拢（安排 {placed} 人；低于 {target} 的乡镇 {before} 个 → {after} 个）",
    en: "the hiring plan respects the quota and every vacancy, and moves each township toward {target} usage ({placed} placed; below {target}: {before} → {after} townships)",
  },
  r7Failed: {
    zh: "进人计划有 {n} 个乡镇不符合：超过空编，或已达 {target} 却在未达标乡镇之前进人，或合计超过名额",
    en: "the hiring plan breaks R7 in {n} townships: beyond vacancies, or recruits above {target} while others are below it, or over the quota",
  },
  r7OverQuota: {
    zh: "进人合计 {placed} 人，超过计划名额 {quota} 人",
    en: "{placed} recruits placed, more than the quota of {quota}",
  },
  r7NotChecked: { zh: "R7：未检查——{why}", en: "R7: not checked — {why}" },
  r8Passed: {
    zh: "各乡镇借出人员均未超过编制总数的 5%（全县借出 {lent} 人，占 {share}）",
    en: "no township lends out more than 5 % of its posts (the county lends {lent}, {share})",
  },
  r8Failed: {
    zh: "{n} 个乡镇借出人员超过编制总数的 5%（按现有行政+事业编制），合计应召回 {callBack} 人",
    en: "{n} townships lend out more than 5 % of their posts (today's admin + institution posts); {callBack} to call back in all",
  },
  r8NotChecked: { zh: "R8：未检查——{why}", en: "R8: not checked — {why}" },
} as const satisfies Record<string, Bilingual>;
