import type { CountyData } from "../types.ts";
import { TOWNSHIP_COLUMNS } from "./columns.ts";

/** Options of `countyTableToCsv`. */
export interface CountyTableToCsvOptions {
  /** Start with a UTF-8 byte-order mark so that Excel opens the file as UTF-8. Default false. */
  readonly bom?: boolean;
}

/**
 * Writes county data as CSV with canonical English headers (the keys of `TOWNSHIP_COLUMNS`, in that
 * order: id, name, category, the required numeric columns and every optional one in `data.columns`),
 * then the extra numeric columns under their headers as written, in `data.columns` order. Categories are
 * written as canonical keys, numbers as JavaScript prints them (shortest text that reads back exactly),
 * empty cells for missing values; fields holding commas, quotes, line breaks or edge spaces are quoted.
 * Lines end in "\n". `readCountyTable` reads the result back to equal data.
 *
 * @param data the county data
 * @param options `bom`
 * @returns the CSV text
 * @throws never
 * @example
 * countyTableToCsv(data).split("\n")[0] // "id,name,category,population,areaKm2,adminPosts"
 */
export function countyTableToCsv(data: CountyData, options: CountyTableToCsvOptions = {}): string {
  const present = new Set(data.columns);
  const known = TOWNSHIP_COLUMNS.filter(
    (spec) =>
      spec.required ||
      present.has(spec.key) ||
      data.townships.some((t) => fieldOf(t, spec.key) !== undefined),
  ).map((spec) => spec.key);
  const knownKeys = new Set(TOWNSHIP_COLUMNS.map((spec) => spec.key));
  const extras = data.columns.filter((column) => !knownKeys.has(column));
  const lines = [[...known, ...extras].map(csvField).join(",")];
  for (const township of data.townships) {
    const cells = [
      ...known.map((key) => fieldOf(township, key)),
      ...extras.map((column) => township.values[column]),
    ].map((value) => (value === undefined ? "" : csvField(String(value))));
    lines.push(cells.join(","));
  }
  return (options.bom === true ? "\uFEFF" : "") + lines.join("\n") + "\n";
}

function fieldOf(township: object, key: string): string | number | undefined {
  return (township as Record<string, string | number | undefined>)[key];
}

function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
