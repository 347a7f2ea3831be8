import type { Bilingual, Category } from "../types.ts";
import { CATEGORY_LABELS } from "./category-labels.ts";
import { fixed } from "./fixed.ts";
import { signedFixed } from "./signed-fixed.ts";

/** Posts of one category in a county-level sentence. */
export interface CategoryPosts {
  readonly category: Category;
  /** Posts, fractional, signed (− gives up, + gains). */
  readonly posts: number;
}

function names(list: readonly string[], lang: "zh" | "en"): string {
  const shown = list.slice(0, 5);
  if (lang === "zh")
    return list.length <= 5 ? shown.join("、") : `${shown.join("、")}等 ${list.length} 个乡镇`;
  return list.length <= 5 ? shown.join(", ") : `${shown.join(", ")} and ${list.length - 5} more`;
}

function byCategory(parts: readonly CategoryPosts[], lang: "zh" | "en"): string {
  return parts
    .map((p) => `${CATEGORY_LABELS[p.category][lang]} ${signedFixed(p.posts)}`)
    .join(lang === "zh" ? "、" : ", ");
}

/**
 * What the floors cost: how many townships sit at their floor and how many posts above their targets that takes.
 * @example floorsStorySentence({ count: 10, floors: [15], posts: 27.9, names: ["高坪乡"] }).zh
 * // "最低编制：10 个乡镇按最低编制 15 名，比其比例目标多占 27.9 名（高坪乡）"
 */
export function floorsStorySentence(input: {
  readonly count: number;
  readonly floors: readonly number[];
  readonly posts: number;
  readonly names: readonly string[];
}): Bilingual {
  const floors = input.floors.join("/");
  return {
    zh: `最低编制：${input.count} 个乡镇按最低编制 ${floors} 名，比其比例目标多占 ${fixed(input.posts)} 名（${names(input.names, "zh")}）`,
    en: `floors: ${input.count} township${input.count === 1 ? "" : "s"} held at the floor of ${floors} take ${fixed(input.posts)} posts more than their proportional targets (${names(input.names, "en")})`,
  };
}

/**
 * Who pays for the posts the bounds took (or who receives what they left): the townships not held at a bound, in
 * proportion to their targets, by category.
 * @example paidByStorySentence({ count: 15, posts: 27.9, byCategory: [{ category: "central", posts: -5.2 }] }).zh
 * // "其余 15 个乡镇按比例目标让出 27.9 名（中心镇 −5.2）"
 */
export function paidByStorySentence(input: {
  readonly count: number;
  /** Posts the bounds took net (> 0: the others give them up; < 0: the others receive them). */
  readonly posts: number;
  readonly byCategory: readonly CategoryPosts[];
}): Bilingual {
  const give = input.posts > 0;
  return {
    zh: `其余 ${input.count} 个乡镇按比例目标${give ? "让出" : "多得"} ${fixed(Math.abs(input.posts))} 名（${byCategory(input.byCategory, "zh")}）`,
    en: `the other ${input.count} township${input.count === 1 ? "" : "s"} ${give ? "give up" : "receive"} ${fixed(Math.abs(input.posts))} posts in proportion to their targets (${byCategory(input.byCategory, "en")})`,
  };
}

/**
 * What the stability band holds back: posts it keeps from being cut (lifted above the target) and from being gained
 * (held below it), by whom.
 * @example bandStorySentence({ lifted: 3.2, liftedNames: ["柏林镇"], heldDown: 0, heldDownNames: [] }).zh
 * // "稳定区间：1 个乡镇因最大核减数保留 3.2 名（柏林镇）"
 */
