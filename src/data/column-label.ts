import type { Bilingual } from "../types.ts";
import { TOWNSHIP_COLUMNS } from "./columns.ts";

/**
 * The name of a county-table column for people: a known column by its label (`population` → 人口 / Population),
 * any other column by its header as written. Chinese text shows this, never a canonical key.
 * @throws never
 * @example columnLabel("adminPosts").zh   // "现有行政编制"
 * @example columnLabel("森林覆盖率（%）").zh // "森林覆盖率（%）"
 */
export function columnLabel(column: string): Bilingual {
  return TOWNSHIP_COLUMNS.find((spec) => spec.key === column)?.label ?? { zh: column, en: column };
}
