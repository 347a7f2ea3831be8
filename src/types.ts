/**
 * Public domain types of quota-planner. Units and defaults are stated on each field.
 * File formats (CSV headers, YAML keys) live in src/data and src/scenario; these are the
 * resolved, validated shapes that computations take.
 */

/** A text in both UI languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** UI / report language. Chinese is the default everywhere. */
export type Lang = "zh" | "en";

/**
 * The five township categories of the policy (R1), highest priority first.
 * 县政府驻地镇 countySeat, 中心镇 central, 重点镇 key, 特色镇 characteristic, 一般乡镇 general.
 */
export type Category = "countySeat" | "central" | "key" | "characteristic" | "general";

/** The categories in priority order (R4), highest first. */
export const CATEGORIES: readonly Category[] = ["countySeat", "central", "key", "characteristic", "general"];

/** Display names of the categories. */
export const CATEGORY_LABELS: Readonly<Record<Category, Bilingual>> = {
  countySeat: { zh: "县政府驻地镇", en: "County seat" },
  central: { zh: "中心镇", en: "Central town" },
  key: { zh: "重点镇", en: "Key town" },
  characteristic: { zh: "特色镇", en: "Characteristic town" },
  general: { zh: "一般乡镇", en: "General township" },
};

/** The three kinds of posts the toolkit allocates. */
export type PostType = "admin" | "institution" | "leader";

export const POST_TYPE_LABELS: Readonly<Record<PostType, Bilingual>> = {
  admin: { zh: "行政编制", en: "Administrative posts" },
  institution: { zh: "事业编制", en: "Public-institution posts" },
  leader: { zh: "科级领导职数", en: "Leadership posts" },
};

/**
 * One township as read from a county table. Counts are whole numbers of people or posts.
 * Optional fields are `undefined` when the table has no such column (never silently 0).
 */
export interface Township {
  /** Stable identifier, unique in the table, e.g. "T01". */
  readonly id: string;
  /** Name as the county writes it, e.g. "芦溪镇". */
  readonly name: string;
  readonly category: Category;
  /** Resident population, persons, > 0. */
  readonly population: number;
  /** Area, km², > 0. */
  readonly areaKm2: number;
  /** Gross domestic product of the township, 10,000 yuan (万元), >= 0. */
  readonly gdp?: number;
  /** General public budget revenue, 10,000 yuan (万元), >= 0. */
  readonly fiscalRevenue?: number;
  /** Road distance to the county seat, km, >= 0 (0 for the county seat itself). */
  readonly distanceKm?: number;
  /** Location score judged by the staffing office, larger is more central, e.g. 0–10. */
  readonly locationScore?: number;
  /** Number of key industrial projects located in the township, >= 0. */
  readonly keyProjects?: number;
  /** Current administrative posts (行政编制), >= 0. */
  readonly adminPosts: number;
  /** Current public-institution posts (事业编制), >= 0. */
  readonly institutionPosts?: number;
  /** Current section-level leadership posts (科级领导职数), >= 0. */
  readonly leaderPosts?: number;
  /** People holding admin + institution posts today (在编人数), >= 0. */
  readonly staffInPost?: number;
  /** Staff lent out to county departments (借出人员), >= 0. */
  readonly staffLentOut?: number;
  /** Number of offices set up (机构数), >= 0. */
  readonly officeCount?: number;
  /**
   * Every numeric column of the row by its canonical key (known columns) or its header as
   * written (other columns), so models may use any column as an indicator.
   */
  readonly values: Readonly<Record<string, number>>;
}

/** A county table after validation. */
export interface CountyData {
  /** Where it was read from, as the caller named it (for messages and reports). */
  readonly source: string;
  readonly townships: readonly Township[];
  /** Canonical keys (or raw headers) of the numeric columns present in the table. */
  readonly columns: readonly string[];
}

/** Where a problem was found. Row numbers are 1-based as a spreadsheet shows them (header = row 1). */
export interface Location {
  readonly file?: string;
  readonly row?: number;
  /** Column header as written in the file, or canonical key. */
  readonly column?: string;
  /** Key path in a YAML/JSON file, e.g. "overrides.floors.general". */
  readonly path?: string;
}

/** One problem in an input file: where, what was found, what was expected, in both languages. */
export interface InputProblem extends Location {
  /** Machine-readable kind, e.g. "missing-column", "not-a-number", "unknown-category". */
  readonly code: string;
  /** The value as found, if any (stringified). */
  readonly found?: string;
  readonly message: Bilingual;
}

/** A caller-facing error carrying all problems found in one pass. Thrown for bad input files. */
export class InputError extends Error {
  readonly problems: readonly InputProblem[];
  constructor(problems: readonly InputProblem[]) {
    super(problems.map((p) => formatProblem(p, "en")).join("\n"));
    this.name = "InputError";
    this.problems = problems;
  }
}

/** One line for a problem: "file:row:column (path): message". */
export function formatProblem(problem: InputProblem, lang: Lang): string {
  const where = [
    problem.file,
    problem.row !== undefined ? (lang === "zh" ? `第${problem.row}行` : `row ${problem.row}`) : undefined,
    problem.column !== undefined
      ? lang === "zh"
        ? `列“${problem.column}”`
        : `column "${problem.column}"`
      : undefined,
    problem.path !== undefined ? (lang === "zh" ? `键 ${problem.path}` : `key ${problem.path}`) : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(lang === "zh" ? "，" : ", ");
  return where ? `${where}: ${problem.message[lang]}` : problem.message[lang];
}
