// Sentences of scenario files with several post types (`postTypes`, a plan): the problems of such a file, and the
// refusal of a loader that reads one post type.
import type { Bilingual, PostType } from "../types.ts";
import { POST_TYPE_LABELS } from "./post-type-labels.ts";

/**
 * A per-type key written at the top level of a file that has `postTypes`.
 * @example perTypeKeyAtTopMessage("band").en // "with postTypes, band belongs under each post type (postTypes.admin.band …), not at the top level"
 */
export function perTypeKeyAtTopMessage(key: string): Bilingual {
  return {
    zh: `文件已按编制类型分列（postTypes），${key} 应写在各编制类型之下（如 postTypes.admin.${key}），不能写在顶层`,
    en: `with postTypes, ${key} belongs under each post type (postTypes.admin.${key} …), not at the top level`,
  };
}

/** `postTypes` present but empty. */
export const EMPTY_POST_TYPES_MESSAGE: Bilingual = {
  zh: "postTypes 中至少应写一种编制类型（admin 行政编制、institution 事业编制、leader 科级领导职数）",
  en: "postTypes needs at least one post type (admin, institution, leader)",
};

/** A loader of one post type given a file with `postTypes`. */
export function planFileRefusedMessage(types: readonly PostType[]): Bilingual {
  return {
    zh: `该方案文件含 ${types.length} 种编制类型（${types.map((p) => POST_TYPE_LABELS[p].zh).join("、")}），此处只能读取单一编制类型的方案；多编制类型方案请用 solve 或 check 命令`,
    en: `this scenario file has ${types.length} post types (${types.join(", ")}); this reads a single-type scenario only: use solve or check for a file with postTypes`,
  };
}

/**
 * A file with several post types on a province's table (a county column): each type would be allocated across the
 * whole table as one county, so it is refused until a plan can be split county by county.
 * @example planOnProvinceTableMessage(["甲县", "乙县"]).en.startsWith("the table has a county column (2 counties") // true
 */
export function planOnProvinceTableMessage(counties: readonly string[]): Bilingual {
  const shown = counties.slice(0, 3);
  const more = counties.length > shown.length;
  return {
    zh: `数据表含“所属县”列（${counties.length} 个县：${shown.join("、")}${more ? "等" : ""}），按编制类型分列的方案目前只能用于一个县的数据表，不能逐县分配；请按县分别准备数据表，或把各编制类型分别写成单一类型的方案逐县分配`,
    en: `the table has a county column (${counties.length} counties: ${shown.join(", ")}${more ? ", …" : ""}); a scenario with several post types runs on one county's table only and cannot yet be split county by county: give each county its own table, or write each post type as a single-type scenario, which is run county by county`,
  };
}

/** A named reserve assignment naming a township the county table does not have. */
export function unknownTownshipMessage(id: string, known: readonly string[]): Bilingual {
  return {
    zh: `数据表中没有编号为“${id}”的乡镇（现有：${known.join("、")}）`,
    en: `the county table has no township with id "${id}" (it has: ${known.join(", ")})`,
  };
}

/** A named reserve assignment handing out more posts than the reserve holds. */
export function namedOverReserveMessage(named: number, reserve: number): Bilingual {
  return {
    zh: `指定分配的机动编制合计 ${named} 名，超过机动编制 ${reserve} 名`,
    en: `the named townships take ${named} reserve posts, more than the reserve of ${reserve}`,
  };
}

/** The same township named twice in one named reserve assignment. */
export function townshipNamedTwiceMessage(id: string): Bilingual {
  return {
    zh: `乡镇“${id}”在指定分配中出现了两次：请合并为一行`,
    en: `township "${id}" is named twice: expected one line per township`,
  };
}

/** Where a named reserve line is, in words (the key path has an array position). */
export function namedLinePlace(postType: PostType, line: number, path: string): Bilingual {
  return {
    zh: `${POST_TYPE_LABELS[postType].zh}机动编制指定分配的第 ${line} 项（乡镇编号）`,
    en: `key ${path}`,
  };
}

/** A plan's shared `transition` block gives year totals: they are one post type's, not every type's. */
export const SHARED_YEAR_TOTALS_MESSAGE: Bilingual = {
  zh: "多编制类型方案的共用过渡设置不能给出各年总量：各类编制的总量不同，请把各年总量写在对应编制类型下的过渡设置中",
  en: "the shared transition block of a file with several post types cannot give year totals: each type has its own totals; write them in that type's own transition block (postTypes.<type>.transition.yearTotals)",
};
