/**
 * Row layout of the township charts: townships grouped by category (in the policy's priority order,
 * data order within a group), each group under a header row.
 */
import { CATEGORIES, type Category } from "../types.ts";

/** A line of a grouped chart: a category header or a township. */
export type ChartRow<T> =
  | { readonly kind: "group"; readonly category: Category; readonly y: number; readonly height: number }
  | { readonly kind: "township"; readonly row: T; readonly y: number; readonly height: number };

/** Heights of the lines, px. */
export interface RowHeights {
  readonly group: number;
  readonly township: number;
}

/**
 * Lays out `rows` top to bottom: for each category present (highest priority first) a header line,
 * then its townships in input order. Returns the lines with their y positions and the total height.
 * @example groupByCategory([{ category: "general" }, { category: "countySeat" }], { group: 22, township: 20 }).height // 84
 */
export function groupByCategory<T extends { readonly category: Category }>(
  rows: readonly T[],
  heights: RowHeights,
): { readonly lines: ChartRow<T>[]; readonly height: number } {
  const lines: ChartRow<T>[] = [];
  let y = 0;
  for (const category of CATEGORIES) {
    const members = rows.filter((r) => r.category === category);
    if (members.length === 0) continue;
    lines.push({ kind: "group", category, y, height: heights.group });
    y += heights.group;
    for (const row of members) {
      lines.push({ kind: "township", row, y, height: heights.township });
      y += heights.township;
    }
  }
  return { lines, height: y };
}
