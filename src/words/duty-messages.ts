import type { Bilingual, Category } from "../types.ts";
import { CATEGORY_LABELS } from "./category-labels.ts";

/** Where in a power-list file, for people: a township's accepted items. */
export function acceptedPlace(township: string): Bilingual {
  return { zh: `“已承接事项”中的乡镇“${township}”`, en: `accepted items of township "${township}"` };
}

/** The messages of a power-list file's problems. */
export const DUTY_MESSAGES = {
  duplicateItem: (id: string): Bilingual => ({
    zh: `事项编号“${id}”在清单中出现不止一次，每个事项的编号应唯一`,
    en: `item id "${id}" appears more than once; item ids must be unique over every list`,
  }),
  unknownTownship: (id: string, file: string): Bilingual => ({
    zh: `数据表 ${file} 中没有编号为“${id}”的乡镇`,
    en: `the county table ${file} has no township with id "${id}"`,
  }),
  unknownItem: (item: string): Bilingual => ({
    zh: `清单中没有编号为“${item}”的事项`,
    en: `no list has an item with id "${item}"`,
  }),
  baseItemListed: (item: string): Bilingual => ({
    zh: `事项“${item}”属于基础清单，由各乡镇全面承接，不应在此列出`,
    en: `item "${item}" is on the base list, which every township takes on; do not list it here`,
  }),
  repeatedItem: (item: string): Bilingual => ({
    zh: `事项“${item}”重复列出`,
    en: `item "${item}" is listed twice`,
  }),
  wrongCategory: (item: string, list: string, category: Category, open: readonly Category[]): Bilingual => ({
    zh: `事项“${item}”属于“${list}”，只供${open.map((c) => CATEGORY_LABELS[c].zh).join("、")}选择，该乡镇为${CATEGORY_LABELS[category].zh}`,
    en: `item "${item}" is on "${list}", open to ${open.map((c) => CATEGORY_LABELS[c].en).join(", ")} only; the township is a ${CATEGORY_LABELS[category].en}`,
  }),
  columnTaken: (file: string): Bilingual => ({
    zh: `数据表 ${file} 已有“承接事项工作量”列，与方案的权责清单冲突；请删去其中之一`,
    en: `the county table ${file} already has a dutyWorkload column, which the scenario's power lists would replace; remove one of them`,
  }),
  fileNotGiven: (file: string): Bilingual => ({
    zh: `方案指定了文件 ${file}，但未能读取该文件`,
    en: `the scenario names the file ${file}, but it was not given to the loader`,
  }),
} as const;
