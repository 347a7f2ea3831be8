// Every word of the multi-year transition path (R12): labels, the rule of the year totals, diagnoses and remedies.
import type { Bilingual } from "../types.ts";
import { fixed } from "./fixed.ts";

/**
 * Labels of the transition path's tables, chart and check.
 * @example TRANSITION_LABELS.title.zh // "过渡路径"
 */
export const TRANSITION_LABELS = {
  title: { zh: "过渡路径", en: "Transition path" },
  year: { zh: "第{y}年", en: "Year {y}" },
  yearHeader: { zh: "年度", en: "Year" },
  yearTotal: { zh: "年度总量", en: "Year total" },
  allocated: { zh: "分配合计", en: "Allocated" },
  gained: { zh: "增加", en: "Gained" },
  cut: { zh: "减少", en: "Cut" },
  check: { zh: "核对", en: "Check" },
  today: { zh: "现有", en: "Today" },
  target: { zh: "目标", en: "Target" },
  limit: { zh: "每年上限", en: "Limit per year" },
  noLimit: { zh: "不限", en: "none" },
  arrives: { zh: "到达目标", en: "Reaches target" },
  arrivesIn: { zh: "第{y}年", en: "year {y}" },
  already: { zh: "已在目标", en: "already there" },
  notArriving: { zh: "未到达", en: "does not arrive" },
  stoppedBy: { zh: "受限于", en: "Stopped by" },
  shortBy: { zh: "差距", en: "Short by" },
  yearsNeeded: { zh: "按上限需几年", en: "Years needed at the limit" },
  years: { zh: "年数", en: "Years" },
  noCuts: { zh: "不削减", en: "No cuts" },
  maxChangePerYear: { zh: "每年最多变动（名）", en: "Most change per year (posts)" },
  maxChangeShare: { zh: "每年最多变动（占现有比例）", en: "Most change per year (share of today)" },
  totalsRule: { zh: "年度总量规则", en: "Year totals" },
  objective: { zh: "每年的目标", en: "Each year minimises" },
  status: { zh: "状态", en: "Status" },
  feasible: { zh: "可行", en: "feasible" },
  infeasible: { zh: "不可行", en: "infeasible" },
  conflicts: { zh: "无法完成的原因", en: "Why there is no path" },
  remedies: { zh: "最小调整（任选其一即可）", en: "Smallest changes (any one makes it feasible)" },
  township: { zh: "乡镇", en: "Township" },
  id: { zh: "编号", en: "ID" },
  noBlock: {
    zh: "方案没有过渡路径设置（在方案文件中加入 transition 块）",
    en: "the scenario has no transition block (add transition: to the scenario file)",
  },
  typeNoTarget: {
    zh: "此编制类型无可行分配，无法计算其过渡路径",
    en: "this post type has no feasible allocation, so it has no transition path",
  },
  postType: { zh: "编制类型", en: "Post type" },
  noTarget: {
    zh: "方案无可行分配，无法计算过渡路径",
    en: "the scenario has no feasible allocation, so there is no transition path",
  },
  chartHint: {
    zh: "每条线为一个乡镇从现有到目标（横线）的逐年编制；红色为未到达目标的乡镇",
    en: "each line is a township's posts by year, from today to its target (the dash); red: does not arrive",
  },
  yes: { zh: "是", en: "yes" },
  no: { zh: "否", en: "no" },
} as const satisfies Record<string, Bilingual>;

/**
 * Why a township does not arrive.
 * @example TRANSITION_STOP_LABELS.changeLimit.en // "the change limit per year"
 */
export const TRANSITION_STOP_LABELS = {
  changeLimit: { zh: "每年变动上限", en: "the change limit per year" },
  noCuts: {
    zh: "不削减（高于目标的乡镇保持现有编制）",
    en: "no cuts (a township above target keeps today's posts)",
  },
  floor: { zh: "最低编制", en: "the floor" },
  yearTotal: {
    zh: "年度总量（可用编制不足或被其他乡镇占用）",
    en: "the year totals (no posts to spare, or held by other townships)",
  },
} as const satisfies Record<string, Bilingual>;

/**
 * Why a township does not arrive, in a few words (the chart's panels).
 * @example TRANSITION_STOP_SHORT.yearTotal.zh // "年度总量"
 */
export const TRANSITION_STOP_SHORT = {
  changeLimit: { zh: "每年变动上限", en: "change limit" },
  noCuts: { zh: "不削减", en: "no cuts" },
  floor: { zh: "最低编制", en: "floor" },
  yearTotal: { zh: "年度总量", en: "year totals" },
} as const satisfies Record<string, Bilingual>;

/**
 * What each year of the path minimises.
 * @example TRANSITION_OBJECTIVE.en.startsWith("each year") // true
 */
export const TRANSITION_OBJECTIVE: Bilingual = {
  zh: "逐年使各乡镇与目标的偏离合计 Σ|当年−目标| 最小（并列时按 Σ(当年−目标)²/目标，再按乡镇顺序），同时保证以后各年仍可完成；每个乡镇只朝目标单向调整",
  en: "each year in turn, least Σ |posts − target| (ties by least Σ (posts − target)²/target, then township order), keeping the later years feasible; every township moves one way, toward its target",
};

/**
 * How the year totals were set.
 * @example yearTotalsRule(false, 511, 521, 3).en // "linear from today's 511 to 521 over 3 years, each rounded to the nearest post (a half away from today's)"
 */
