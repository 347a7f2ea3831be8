import { matchColumn } from "./match-column.ts";
import { parseCsv } from "./parse-csv.ts";

/**
 * True when CSV text is a county township table rather than a plain table of alternatives × indicators:
 * its first non-blank row has headers for the township's id, name and category (any accepted header, see
 * `matchColumn`). A plain table's first column names the alternatives and has no id or category column.
 *
 * @param text decoded CSV text
 * @returns whether to read it with `readCountyTable`
 * @throws {InputError} only for an unterminated quote (see `parseCsv`)
 * @example
 * looksLikeCountyCsv("编号,乡镇名称,乡镇类别,人口\nT01,城厢镇,县政府驻地镇,238600\n")  // true
 * looksLikeCountyCsv("乡镇,人口,面积\n甲镇,1200,30\n")                                  // false
 */
export function looksLikeCountyCsv(text: string): boolean {
  const header = parseCsv(text).find((record) => record.cells.some((cell) => cell.trim() !== ""));
  const keys = new Set(header?.cells.map((cell) => matchColumn(cell.trim())?.key));
  return keys.has("id") && keys.has("name") && keys.has("category");
}
