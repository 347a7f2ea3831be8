import type { Category } from "../types.ts";

/**
 * Names accepted for each township category (R1), besides the canonical key itself.
 * Compared case-insensitively, ignoring spaces, hyphens and underscores.
 */
export const CATEGORY_ALIASES: Readonly<Record<Category, readonly string[]>> = {
  countySeat: ["县政府驻地镇", "驻地镇", "县城驻地镇", "county seat"],
  central: ["中心镇", "central town", "central"],
  key: ["重点镇", "key town", "key"],
  characteristic: ["特色镇", "characteristic town", "characteristic"],
  general: ["一般乡镇", "一般镇", "一般乡", "general township", "general"],
};

const LOOKUP: ReadonlyMap<string, Category> = new Map(
  (Object.entries(CATEGORY_ALIASES) as [Category, readonly string[]][]).flatMap(([category, names]) =>
    [category, ...names].map((name) => [normaliseCategoryName(name), category] as const),
  ),
);

/**
 * Reads a township category from a table cell: the canonical key ("countySeat"), an English name
 * ("county seat", "Central town") or a Chinese name (县政府驻地镇, 驻地镇, 中心镇, 重点镇, 特色镇,
 * 一般乡镇, 一般乡 …, see `CATEGORY_ALIASES`). Case, spaces, hyphens and underscores are ignored.
 *
 * @param text the cell text
 * @returns the category, or `undefined` when the text names none
 * @throws never
 * @example
 * parseCategory(" 中心镇 ")      // "central"
 * parseCategory("County Seat")  // "countySeat"
 * parseCategory("城关镇")        // undefined
 */
export function parseCategory(text: string): Category | undefined {
  return LOOKUP.get(normaliseCategoryName(text));
}

function normaliseCategoryName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_\-\u3000]+/g, "");
}
