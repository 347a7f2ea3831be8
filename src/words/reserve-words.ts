// Sentences of the flexible reserve's assignment (R6): each rule's statement and the reason of each assigned post.
import type { Bilingual, Category } from "../types.ts";
import { CATEGORY_LABELS } from "./category-labels.ts";
import { fixed } from "./fixed.ts";

/** The reserve's assignment rules, as a scenario names them (`reserve.assign.rule`). */
export type ReserveRuleName = "county" | "furthest-below-target" | "by-category-priority" | "named";

/** Each rule in words, with its tie rule. */
export const RESERVE_RULE_LABELS: Readonly<Record<ReserveRuleName, Bilingual>> = {
  county: { zh: "留在县级统筹使用", en: "kept at county level" },
  "furthest-below-target": {
    zh: "逐名分给距比例份额（份额 × 含机动编制的总量）最远的乡镇，不超过其上限；并列时份额大者优先，再按编号",
    en: "one post at a time to the township furthest below its share of the whole total (share × total incl. the reserve), never past its upper bound; ties: larger share, then id",
  },
  "by-category-priority": {
    zh: "逐名分给仍低于比例份额的最高优先类别（县政府驻地镇、中心镇、重点镇、特色镇、一般乡镇）中距份额最远的乡镇，不超过其上限；各类均已达份额时分给距份额最远者；并列时份额大者优先，再按编号",
    en: "one post at a time, within the highest-priority category (county seat, central, key, characteristic, general) that still has a township below its share of the whole total, to the one furthest below it, never past its upper bound; when none is below, to the one furthest below overall; ties: larger share, then id",
  },
  named: {
    zh: "按方案指定的乡镇和任务分配，其余留在县级",
    en: "to the townships and tasks the scenario names, the rest kept at county level",
  },
};

/**
 * Why reserve post `k` went where it went under `furthest-below-target` or `by-category-priority`.
 * @example reservePostReason({ k: 1, share: 0.0891, total: 521, held: 44, category: "countySeat", byCategory: false }).en
 * // "reserve post 1: 46.42 by its share (8.91% × 521), 44 held, 2.42 below — the furthest below"
 */
export function reservePostReason(input: {
  readonly k: number;
  readonly share: number;
  readonly total: number;
  readonly held: number;
  readonly category: Category;
  /** By category priority: the category was the highest one with a township below its share. */
  readonly byCategory: boolean;
}): Bilingual {
  const due = input.share * input.total;
  const gap = due - input.held;
  const head = {
    zh: `机动编制第 ${input.k} 名：按份额应有 ${fixed(due, 2)} 名（${fixed(input.share * 100, 2)}% × ${input.total}），已有 ${input.held} 名，差 ${fixed(gap, 2)} 名`,
    en: `reserve post ${input.k}: ${fixed(due, 2)} by its share (${fixed(input.share * 100, 2)}% × ${input.total}), ${input.held} held, ${fixed(gap, 2)} below`,
  };
  if (!input.byCategory) return { zh: `${head.zh}，为各乡镇中最远`, en: `${head.en} — the furthest below` };
  const label = CATEGORY_LABELS[input.category];
  return {
    zh: `${head.zh}，${label.zh}是仍低于份额的最高优先类别，该类中最远`,
    en: `${head.en} — ${label.en} is the highest-priority category still below its share, and this is its furthest below`,
  };
}

/** Posts given to a named township for a named task. */
export function namedReserveReason(posts: number, task: string): Bilingual {
  return {
    zh: `机动编制 ${posts} 名：方案指定用于“${task}”`,
    en: `${posts} reserve post${posts === 1 ? "" : "s"}: named by the scenario for "${task}"`,
  };
}

/** What stayed at county level, and why. */
export function keptAtCountyReason(kept: number, rule: ReserveRuleName, full: boolean): Bilingual {
  if (rule === "county") return { zh: `${kept} 名留在县级统筹`, en: `${kept} kept at county level` };
  if (full)
    return {
      zh: `${kept} 名留在县级：各乡镇均已达上限`,
      en: `${kept} kept at county level: every township is at its upper bound`,
    };
  return { zh: `${kept} 名留在县级（未指定乡镇）`, en: `${kept} kept at county level (not named)` };
}

/** The reserve could not be assigned: the post type has no allocation. */
export const RESERVE_NOT_ASSIGNED: Bilingual = {
  zh: "未分配机动编制：该编制类型没有可行的分配",
  en: "reserve not assigned: the post type has no allocation",
};

/** The main reason of a township no step moved: its proportional share as it is. */
export const PROPORTIONAL_SHARE_REASON: Bilingual = { zh: "按比例份额", en: "its proportional share" };

/** The county story's reserve sentence when a rule assigned some of it (a plan). */
export function assignedReserveStorySentence(input: {
  readonly posts: number;
  readonly assigned: number;
  readonly reserveRule: Bilingual;
  readonly rule: Bilingual;
}): Bilingual {
  const kept = input.posts - input.assigned;
  return {
    zh: `机动编制：${input.assigned} 名按规则分到乡镇（${input.rule.zh}），${kept} 名留在县级统筹（${input.reserveRule.zh}）`,
    en: `reserve: ${input.assigned} posts assigned to townships by rule (${input.rule.en}), ${kept} held at county level (${input.reserveRule.en})`,
  };
}
