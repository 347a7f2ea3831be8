import type { Bilingual, InputProblem } from "../types.ts";
import type { ColumnSpec } from "./columns.ts";
import { acceptedHeaders, matchColumn } from "./match-column.ts";
import { CATEGORY_ALIASES } from "./parse-category.ts";

/** Where a problem sits. Internal to src/data. */
export interface Where {
  readonly file: string;
  readonly row?: number;
  readonly column?: string;
  readonly path?: string;
}

/**
 * Builds an InputProblem, leaving out location fields that are undefined. Internal to src/data.
 * @throws never
 * @example problem("negative", { file: "t.csv", row: 3, column: "人口" }, message, "-3")
 */
export function problem(code: string, where: Where, message: Bilingual, found?: string): InputProblem {
  const place = where.column !== undefined ? columnPlace(where.column) : undefined;
  return {
    code,
    file: where.file,
    ...(where.row !== undefined ? { row: where.row } : {}),
    ...(where.column !== undefined ? { column: where.column } : {}),
    ...(place !== undefined ? { place } : {}),
    ...(where.path !== undefined ? { path: where.path } : {}),
    ...(found !== undefined ? { found } : {}),
    message,
  };
}

/**
 * The place of a column in words when its name is not what a Chinese reader should see: a known column written
 * with an English header or canonical key (`population`) by its Chinese header (列“人口”), a cell without a header
 * (`#7`) by its position (第7列). Undefined for a header to show as written.
 */
function columnPlace(column: string): Bilingual | undefined {
  const position = /^#(\d+)$/.exec(column)?.[1];
  if (position !== undefined) return { zh: `第${position}列`, en: `column ${position}` };
  if (/[\u4e00-\u9fff]/.test(column)) return undefined;
  const spec = matchColumn(column);
  return spec === undefined ? undefined : { zh: `列“${spec.label.zh}”`, en: `column "${column}"` };
}

/** Columns whose values must be > 0 rather than >= 0. */
const POSITIVE = new Set(["population", "areaKm2"]);
/** Numeric columns that may hold any finite number. */
const SIGNED = new Set(["locationScore"]);

/** The bounds a numeric column imposes. */
export type Bound = "positive" | "nonNegative" | "any";

/**
 * The bound a numeric column imposes: population and area > 0, location score any, the rest >= 0.
 * @throws never
 * @example boundOf(populationSpec) // "positive"
 */
export function boundOf(spec: ColumnSpec): Bound {
  if (POSITIVE.has(spec.key)) return "positive";
  if (SIGNED.has(spec.key)) return "any";
  return "nonNegative";
}

/**
 * What a column expects, as the first half of a message.
 * @throws never
 * @example expected(adminPostsSpec) // { zh: "应为非负整数", en: "expected a whole number >= 0" }
 */
export function expected(spec: ColumnSpec): Bilingual {
  const bound = boundOf(spec);
  if (spec.kind === "count") {
    return bound === "positive"
      ? { zh: "应为正整数", en: "expected a whole number > 0" }
      : { zh: "应为非负整数", en: "expected a whole number >= 0" };
  }
  if (spec.kind === "number") {
    if (bound === "positive") return { zh: "应为正数", en: "expected a number > 0" };
    if (bound === "any") return { zh: "应为数字", en: "expected a number" };
    return { zh: "应为非负数", en: "expected a number >= 0" };
  }
  if (spec.kind === "category")
    return { zh: `应为乡镇类别（${categoryNamesZh()}）`, en: `expected a category (${categoryNamesEn()})` };
  return {
    zh: `应填写${spec.label.zh}`,
    en: `expected ${spec.label.en === "ID" ? "an ID" : `a ${spec.label.en.toLowerCase()}`}`,
  };
}

/**
 * Message for a cell that does not meet its column's expectation ("" = an empty required cell).
 * @throws never
 * @example badValue(adminPostsSpec, "-3") // { zh: "应为非负整数，实为“-3”", en: 'expected a whole number >= 0, found "-3"' }
 */
export function badValue(spec: ColumnSpec, found: string): Bilingual {
  const e = expected(spec);
  return found === ""
    ? {
        zh: `必填列“${spec.label.zh}”为空：${e.zh}`,
        en: `required column "${spec.label.en}" is empty: ${e.en}`,
      }
    : { zh: `${e.zh}，实为“${found}”`, en: `${e.en}, found "${found}"` };
}

/**
 * The accepted category names for a Chinese message: the Chinese names (the English ones, also accepted, are
 * listed in the English message; Chinese text shows no internal key).
 * @throws never
 * @example categoryNamesZh() // "县政府驻地镇、驻地镇、县城驻地镇、中心镇、…、一般乡"
 */
export function categoryNamesZh(): string {
  return Object.values(CATEGORY_ALIASES)
    .flatMap((names) => names.filter((name) => /[\u4e00-\u9fff]/.test(name)))
    .join("、");
}

/**
 * The accepted category names for an English message: keys and English names, then the Chinese labels.
 * @throws never
 * @example categoryNamesEn() // '"countySeat", "county seat", …, or in Chinese 县政府驻地镇, …'
 */
export function categoryNamesEn(): string {
  const en = Object.entries(CATEGORY_ALIASES).flatMap(([key, names]) => [
    key,
    ...names.filter((name) => !/[\u4e00-\u9fff]/.test(name) && name.toLowerCase() !== key.toLowerCase()),
  ]);
  const zh = Object.values(CATEGORY_ALIASES).map((names) => names[0]!);
  return `${en.map((name) => `"${name}"`).join(", ")}, or in Chinese ${zh.join(", ")}`;
}

/**
 * The accepted headers of a column as a list for messages.
 * @throws never
 * @example headerList(populationSpec, "、") // "population、人口、常住人口、户籍人口、人口数量、人口（人）"
 */
export function headerList(spec: ColumnSpec, separator: string): string {
  return acceptedHeaders(spec).join(separator);
}

/**
 * The accepted Chinese headers of a column, for a Chinese message (the English ones are in the English message).
 * @throws never
 * @example headerListZh(populationSpec) // "人口、常住人口、户籍人口、人口数量、人口（人）"
 */
export function headerListZh(spec: ColumnSpec): string {
  return acceptedHeaders(spec)
    .filter((name) => /[\u4e00-\u9fff]/.test(name))
    .join("、");
}

/** The problem of a county table file with nothing in it (no header, no rows). */
export function emptyFileProblem(file: string): InputProblem {
  return problem(
    "empty-file",
    { file },
    {
      zh: "文件为空：应有一行表头和至少一行乡镇数据",
      en: "the file is empty: expected a header row and at least one township row",
    },
  );
}