export function bandStorySentence(input: {
  readonly lifted: number;
  readonly liftedNames: readonly string[];
  readonly heldDown: number;
  readonly heldDownNames: readonly string[];
}): Bilingual {
  const zh: string[] = [];
  const en: string[] = [];
  if (input.liftedNames.length > 0) {
    zh.push(
      `${input.liftedNames.length} 个乡镇因最大核减数保留 ${fixed(input.lifted)} 名（${names(input.liftedNames, "zh")}）`,
    );
    en.push(
      `keeps ${fixed(input.lifted)} posts from being cut in ${input.liftedNames.length} township${input.liftedNames.length === 1 ? "" : "s"} (${names(input.liftedNames, "en")})`,
    );
  }
  if (input.heldDownNames.length > 0) {
    zh.push(
      `${input.heldDownNames.length} 个乡镇因最大增加数少得 ${fixed(input.heldDown)} 名（${names(input.heldDownNames, "zh")}）`,
    );
    en.push(
      `holds back ${fixed(input.heldDown)} posts from ${input.heldDownNames.length} township${input.heldDownNames.length === 1 ? "" : "s"} by the largest gain (${names(input.heldDownNames, "en")})`,
    );
  }
  return { zh: `稳定区间：${zh.join("；")}`, en: `stability band: ${en.join("; ")}` };
}

/**
 * What the category caps hold back.
 * @example capsStorySentence({ posts: 4.5, names: ["城厢镇"] }).zh // "类别上限：1 个乡镇比其比例目标少得 4.5 名（城厢镇）"
 */
export function capsStorySentence(input: {
  readonly posts: number;
  readonly names: readonly string[];
}): Bilingual {
  return {
    zh: `类别上限：${input.names.length} 个乡镇比其比例目标少得 ${fixed(input.posts)} 名（${names(input.names, "zh")}）`,
    en: `caps: ${input.names.length} township${input.names.length === 1 ? "" : "s"} held ${fixed(input.posts)} posts below their proportional targets (${names(input.names, "en")})`,
  };
}

/**
 * Where the reserve went: held at county level, with its rule.
 * @example reserveStorySentence({ posts: 10, rule: { zh: "机动编制 10 名", en: "flexible reserve of 10 posts" } }).zh
 * // "机动编制：10 名留在县级统筹，不分配到乡镇（机动编制 10 名）"
 */
export function reserveStorySentence(input: { readonly posts: number; readonly rule: Bilingual }): Bilingual {
  if (input.posts === 0)
    return {
      zh: "机动编制：不留机动编制，全部分配到乡镇",
      en: "reserve: none; every post goes to a township",
    };
  return {
    zh: `机动编制：${input.posts} 名留在县级统筹，不分配到乡镇（${input.rule.zh}）`,
    en: `reserve: ${input.posts} posts held at county level, not allocated to townships (${input.rule.en})`,
  };
}

/**
 * What the category ordering moved, against the same problem without it.
 * @example orderingStorySentence({ moved: 0, byCategory: [] }).zh // "类别排序：未改变分配（与不排序相同）"
 */
export function orderingStorySentence(input: {
  readonly moved: number;
  readonly byCategory: readonly CategoryPosts[];
}): Bilingual {
  if (input.moved === 0)
    return {
      zh: "类别排序：未改变分配（与不排序相同）",
      en: "ordering: moved nothing (the same allocation as without it)",
    };
  return {
    zh: `类别排序：与不排序相比移动 ${fixed(input.moved)} 名（${byCategory(input.byCategory, "zh")}）`,
    en: `ordering: moved ${fixed(input.moved)} posts against the allocation without it (${byCategory(input.byCategory, "en")})`,
  };
}

/**
 * Labels of the county-level explanation: its heading in reports and on the overview, and the sentence when no bound
 * holds any township (each gets its target, rounded).
 * @example STORY_LABELS.heading.zh // "全县编制怎样分配"
 */
export const STORY_LABELS = {
  heading: { zh: "全县编制怎样分配", en: "How the county's posts were shared" },
  noBounds: {
    zh: "无乡镇受最低编制、上限或稳定区间约束：各乡镇按比例目标取整",
    en: "no township is held by a floor, cap or the band: each gets its proportional target, rounded",
  },
} as const satisfies Readonly<Record<string, Bilingual>>;