export function yearTotalsRule(given: boolean, today: number, target: number, years: number): Bilingual {
  if (given) return { zh: "方案给定各年总量", en: "year totals given by the scenario" };
  return {
    zh: `由现有 ${today} 名到 ${target} 名分 ${years} 年线性过渡，各年四舍五入到整名（恰为半名时向目标取整）`,
    en: `linear from today's ${today} to ${target} over ${years} years, each rounded to the nearest post (a half away from today's)`,
  };
}

const list = (names: readonly string[], lang: "zh" | "en") =>
  names.length === 0 ? "" : lang === "zh" ? `（${names.join("、")}）` : ` (${names.join(", ")})`;

/** The diagnoses of an infeasible path. */
export const TRANSITION_CONFLICT_MESSAGES = {
  /** A township below its floor today that its yearly limit cannot lift in year 1. */
  floorBeyondLimit: (names: readonly string[], need: number, limit: number): Bilingual => ({
    zh: `第1年即须达到最低编制，有乡镇需增加 ${need} 名，超过每年变动上限 ${limit} 名${list(names, "zh")}`,
    en: `in year 1 a township must reach its floor, a gain of ${need}, beyond the limit of ${limit} a year${list(names, "en")}`,
  }),
  aboveReach: (year: number, total: number, most: number, names: readonly string[]): Bilingual => ({
    zh: `第${year}年总量 ${total} 名，按每年变动上限各乡镇到那时至多达到 ${most} 名，差 ${total - most} 名${list(names, "zh")}`,
    en: `year ${year}'s total is ${total}, but within the yearly limits the townships reach at most ${most} by then, ${total - most} short${list(names, "en")}`,
  }),
  belowReach: (
    year: number,
    total: number,
    least: number,
    names: readonly string[],
    noCuts: boolean,
  ): Bilingual => ({
    zh: `第${year}年总量 ${total} 名，但各乡镇到那时至少保有 ${least} 名（${noCuts ? "不削减" : "每年削减有上限"}），多 ${least - total} 名${list(names, "zh")}`,
    en: `year ${year}'s total is ${total}, but the townships hold at least ${least} by then (${noCuts ? "no cuts" : "cuts are limited per year"}), ${least - total} too many${list(names, "en")}`,
  }),
  path: (year: number, total: number, previous: number): Bilingual => ({
    zh: `第${year}年总量 ${total} 名（上一年 ${previous} 名）无法在单向调整和每年变动上限下接续完成`,
    en: `year ${year}'s total of ${total} (the year before: ${previous}) cannot follow on within the yearly limits with every township moving one way`,
  }),
};

/**
 * A remedy: the smallest change of one setting that makes the path feasible.
 * @example transitionRemedyMessage("maxChangePerYear", 2, 3).zh // "每年最多变动由 2 名调为 3 名"
 */
export function transitionRemedyMessage(
  setting: "maxChangePerYear" | "maxChangeShare" | "years" | "noCuts" | "yearTotals",
  from: number | boolean | string,
  to: number | boolean | string,
): Bilingual {
  switch (setting) {
    case "maxChangePerYear":
      return {
        zh: `每年最多变动由 ${from} 名调为 ${to} 名`,
        en: `raise the change limit from ${from} to ${to} posts a year`,
      };
    case "maxChangeShare":
      return {
        zh: `每年最多变动比例由 ${fixed(Number(from) * 100)}% 调为 ${fixed(Number(to) * 100)}%`,
        en: `raise the change limit from ${fixed(Number(from) * 100)}% to ${fixed(Number(to) * 100)}% of today's posts a year`,
      };
    case "years":
      return { zh: `过渡年数由 ${from} 年延长为 ${to} 年`, en: `take ${to} years instead of ${from}` };
    case "noCuts":
      return { zh: "允许削减高于目标的乡镇", en: "allow cuts to townships above their target" };
    case "yearTotals":
      return { zh: "改用线性过渡的年度总量", en: "use the linear year totals instead of the given ones" };
  }
}

/**
 * A transition block's `yearTotals` with the wrong number of entries.
 * @example yearTotalsLengthMessage(3, 2).en // "one total per year is needed: 3 years, found 2 totals"
 */
export function yearTotalsLengthMessage(years: number, found: number): Bilingual {
  return {
    zh: `每年应给一个总量：共 ${years} 年，实有 ${found} 个`,
    en: `one total per year is needed: ${years} years, found ${found} totals`,
  };
}

/** The R12 check's sentences. */
export const TRANSITION_CHECK_MESSAGES = {
  passed: (years: number, arriving: number, townships: number): Bilingual => ({
    zh: `过渡路径 ${years} 年：各年合计准确、每年变动不超上限、不低于最低编制、单向调整；${arriving}/${townships} 个乡镇到达目标，其余已注明受限原因`,
    en: `transition over ${years} years: every year sums exactly, within the yearly limits and floors, one way per township; ${arriving} of ${townships} townships reach their target, the others name the limit`,
  }),
  broken: (count: number): Bilingual => ({
    zh: `过渡路径有 ${count} 处不符合（合计、上限、最低编制或单向调整）`,
    en: `the transition path breaks its rules in ${count} places (sums, limits, floors or one-way moves)`,
  }),
  infeasible: (reason: string, reasonEn: string): Bilingual => ({
    zh: `过渡路径不可行：${reason}`,
    en: `no transition path: ${reasonEn}`,
  }),
};
